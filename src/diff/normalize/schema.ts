/**
 * Normalized schemas for the diff: one graph per contract, each node the *resolved* meaning of a
 * schema with `allOf` merged, nullable spelled one way (`nullable`, `x-nullable`, `type: [x, "null"]`
 * and a null `oneOf`/`anyOf` branch all become `nullable: true`), `const` folded into a one-value
 * enum, OpenAPI 3.0 boolean `exclusiveMaximum` and 3.1 numeric `exclusiveMaximum` into one bound,
 * and Swagger 2.0 `type: file` into a binary string.
 *
 * Children are node ids, so `$ref` cycles are plain back-edges: a category tree is one node whose
 * `children` items point back at itself. Nodes are built lazily, on first `get`, so a diff only pays
 * for the schemas it actually compares.
 */
import type { Contract } from '../../document/contract.js';
import { getChild, isObject, parsePointer } from '../../document/pointer.js';
import { isRef } from '../../document/resolve.js';
import type { ResolvedNode } from '../../document/source.js';
import { derefAt } from '../../model/located.js';

export interface Bound {
  value: number;
  exclusive: boolean;
}

export interface NProperty {
  name: string;
  schema: number;
  /** where `properties.<name>` is written (it may hold a `$ref`) */
  at: ResolvedNode | undefined;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  hasDefault: boolean;
}

export interface NBranch {
  schema: number;
  /** component name of a `$ref`'d branch: how branches are matched across versions */
  refName: string | undefined;
  title: string | undefined;
  at: ResolvedNode | undefined;
}

export type Additional = { kind: 'open' } | { kind: 'closed' } | { kind: 'schema'; schema: number };

export interface NSchema {
  id: number;
  /** the first node merged into this one: where the schema is defined */
  at: ResolvedNode | undefined;
  /** component name when the schema is a named component (or a `$ref` to one) */
  name: string | undefined;
  title: string | undefined;
  /** the `false` schema: nothing is valid */
  never: boolean;
  /** allowed JSON types without "null"; undefined = any type */
  types: ReadonlySet<string> | undefined;
  /** whether null is accepted; undefined when the schema does not constrain the type at all */
  nullable: boolean | undefined;
  format: string | undefined;
  contentEncoding: string | undefined;
  contentMediaType: string | undefined;
  /** enum (or const) values by canonical JSON, null excluded (see nullable) */
  enum: Map<string, unknown> | undefined;
  /** `x-extensible-enum`: an open list of known values */
  extensibleEnum: Map<string, unknown> | undefined;
  patterns: string[];
  maximum: Bound | undefined;
  minimum: Bound | undefined;
  maxLength: number | undefined;
  minLength: number | undefined;
  maxItems: number | undefined;
  minItems: number | undefined;
  maxProperties: number | undefined;
  minProperties: number | undefined;
  multipleOf: number | undefined;
  uniqueItems: boolean;
  properties: Map<string, NProperty>;
  required: Set<string>;
  additional: Additional;
  items: number | undefined;
  prefixItems: number[];
  oneOf: NBranch[];
  anyOf: NBranch[];
  not: number | undefined;
  discriminator: { propertyName: string; mapping: Map<string, string> } | undefined;
  ifSchema: number | undefined;
  thenSchema: number | undefined;
  elseSchema: number | undefined;
  dependentRequired: Map<string, Set<string>>;
  hasDefault: boolean;
  default: unknown;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
}

/** What a synthetic node (built from parameters rather than written as a schema) declares. */
export interface SyntheticObject {
  key: string;
  at: ResolvedNode | undefined;
  properties: Array<{ name: string; schema: number; at: ResolvedNode | undefined; required: boolean; deprecated: boolean }>;
}

type Source = { kind: 'parts'; parts: ResolvedNode[] } | { kind: 'object'; spec: SyntheticObject } | { kind: 'any' };

const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);
/** Patterns every string matches: the same as no pattern. */
const TRIVIAL_PATTERNS = new Set(['', '.*', '^.*$', '^.*', '.*$', '[\\s\\S]*', '^[\\s\\S]*$']);

