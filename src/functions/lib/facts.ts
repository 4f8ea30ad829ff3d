/**
 * The plain facts of a schema alternative that the judging functions read (types, format, pattern,
 * bounds, members), from an allOf-merged effective schema or straight from a schema object.
 */
import type { EffectiveSchema } from '../../model/index.js';
import { isObject } from '../../document/pointer.js';

/** The plain facts of one schema alternative that the judging functions read. */
export interface SchemaFacts {
  /** declared types without `null`, or inferred from properties/items/enum when none is declared */
  types: ReadonlySet<string>;
  format: string | undefined;
  pattern: string | undefined;
  enum: readonly unknown[] | undefined;
  maxLength: unknown;
  minimum: unknown;
  maximum: unknown;
  exclusiveMinimum: unknown;
  /** effective (allOf-merged) property names, and the required ones */
  properties: ReadonlySet<string>;
  required: ReadonlySet<string>;
}

/** Declared types without null; else what properties, items or enum values imply. */
export function typesOf(eff: EffectiveSchema): Set<string> {
  const types = new Set<string>();
  for (const t of eff.types) if (t !== 'null') types.add(t);
  if (types.size > 0) return types;
  if (eff.properties.size > 0) types.add('object');
  else if (eff.items !== undefined) types.add('array');
  else if (eff.enum !== undefined) {
    for (const v of eff.enum) {
      if (typeof v === 'string') types.add('string');
      else if (typeof v === 'number') types.add(Number.isInteger(v) ? 'integer' : 'number');
      else if (typeof v === 'boolean') types.add('boolean');
    }
  }
  return types;
}

export function factsOf(eff: EffectiveSchema, types: Set<string> = typesOf(eff)): SchemaFacts {
  return {
    types,
    format: eff.format,
    pattern: eff.pattern,
    enum: eff.enum,
    maxLength: eff.keyword('maxLength'),
    minimum: eff.keyword('minimum'),
    maximum: eff.keyword('maximum'),
    exclusiveMinimum: eff.keyword('exclusiveMinimum'),
    properties: new Set(eff.properties.keys()),
    required: eff.required,
  };
}

/** The facts of a schema object without allOf/oneOf/anyOf, read as written. */
export function plainFacts(raw: Record<string, unknown>): SchemaFacts {
  const types = new Set<string>();
  const type = raw.type;
  if (typeof type === 'string') types.add(type);
  else if (Array.isArray(type)) for (const t of type) if (typeof t === 'string') types.add(t);
  types.delete('null');
  const properties = isObject(raw.properties) ? Object.keys(raw.properties) : [];
  const enumValues = Array.isArray(raw.enum) ? raw.enum : undefined;
  if (types.size === 0) {
    if (properties.length > 0) types.add('object');
    else if (isObject(raw.items) || Array.isArray(raw.items)) types.add('array');
    else if (enumValues !== undefined) {
      for (const v of enumValues) {
        if (typeof v === 'string') types.add('string');
        else if (typeof v === 'number') types.add(Number.isInteger(v) ? 'integer' : 'number');
        else if (typeof v === 'boolean') types.add('boolean');
      }
    }
  }
  return {
    types,
    format: typeof raw.format === 'string' ? raw.format : undefined,
    pattern: typeof raw.pattern === 'string' ? raw.pattern : undefined,
    enum: enumValues,
    maxLength: raw.maxLength,
    minimum: raw.minimum,
    maximum: raw.maximum,
    exclusiveMinimum: raw.exclusiveMinimum,
    properties: properties.length === 0 ? EMPTY : new Set(properties),
    required: Array.isArray(raw.required) && raw.required.length > 0 ? new Set(raw.required.filter((r): r is string => typeof r === 'string')) : EMPTY,
  };
}

const EMPTY: ReadonlySet<string> = new Set();

export const SCALAR_TYPES = new Set(['string', 'number', 'integer']);

export function isNumeric(types: ReadonlySet<string>): boolean {
  return types.has('integer') || types.has('number');
}

/** The numeric types a schema declares (`integer`, `number`), empty when it declares none. */
export function numericTypes(facts: SchemaFacts): string[] {
  return ['integer', 'number'].filter((t) => facts.types.has(t));
}
