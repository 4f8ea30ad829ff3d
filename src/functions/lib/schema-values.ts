/**
 * Validating example and default values against the schema that declares them, offline. Each
 * schema node is turned once into a self-contained JSON Schema (`$ref`s inlined, a reference back
 * into a schema still being inlined becomes `{}`, so recursion only loosens the check) and
 * compiled once; validators are cached per schema node for the lint run.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Contract } from '../../document/contract.js';
import { getChild, isObject } from '../../document/pointer.js';
import { isRef } from '../../document/resolve.js';
import type { ResolvedNode } from '../../document/source.js';
import { locationKey } from '../../model/located.js';

// CommonJS plugin: under NodeNext its default import is the module object
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => void;

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
const SCHEMA_SINGLE = new Set(['additionalProperties', 'items', 'additionalItems', 'contains', 'not', 'if', 'then', 'else', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema']);
const SCHEMA_LISTS = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems', 'items']);
/** Identity keywords dropped from the copy: the inlined tree has no outside references left. */
const DROPPED = new Set(['$schema', '$id', 'id', '$ref', 'nullable', 'discriminator']);
const MAX_DEPTH = 64;

export class SchemaValueValidator {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction | null>();
  private readonly inlined = new Map<string, unknown>();

  constructor(private readonly contract: Contract) {
    // ownProperties: a value's `__proto__` or `constructor` key is data, never the prototype's
    this.ajv = new Ajv({ strict: false, allErrors: false, logger: false, validateSchema: false, addUsedSchema: false, ownProperties: true });
    addFormats(this.ajv);
  }

  /** The first reason `value` does not satisfy the schema at `node`, or undefined when it does (or cannot be judged). */
  check(node: ResolvedNode, value: unknown): string | undefined {
    const key = locationKey(node);
    let validate = this.validators.get(key);
    if (validate === undefined) {
      validate = this.compile(this.inline(node, new Set(), 0));
      this.validators.set(key, validate);
    }
    return this.run(validate, value);
  }

  /** Same, for a schema built by the caller (merged trait headers); cached under `key`. */
  checkBuilt(key: string, build: () => unknown, value: unknown): string | undefined {
    let validate = this.validators.get(key);
    if (validate === undefined) {
      validate = this.compile(build());
      this.validators.set(key, validate);
    }
    return this.run(validate, value);
  }

  /** A self-contained copy of the schema at `node`. */
  inline(raw: ResolvedNode, inProgress: Set<string>, depth: number): unknown {
    const node = isRef(raw.value) ? this.contract.refs.deref(raw.value, raw) : raw;
    if (isRef(node.value)) return {};
    if (typeof node.value === 'boolean') return node.value;
    if (!isObject(node.value)) return {};
    const key = locationKey(node);
    const done = this.inlined.get(key);
    if (done !== undefined) return done;
    if (inProgress.has(key) || depth > MAX_DEPTH) return {};
    inProgress.add(key);
    const out: Record<string, unknown> = {};
    const sub = (path: string[]) => this.inline({ source: node.source, path: [...node.path, ...path], value: getChild(getChild(node.value, path[0]!), path[1] ?? '') }, inProgress, depth + 1);
    for (const [keyword, value] of Object.entries(node.value)) {
      if (DROPPED.has(keyword) || keyword.startsWith('x-')) continue;
      if (SCHEMA_MAPS.has(keyword) && isObject(value)) {
        const map: Record<string, unknown> = {};
        for (const name of Object.keys(value)) setData(map, name, sub([keyword, name]));
        setData(out, keyword, map);
      } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
        setData(out, keyword, value.map((_, i) => sub([keyword, String(i)])));
      } else if (SCHEMA_SINGLE.has(keyword) && (isObject(value) || typeof value === 'boolean')) {
        setData(out, keyword, this.inline({ source: node.source, path: [...node.path, keyword], value }, inProgress, depth + 1));
      } else {
        setData(out, keyword, value);
      }
    }
    // OpenAPI-style `nullable: true` (schemaFormat openapi payloads) admits null
    if (node.value.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
    inProgress.delete(key);
    this.inlined.set(key, out);
    return out;
  }

  private compile(schema: unknown): ValidateFunction | null {
    try {
      return this.ajv.compile(schema as object);
    } catch {
      // an invalid schema is reported by structure-spec-schema; its values cannot be judged
      return null;
    }
  }

  private run(validate: ValidateFunction | null, value: unknown): string | undefined {
    if (validate === null || validate(value)) return undefined;
    return describe(mostSpecific(validate.errors ?? []));
  }
}

/**
 * The error that best explains a failure: inside oneOf/anyOf, ajv lists each branch's first error;
 * the deepest one (`/pair must be array`) says more than the first branch's or the wrapper's.
 */
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject | undefined {
  let best: ErrorObject | undefined;
  let bestDepth = -1;
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') continue;
    const depth = error.instancePath === '' ? 0 : error.instancePath.split('/').length;
    if (depth > bestDepth) {
      best = error;
      bestDepth = depth;
    }
  }
  return best ?? errors[0];
}

/** Contract keys such as `__proto__` stay plain data on the copy. */
function setData(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function describe(error: ErrorObject | undefined | null): string {
  if (error === undefined || error === null) return 'does not match its schema';
  const at = error.instancePath === '' ? '' : ` at ${error.instancePath}`;
  const params = error.params as Record<string, unknown>;
  let detail = error.message ?? 'does not match';
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) detail += `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') detail += ` "${params.additionalProperty}"`;
  return `${detail}${at}`;
}