export class SchemaGraph {
  private readonly nodes: Array<NSchema | undefined> = [];
  private readonly sources: Source[] = [];
  /**
   * Nodes are identified by the parsed object they are built from, not by a JSON pointer string:
   * building pointers for every schema of a 13 MB contract costs more than the whole comparison.
   */
  private readonly byValue = new Map<unknown, number>();
  private readonly byKey = new Map<string, number>();
  private readonly componentNames = new Map<unknown, string>();
  private readonly derefs = new Map<unknown, ResolvedNode>();
  private anyId: number | undefined;

  constructor(
    readonly contract: Contract,
    /** component schemas (components.schemas / definitions) by name */
    componentSchemas: Iterable<[string, ResolvedNode]>,
  ) {
    for (const [name, node] of componentSchemas) if (!this.componentNames.has(node.value)) this.componentNames.set(node.value, name);
  }

  /** Follow a `$ref` (memoized by the `$ref` object: it lives in one file, so it resolves one way). */
  deref(node: ResolvedNode): ResolvedNode {
    if (!isRef(node.value)) return node;
    let target = this.derefs.get(node.value);
    if (target === undefined) {
      // one hop needs no location of the `$ref` itself; chains go through the cycle-safe deref
      const first = this.contract.refs.resolve(node.value.$ref, node.source);
      target = first !== undefined && !isRef(first.value) ? first : derefAt(this.contract, node.value, node);
      this.derefs.set(node.value, target);
    }
    return target;
  }

  /** The node for a schema written at `node` (a `$ref` is followed). */
  idOf(node: ResolvedNode): number {
    const target = this.deref(node);
    const identity = typeof target.value === 'object' && target.value !== null ? target.value : `literal:${String(target.value)}`;
    let id = this.byValue.get(identity);
    if (id === undefined) {
      id = this.register({ kind: 'parts', parts: [target] });
      this.byValue.set(identity, id);
    }
    return id;
  }

  /** The node for several schemas that all apply (an `allOf`, or a property declared twice). */
  idOfParts(nodes: readonly ResolvedNode[]): number {
    if (nodes.length === 1) return this.idOf(nodes[0]!);
    const key = nodes.map((n) => this.idOf(n)).join(',');
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.register({ kind: 'parts', parts: nodes.map((n) => this.deref(n)) });
      this.byKey.set(key, id);
    }
    return id;
  }

  /** An object built from other nodes, e.g. Swagger 2.0 formData parameters as a request body. */
  synthetic(spec: SyntheticObject): number {
    const key = `synthetic:${spec.key}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.register({ kind: 'object', spec });
      this.byKey.set(key, id);
    }
    return id;
  }

  /** The schema that accepts anything (a media type without a schema). */
  any(): number {
    if (this.anyId === undefined) this.anyId = this.register({ kind: 'any' });
    return this.anyId;
  }

  get(id: number): NSchema {
    let node = this.nodes[id];
    if (node === undefined) {
      node = this.build(id, this.sources[id]!);
      this.nodes[id] = node;
    }
    return node;
  }

  componentName(node: ResolvedNode): string | undefined {
    return this.componentNames.get(node.value);
  }

  private register(source: Source): number {
    const id = this.sources.length;
    this.sources.push(source);
    this.nodes.push(undefined);
    return id;
  }

  private build(id: number, source: Source): NSchema {
    const schema = emptySchema(id);
    if (source.kind === 'any') return schema;
    if (source.kind === 'object') {
      schema.at = source.spec.at;
      schema.types = new Set(['object']);
      schema.nullable = false;
      for (const p of source.spec.properties) {
        schema.properties.set(p.name, { name: p.name, schema: p.schema, at: p.at, readOnly: false, writeOnly: false, deprecated: p.deprecated, hasDefault: false });
        if (p.required) schema.required.add(p.name);
      }
      return schema;
    }
    const parts = this.expand(source.parts);
    schema.at = source.parts[0];
    // a wrapper that only points at a component (`allOf: [X]`, `anyOf: [X, null]`) is named after it
    schema.name = this.componentName(source.parts[0]!) ?? (parts.length > 1 && isWrapperOnly(parts[0]!.value) ? this.componentName(parts[1]!.node) : undefined);
    mergeParts(this, schema, parts);
    return schema;
  }

  /**
   * The nodes whose keywords all apply: the schema, its `allOf` members (recursively), and the one
   * remaining branch of a `oneOf`/`anyOf` whose other branch only allowed null.
   */
  private expand(start: readonly ResolvedNode[]): Part[] {
    const out: Part[] = [];
    const seen = new Set<unknown>();
    const visit = (raw: ResolvedNode) => {
      const node = this.deref(raw);
      if (typeof node.value === 'object' && node.value !== null) {
        if (seen.has(node.value)) return;
        seen.add(node.value);
      }
      if (typeof node.value === 'boolean') {
        out.push({ node, value: {}, never: node.value === false, nullBranch: false, collapsed: new Set() });
        return;
      }
      if (!isObject(node.value) || isRef(node.value)) return;
      const part: Part = { node, value: node.value, never: false, nullBranch: false, collapsed: new Set() };
      out.push(part);
      const allOf = lazyMember(node, 'allOf');
      if (allOf !== undefined && Array.isArray(allOf.value)) allOf.value.forEach((_, i) => visit(lazyMember(allOf, i)!));
      for (const keyword of ['oneOf', 'anyOf'] as const) {
        const list = lazyMember(node, keyword);
        if (list === undefined || !Array.isArray(list.value)) continue;
        const branches = list.value.map((_, i) => lazyMember(list, i)!);
        const nonNull = branches.filter((b) => !isNullSchema(this.deref(b).value));
        if (nonNull.length < branches.length) part.nullBranch = true;
        // `anyOf: [X, {type: "null"}]` is X, nullable: the 3.1 spelling of 3.0's `nullable: true`
        // and a one-branch oneOf is that branch
        if (nonNull.length === 1) {
          part.collapsed.add(keyword);
          visit(nonNull[0]!);
        }
      }
    };
    for (const node of start) visit(node);
    return out;
  }
}

interface Part {
  node: ResolvedNode;
  value: Record<string, unknown>;
  never: boolean;
  /** a oneOf/anyOf branch of this part only allows null */
  nullBranch: boolean;
  /** this part's oneOf/anyOf had one non-null branch, merged in as if it were allOf */
  collapsed: Set<'oneOf' | 'anyOf'>;
}

function emptySchema(id: number): NSchema {
  return {
    id,
    at: undefined,
    name: undefined,
    title: undefined,
    never: false,
    types: undefined,
    nullable: undefined,
    format: undefined,
    contentEncoding: undefined,
    contentMediaType: undefined,
    enum: undefined,
    extensibleEnum: undefined,
    patterns: [],
    maximum: undefined,
    minimum: undefined,
    maxLength: undefined,
    minLength: undefined,
    maxItems: undefined,
    minItems: undefined,
    maxProperties: undefined,
    minProperties: undefined,
    multipleOf: undefined,
    uniqueItems: false,
    properties: new Map(),
    required: new Set(),
    additional: { kind: 'open' },
    items: undefined,
    prefixItems: [],
    oneOf: [],
    anyOf: [],
    not: undefined,
    discriminator: undefined,
    ifSchema: undefined,
    thenSchema: undefined,
    elseSchema: undefined,
    dependentRequired: new Map(),
    hasDefault: false,
    default: undefined,
    readOnly: false,
    writeOnly: false,
    deprecated: false,
  };
}

/**
 * A child node whose path is built only when something asks for it (a reported location): a large
 * contract has hundreds of thousands of schema members and almost none of them is ever reported.
 */
function lazyMember(parent: ResolvedNode | undefined, key: string | number): ResolvedNode | undefined {
  if (parent === undefined) return undefined;
  const value = getChild(parent.value, key);
  if (value === undefined) return undefined;
  let path: string[] | undefined;
  return {
    source: parent.source,
    value,
    get path(): string[] {
      path ??= [...parent.path, String(key)];
      return path;
    },
  };
}

/** Only composition and annotations: the schema is whatever it composes. */
function isWrapperOnly(value: Record<string, unknown>): boolean {
  return Object.keys(value).every((k) => ['allOf', 'oneOf', 'anyOf', 'nullable', 'x-nullable', 'description', 'title', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'default'].includes(k) || k.startsWith('x-'));
}

function isNullSchema(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (value.type === 'null') return true;
  if (Array.isArray(value.type) && value.type.length === 1 && value.type[0] === 'null') return true;
  if ('const' in value && value.const === null && value.type === undefined) return true;
  return Array.isArray(value.enum) && value.enum.length === 1 && value.enum[0] === null && value.type === undefined;
}

/** Merge the parts' keywords into one node: the intersection of what each part allows. */
function mergeParts(graph: SchemaGraph, schema: NSchema, parts: readonly Part[]): void {
  let types: Set<string> | undefined;
  let typeNullable: boolean | undefined;
  let nullableFlag = false;
  let nullBranch = false;
  const propertyNodes = new Map<string, ResolvedNode[]>();
  const propertyFlags = new Map<string, { readOnly: boolean; writeOnly: boolean; deprecated: boolean; hasDefault: boolean }>();
  for (const part of parts) {
    const v = part.value;
    if (part.never) schema.never = true;
    if (part.nullBranch) nullBranch = true;
    // declared types: string, list, or (Swagger 2.0) `file`
    const declared = declaredTypes(v);
    if (declared !== undefined) {
      const withoutNull = new Set([...declared].filter((t) => t !== 'null'));
      types = types === undefined ? withoutNull : intersectTypes(types, withoutNull);
      typeNullable = (typeNullable ?? true) && declared.has('null');
    }
    if (v.nullable === true || v['x-nullable'] === true) nullableFlag = true;
    if (v.type === 'file') schema.format ??= 'binary';
    schema.title ??= typeof v.title === 'string' ? v.title : undefined;
    if (typeof v.format === 'string') schema.format ??= v.format;
    if (typeof v.contentEncoding === 'string') schema.contentEncoding ??= v.contentEncoding;
    if (typeof v.contentMediaType === 'string') schema.contentMediaType ??= v.contentMediaType;
    const values = Array.isArray(v.enum) ? v.enum : Object.prototype.hasOwnProperty.call(v, 'const') ? [v.const] : undefined;
    if (values !== undefined) {
      const map = new Map<string, unknown>();
      for (const value of values) {
        if (value === null) {
          nullableFlag = true;
          continue;
        }
        map.set(canonicalJson(value), value);
      }
      schema.enum = schema.enum === undefined ? map : new Map([...schema.enum].filter(([k]) => map.has(k)));
    }
    if (Array.isArray(v['x-extensible-enum'])) {
      schema.extensibleEnum ??= new Map(v['x-extensible-enum'].map((value) => [canonicalJson(value), value]));
    }
    if (typeof v.pattern === 'string' && !TRIVIAL_PATTERNS.has(v.pattern) && !schema.patterns.includes(v.pattern)) schema.patterns.push(v.pattern);
    schema.maximum = tighterMax(schema.maximum, upperBound(v));
    schema.minimum = tighterMin(schema.minimum, lowerBound(v));
    schema.maxLength = minDefined(schema.maxLength, num(v.maxLength));
    schema.minLength = maxDefined(schema.minLength, num(v.minLength));
    schema.maxItems = minDefined(schema.maxItems, num(v.maxItems));
    schema.minItems = maxDefined(schema.minItems, num(v.minItems));
    schema.maxProperties = minDefined(schema.maxProperties, num(v.maxProperties));
    schema.minProperties = maxDefined(schema.minProperties, num(v.minProperties));
    if (num(v.multipleOf) !== undefined && num(v.multipleOf)! > 0) schema.multipleOf ??= num(v.multipleOf);
    if (v.uniqueItems === true) schema.uniqueItems = true;
    if (v.readOnly === true) schema.readOnly = true;
    if (v.writeOnly === true) schema.writeOnly = true;
    if (v.deprecated === true) schema.deprecated = true;
    if (Object.prototype.hasOwnProperty.call(v, 'default') && !schema.hasDefault) {
      schema.hasDefault = true;
      schema.default = v.default;
    }
    if (Array.isArray(v.required)) for (const r of v.required) if (typeof r === 'string') schema.required.add(r);
    const props = lazyMember(part.node, 'properties');
    if (props !== undefined && isObject(props.value)) {
      for (const name of Object.keys(props.value)) {
        const at = lazyMember(props, name)!;
        const list = propertyNodes.get(name);
        if (list === undefined) propertyNodes.set(name, [at]);
        else list.push(at);
        const resolved = graph.deref(at).value;
        const flags = propertyFlags.get(name) ?? { readOnly: false, writeOnly: false, deprecated: false, hasDefault: false };
        if (isObject(resolved)) {
          if (resolved.readOnly === true) flags.readOnly = true;
          if (resolved.writeOnly === true) flags.writeOnly = true;
          if (resolved.deprecated === true) flags.deprecated = true;
          if (Object.prototype.hasOwnProperty.call(resolved, 'default')) flags.hasDefault = true;
        }
        // OpenAPI 3.1: keywords beside a $ref apply too
        const written = at.value;
        if (isObject(written) && typeof written.$ref === 'string') {
          if (written.readOnly === true) flags.readOnly = true;
          if (written.writeOnly === true) flags.writeOnly = true;
          if (written.deprecated === true) flags.deprecated = true;
        }
        propertyFlags.set(name, flags);
      }
    }
    const additional = getChild(v, 'additionalProperties') ?? getChild(v, 'unevaluatedProperties');
    if (additional === false) schema.additional = { kind: 'closed' };
    else if (isObject(additional) && schema.additional.kind === 'open') {
      const key = getChild(v, 'additionalProperties') !== undefined ? 'additionalProperties' : 'unevaluatedProperties';
      const at = lazyMember(part.node, key)!;
      if (!isEmptySchema(graph, at)) schema.additional = { kind: 'schema', schema: graph.idOf(at) };
    }
    if (schema.items === undefined && isObject(v.items)) schema.items = graph.idOf(lazyMember(part.node, 'items')!);
    else if (schema.items === undefined && v.items === false) schema.maxItems = minDefined(schema.maxItems, Array.isArray(v.prefixItems) ? v.prefixItems.length : 0);
    const tuple = Array.isArray(v.prefixItems) ? lazyMember(part.node, 'prefixItems') : Array.isArray(v.items) ? lazyMember(part.node, 'items') : undefined;
    if (tuple !== undefined && schema.prefixItems.length === 0) schema.prefixItems = (tuple.value as unknown[]).map((_, i) => graph.idOf(lazyMember(tuple, i)!));
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      if (part.collapsed.has(keyword)) continue;
      const list = lazyMember(part.node, keyword);
      if (list === undefined || !Array.isArray(list.value)) continue;
      for (let i = 0; i < list.value.length; i++) {
        const at = lazyMember(list, i)!;
        const target = graph.deref(at);
        if (isNullSchema(target.value)) continue;
        schema[keyword].push({ schema: graph.idOf(at), refName: graph.componentName(target) ?? refTail(at.value), title: titleOf(target.value), at: target });
      }
    }
    if (schema.not === undefined && (isObject(v.not) || typeof v.not === 'boolean')) schema.not = graph.idOf(lazyMember(part.node, 'not')!);
    if (schema.discriminator === undefined && isObject(v.discriminator) && typeof v.discriminator.propertyName === 'string') {
      const mapping = new Map<string, string>();
      if (isObject(v.discriminator.mapping)) {
        for (const [value, target] of Object.entries(v.discriminator.mapping)) if (typeof target === 'string') mapping.set(value, mappingTarget(target));
      }
      schema.discriminator = { propertyName: v.discriminator.propertyName, mapping };
    }
    if (schema.ifSchema === undefined && v.if !== undefined) {
      schema.ifSchema = graph.idOf(lazyMember(part.node, 'if')!);
      if (v.then !== undefined) schema.thenSchema = graph.idOf(lazyMember(part.node, 'then')!);
      if (v.else !== undefined) schema.elseSchema = graph.idOf(lazyMember(part.node, 'else')!);
    }
    if (isObject(v.dependentRequired)) {
      for (const [name, list] of Object.entries(v.dependentRequired)) {
        if (!Array.isArray(list)) continue;
        const set = schema.dependentRequired.get(name) ?? new Set<string>();
        for (const r of list) if (typeof r === 'string') set.add(r);
        schema.dependentRequired.set(name, set);
      }
    }
  }
  for (const [name, nodes] of propertyNodes) {
    const flags = propertyFlags.get(name)!;
    schema.properties.set(name, { name, schema: graph.idOfParts(nodes), at: nodes[0], ...flags });
  }
  if (types === undefined) types = inferredTypes(schema);
  schema.types = types;
  if (types !== undefined) schema.nullable = nullableFlag || nullBranch || typeNullable === true;
  else if (schema.oneOf.length > 0 || schema.anyOf.length > 0 || schema.enum !== undefined) schema.nullable = nullableFlag || nullBranch;
  else schema.nullable = undefined;
}

function declaredTypes(v: Record<string, unknown>): Set<string> | undefined {
  const type = v.type;
  if (typeof type === 'string') {
    if (type === 'file') return new Set(['string']);
    return TYPE_NAMES.has(type) || type === 'null' ? new Set([type]) : undefined;
  }
  if (Array.isArray(type)) {
    const list = type.filter((t): t is string => typeof t === 'string' && (TYPE_NAMES.has(t) || t === 'null'));
    return list.length > 0 ? new Set(list) : undefined;
  }
  return undefined;
}

/** `integer` is a `number`, so {number} ∩ {integer} = {integer}. */
function intersectTypes(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if (t === 'integer' && b.has('number')) out.add('integer');
    else if (t === 'number' && b.has('integer')) out.add('integer');
  }
  return out;
}

/**
 * A schema without `type` but with only object (or only array) keywords means an object (array) in
 * every real contract; inferring it keeps `{properties: …}` and `{type: object, properties: …}` equal.
 */
function inferredTypes(schema: NSchema): Set<string> | undefined {
  const objectish = schema.properties.size > 0 || schema.required.size > 0 || schema.additional.kind !== 'open' || schema.maxProperties !== undefined || schema.minProperties !== undefined;
  const arrayish = schema.items !== undefined || schema.prefixItems.length > 0 || schema.maxItems !== undefined || schema.minItems !== undefined;
  const branchy = schema.oneOf.length > 0 || schema.anyOf.length > 0;
  if (branchy || schema.enum !== undefined) return undefined;
  if (objectish && !arrayish) return new Set(['object']);
  if (arrayish && !objectish) return new Set(['array']);
  return undefined;
}

function isEmptySchema(graph: SchemaGraph, at: ResolvedNode): boolean {
  const target = graph.deref(at).value;
  return isObject(target) && Object.keys(target).every((k) => k === 'description' || k === 'title' || k.startsWith('x-'));
}

function upperBound(v: Record<string, unknown>): Bound | undefined {
  const max = num(v.maximum);
  const exclusive = v.exclusiveMaximum;
  if (typeof exclusive === 'number') {
    if (max === undefined || exclusive <= max) return { value: exclusive, exclusive: true };
  }
  if (max === undefined) return undefined;
  return { value: max, exclusive: exclusive === true };
}

function lowerBound(v: Record<string, unknown>): Bound | undefined {
  const min = num(v.minimum);
  const exclusive = v.exclusiveMinimum;
  if (typeof exclusive === 'number') {
    if (min === undefined || exclusive >= min) return { value: exclusive, exclusive: true };
  }
  if (min === undefined) return undefined;
  return { value: min, exclusive: exclusive === true };
}

function tighterMax(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.value !== b.value) return a.value < b.value ? a : b;
  return a.exclusive ? a : b;
}

function tighterMin(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return a.exclusive ? a : b;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

function titleOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.title === 'string' ? value.title : undefined;
}

function refTail(value: unknown): string | undefined {
  return isRef(value) ? lastRefSegment(value.$ref) : undefined;
}

/** A discriminator mapping value is a schema name or a `$ref`; compare by the name either way. */
function mappingTarget(target: string): string {
  return lastRefSegment(target) ?? target;
}

/**
 * The last segment of a reference, decoded as a JSON pointer (`#/components/schemas/Gift~1Card` →
 * `Gift/Card`; a malformed `%` escape stays as written); for a reference without a fragment, the
 * last path segment. Undefined when there is no segment (a bare name, `#anchor`).
 */
function lastRefSegment(ref: string): string | undefined {
  const hash = ref.indexOf('#');
  if (hash === -1) {
    const slash = ref.lastIndexOf('/');
    return slash === -1 ? undefined : ref.slice(slash + 1);
  }
  try {
    return parsePointer(ref.slice(hash)).at(-1);
  } catch {
    return undefined;
  }
}

/** JSON with sorted keys: enum values and examples compare by content, not key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** A short, human description of what a schema is ("string", "integer | null", "Order"). */
export function describeType(schema: NSchema): string {
  if (schema.never) return 'nothing (false schema)';
  const types = schema.types === undefined ? ['any'] : [...schema.types].sort();
  if (schema.nullable === true && schema.types !== undefined) types.push('null');
  const base = types.join(' | ') || 'nothing';
  return schema.format !== undefined ? `${base} (${schema.format})` : base;
}
