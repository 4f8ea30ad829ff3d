/**
 * The named values of a contract, each once at its definition: schema properties (request and
 * response bodies, components, AsyncAPI payloads and message headers), parameters (path, query,
 * header, cookie, AsyncAPI channel parameters) and response headers. Built from the shared model and
 * schema inventory, memoized per lint run, and read by every name-driven rule (ids, time, data, naming).
 *
 * A value whose schema is a `$ref` is judged at the referenced schema (`judged`), so a shared
 * component gets one finding however many properties use it; see `FindingSet`.
 */
import type { RulesetFunctionContext } from '@stoplight/spectral-core';
import type { Contract } from '../../document/contract.js';
import { getChild, isObject } from '../../document/pointer.js';
import { isRef } from '../../document/resolve.js';
import type { ResolvedNode } from '../../document/source.js';
import { effectiveSchema, modelOf, schemaInventoryOf, type EffectiveSchema, type SchemaNode } from '../../model/index.js';
import { child, derefAt, entries, locationKey, member, rootNode } from '../../model/located.js';
import { lintContextOf, memoized, type LintContext } from '../../lint/context.js';
import { factsOf, plainFacts, typesOf, type SchemaFacts } from './facts.js';
import { singularName } from './plural.js';


export type ValueKind = 'property' | 'parameter' | 'header';

export interface NamedValue {
  name: string;
  kind: ValueKind;
  /**
   * parameters: `path`, `query`, `header`, `cookie`, or `channel` (AsyncAPI); HTTP response headers:
   * `header`; AsyncAPI message header properties: `message-header`; body properties: undefined
   */
  in: string | undefined;
  /** where the name is written: the `properties/<name>` entry, the parameter or header object */
  at: ResolvedNode;
  /** the value's schema after following `$ref` (Swagger 2.0 non-body parameters are their own schema) */
  schema: ResolvedNode | undefined;
  /** where a finding about the schema goes: the referenced schema when the value `$ref`s one, else `at` */
  judged: ResolvedNode;
  /** properties: the object schema declaring it */
  owner: SchemaNode | undefined;
  /** path parameters: the value sits right after a static collection segment (`/orders/{orderId}`) */
  identifiesResource: boolean;
}

export interface Variant {
  facts: SchemaFacts;
  /** declared types without `null`, or inferred from properties/items/enum when none is declared */
  types: ReadonlySet<string>;
  /** reached through array `items` (callers judge those under the singular name) */
  viaItems: boolean;
  node: ResolvedNode;
}

export interface ValueView {
  contract: Contract;
  values: NamedValue[];
  /**
   * The values grouped by name, in document order. Name heuristics are asked once per distinct name
   * (GitHub's 38 000 properties have about 4 000 names) and only matching groups are judged.
   */
  byName(): ReadonlyMap<string, readonly NamedValue[]>;
  /** the values whose name passes `test`, asked once per distinct name */
  named(test: (name: string) => boolean): NamedValue[];
  /** values whose own node or schema sets the extension (e.g. x-money), which overrides name heuristics */
  withExtension(name: string): readonly NamedValue[];
  /** all oneOf/anyOf alternatives of a value's schema (allOf merged), without array items */
  variants(value: NamedValue): Variant[];
  /** like variants, and the alternatives of array items at any depth */
  variantsWithItems(value: NamedValue): Variant[];
  effective(node: ResolvedNode): EffectiveSchema;
  /** effective property names of a property's owner object (allOf merged) */
  ownerProperties(value: NamedValue): ReadonlySet<string>;
  /** example values written for the value: on the parameter, and on its schema (allOf parts) */
  examples(value: NamedValue): Array<{ value: unknown; at: ResolvedNode }>;
  /** cheap pre-check: could the value carry examples (on itself, its schema or the schema's allOf parts)? */
  hasExamples(value: NamedValue): boolean;
  /** cheap pre-check: could the value's schema declare one of these formats (directly or via allOf/oneOf/anyOf)? */
  mayDeclareFormat(value: NamedValue, formats: ReadonlySet<string>): boolean;
}

const MAX_BRANCH_DEPTH = 6;

/**
 * Values a rule judges by name, each with the first problem `problemOf` finds in its schema: a value
 * whose name `isName` accepts is judged itself, an array whose singular name it accepts (`skus`) is
 * judged by its items.
 */
export function* namedProblems(view: ValueView, isName: (name: string) => boolean, problemOf: (facts: SchemaFacts) => string | undefined): Generator<{ value: NamedValue; problem: string }> {
  for (const value of view.named((name) => isName(name) || isName(singularName(name)))) {
    const direct = isName(value.name);
    const singular = singularName(value.name);
    const items = singular !== value.name && isName(singular);
    if (!direct && !items) continue;
    for (const variant of items ? view.variantsWithItems(value) : view.variants(value)) {
      if (variant.viaItems ? !items : !direct) continue;
      const problem = problemOf(variant.facts);
      if (problem === undefined) continue;
      yield { value, problem };
      break;
    }
  }
}

/** The value view of the contract being linted, built once per lint run. */
export function valueViewOf(fnContext: RulesetFunctionContext): ValueView {
  const context = lintContextOf(fnContext);
  return memoized(context, 'rules-a:values', () => buildValueView(context));
}

function buildValueView(context: LintContext): ValueView {
  const { contract } = context;
  // effectiveSchema is memoized per contract by the schema object
  const effective = (node: ResolvedNode): EffectiveSchema => effectiveSchema(contract, node);
  const values = collectValues(contract);
  const variantCache = new Map<NamedValue, Variant[]>();
  const itemCache = new Map<NamedValue, Variant[]>();
  const ownerCache = new Map<SchemaNode, Set<string>>();
  const expand = (start: ResolvedNode | undefined, withItems: boolean): Variant[] => {
    const out: Variant[] = [];
    if (start === undefined) return out;
    const seen = new Set<unknown>();
    const walk = (node: ResolvedNode, viaItems: boolean, depth: number) => {
      if (seen.has(node.value) || depth > MAX_BRANCH_DEPTH) return;
      seen.add(node.value);
      const raw = node.value;
      // most schemas combine nothing: read their facts directly, without building an effective view
      if (isObject(raw) && raw.allOf === undefined && raw.oneOf === undefined && raw.anyOf === undefined) {
        const facts = plainFacts(raw);
        out.push({ facts, types: facts.types, viaItems, node });
        if (withItems && facts.types.has('array') && isObject(raw.items)) {
          const items = member(node, 'items')!;
          walk(derefAt(contract, items.value, items), true, depth + 1);
        }
        return;
      }
      const eff = effective(node);
      const types = typesOf(eff);
      // a schema that only lists alternatives is not itself a variant
      if (types.size > 0 || eff.branches.length === 0) out.push({ facts: factsOf(eff, types), types, viaItems, node });
      for (const branch of eff.branches) walk(branch, viaItems, depth + 1);
      if (withItems && types.has('array') && eff.items !== undefined) walk(eff.items, true, depth + 1);
    };
    walk(start, false, 0);
    return out;
  };
  let groups: Map<string, NamedValue[]> | undefined;
  const extensionCache = new Map<string, NamedValue[]>();
  return {
    contract,
    values,
    byName() {
      if (groups === undefined) {
        groups = new Map();
        for (const value of values) {
          const list = groups.get(value.name);
          if (list === undefined) groups.set(value.name, [value]);
          else list.push(value);
        }
      }
      return groups;
    },
    named(test) {
      const out: NamedValue[] = [];
      for (const [name, group] of this.byName()) if (test(name)) for (const item of group) out.push(item);
      return out;
    },
    withExtension(name) {
      let list = extensionCache.get(name);
      if (list === undefined) {
        list = values.filter((v) => getChild(v.at.value, name) !== undefined || (v.schema !== undefined && getChild(v.schema.value, name) !== undefined));
        extensionCache.set(name, list);
      }
      return list;
    },
    effective,
    variants(value) {
      let list = variantCache.get(value);
      if (list === undefined) {
        const raw = value.schema?.value;
        // the common case, a schema that combines nothing, is its own single variant
        list =
          isObject(raw) && raw.allOf === undefined && raw.oneOf === undefined && raw.anyOf === undefined
            ? [plainVariant(raw, value.schema!)]
            : expand(value.schema, false);
        variantCache.set(value, list);
      }
      return list;
    },
    variantsWithItems(value) {
      let list = itemCache.get(value);
      if (list === undefined) {
        list = expand(value.schema, true);
        itemCache.set(value, list);
      }
      return list;
    },
    ownerProperties(value) {
      const owner = value.owner;
      if (owner === undefined) return new Set();
      let names = ownerCache.get(owner);
      if (names === undefined) {
        names = new Set(effective(owner.node).properties.keys());
        ownerCache.set(owner, names);
      }
      return names;
    },
    examples(value) {
      const out: Array<{ value: unknown; at: ResolvedNode }> = [];
      // an OpenAPI 3 parameter or header: example / examples (Example Objects) beside its schema
      if (value.kind !== 'property' && value.schema !== value.at) for (const item of examplesAt(value.at, true)) out.push(item);
      const schema = value.schema;
      if (schema !== undefined && isObject(schema.value)) {
        // allOf parts may carry the example; without allOf the schema itself is all there is
        const parts = Array.isArray(schema.value.allOf) ? effective(schema).parts : [schema];
        for (const part of parts) for (const item of examplesAt(part, false)) out.push(item);
      }
      return out;
    },
    hasExamples(value) {
      const own = (v: unknown) => isObject(v) && ('example' in v || 'examples' in v);
      if (value.kind !== 'property' && value.schema !== value.at && own(value.at.value)) return true;
      const raw = value.schema?.value;
      return own(raw) || (isObject(raw) && Array.isArray(raw.allOf));
    },
    mayDeclareFormat(value, formats) {
      const raw = value.schema?.value;
      if (!isObject(raw)) return false;
      if (typeof raw.format === 'string' && formats.has(raw.format)) return true;
      return Array.isArray(raw.allOf) || Array.isArray(raw.oneOf) || Array.isArray(raw.anyOf);
    },
  };
}

/**
 * `example` and `examples` of a node. Schemas carry `examples` as a list (JSON Schema); parameters and
 * headers as a map of Example Objects whose `value` is the example.
 */
/** `example` and `examples` (a list; with `exampleObjects`, also a map of Example Objects' values) at a node. */
export function examplesAt(node: ResolvedNode, exampleObjects: boolean): Array<{ value: unknown; at: ResolvedNode }> {
  const out: Array<{ value: unknown; at: ResolvedNode }> = [];
  const example = member(node, 'example');
  if (example !== undefined) out.push({ value: example.value, at: example });
  const examples = member(node, 'examples');
  if (examples !== undefined) {
    if (Array.isArray(examples.value)) examples.value.forEach((v, i) => out.push({ value: v, at: member(examples, i)! }));
    else if (exampleObjects && isObject(examples.value)) {
      for (const name of Object.keys(examples.value)) {
        const valueNode = member(member(examples, name), 'value');
        if (valueNode !== undefined) out.push({ value: valueNode.value, at: valueNode });
      }
    }
  }
  return out;
}

function plainVariant(raw: Record<string, unknown>, node: ResolvedNode): Variant {
  const facts = plainFacts(raw);
  return { facts, types: facts.types, viaItems: false, node };
}

function collectValues(contract: Contract): NamedValue[] {
  const model = modelOf(contract);
  const inventory = schemaInventoryOf(contract);
  const values: NamedValue[] = [];
  // parameters and headers shared through $ref resolve to the same node object: one value each
  const seen = new Map<ValueKind, Set<unknown>>();
  const add = (value: NamedValue) => {
    let nodes = seen.get(value.kind);
    if (nodes === undefined) seen.set(value.kind, (nodes = new Set()));
    const key = isObject(value.at.value) ? value.at.value : locationKey(value.at);
    if (nodes.has(key)) return;
    nodes.add(key);
    values.push(value);
  };

  // AsyncAPI message headers are schemas whose property names are header names, nested objects included
  const headerRoots: string[] = [];
  if (model.kind === 'asyncapi') {
    for (const message of model.messages) for (const h of message.headerSources) headerRoots.push(locationKey(derefAt(contract, h.value, h)));
  }
  const inHeaders = (owner: ResolvedNode) => {
    if (headerRoots.length === 0) return false;
    const key = locationKey(owner);
    return headerRoots.some((root) => key === root || key.startsWith(root + '/'));
  };

  // the inventory lists each property definition once: no de-duplication needed
  for (const property of inventory.properties) {
    const isHeader = inHeaders(property.owner.node);
    values.push({
      name: property.name,
      kind: isHeader ? 'header' : 'property',
      in: isHeader ? 'message-header' : undefined,
      at: property.at,
      schema: property.schema,
      judged: isRef(property.at.value) ? property.schema : property.at,
      owner: property.owner,
      identifiesResource: false,
    });
  }

  const addParameter = (node: ResolvedNode, identifying: boolean, isOas2: boolean) => {
    const name = getChild(node.value, 'name');
    const location = getChild(node.value, 'in');
    if (typeof name !== 'string' || typeof location !== 'string' || location === 'body') return;
    const schemaMember = isOas2 ? undefined : member(node, 'schema');
    const schema = isOas2 ? node : schemaMember === undefined ? undefined : derefAt(contract, schemaMember.value, schemaMember);
    add({
      name,
      kind: location === 'header' ? 'header' : 'parameter',
      in: location,
      at: node,
      schema,
      judged: schemaMember !== undefined && isRef(schemaMember.value) && schema !== undefined ? schema : node,
      owner: undefined,
      identifiesResource: identifying,
    });
  };
  const addHeader = (name: string, node: ResolvedNode, isOas2: boolean) => {
    const schemaMember = isOas2 ? undefined : member(node, 'schema');
    const schema = isOas2 ? node : schemaMember === undefined ? undefined : derefAt(contract, schemaMember.value, schemaMember);
    add({
      name,
      kind: 'header',
      in: 'header',
      at: node,
      schema,
      judged: schemaMember !== undefined && isRef(schemaMember.value) && schema !== undefined ? schema : node,
      owner: undefined,
      identifiesResource: false,
    });
  };

  const root = rootNode(contract);
  if (model.kind === 'openapi') {
    const isOas2 = contract.formatId === 'oas2';
    // identifying path parameters are decided per path; a shared parameter identifies if any use does
    const identifying = new Set<unknown>();
    const pathNames = new Map<string, Set<string>>();
    for (const operation of model.operations) {
      if (operation.kind !== 'path') continue;
      let names = pathNames.get(operation.path);
      if (names === undefined) pathNames.set(operation.path, (names = identifyingPathParameters(operation.path)));
      for (const parameter of operation.parameters) {
        if (parameter.in === 'path' && names.has(parameter.name)) identifying.add(parameter.node.value);
      }
    }
    for (const operation of model.operations) {
      for (const parameter of operation.parameters) addParameter(parameter.node, identifying.has(parameter.node.value), isOas2);
      for (const response of operation.responses) for (const header of response.headers) addHeader(header.name, header.node, isOas2);
    }
    const components = child(contract, root, 'components');
    const sharedParameters = isOas2 ? child(contract, root, 'parameters') : child(contract, components, 'parameters');
    for (const [, parameter] of entries(contract, sharedParameters)) addParameter(parameter, identifying.has(parameter.value), isOas2);
    const sharedHeaders = isOas2 ? undefined : child(contract, components, 'headers');
    for (const [name, header] of entries(contract, sharedHeaders)) addHeader(name, header, isOas2);
  } else {
    for (const channel of model.channels) {
      for (const [name, parameter] of entries(contract, child(contract, channel.node, 'parameters'))) {
        // 2.x parameters have a schema; 3.x parameters carry enum/default/examples themselves
        const schemaMember = member(parameter, 'schema');
        const schema = schemaMember === undefined ? parameter : derefAt(contract, schemaMember.value, schemaMember);
        add({
          name,
          kind: 'parameter',
          in: 'channel',
          at: parameter,
          schema,
          judged: schemaMember !== undefined && isRef(schemaMember.value) ? schema : parameter,
          owner: undefined,
          identifiesResource: false,
        });
      }
    }
  }
  return values;
}

/** Path parameters that are a whole segment right after a static segment: `/orders/{orderId}`. */
export interface PathParameterUse {
  path: string;
  /** the static collection segment before the parameter */
  collection: string;
  /** the segment before the collection when static, to tell /git/tags from /releases/tags */
  parent: string | undefined;
  name: string;
}

/** Every `/{collection}/{parameter}` pair of a path template. */
export function pathParameterUses(path: string): PathParameterUse[] {
  const segments = path.split('/');
  const uses: PathParameterUse[] = [];
  for (let i = 1; i < segments.length; i++) {
    const m = /^\{([^{}]+)\}$/.exec(segments[i]!);
    const collection = segments[i - 1]!;
    if (m === null || !isStaticSegment(collection)) continue;
    const before = i >= 2 ? segments[i - 2]! : '';
    uses.push({ path, collection, parent: before !== '' && isStaticSegment(before) ? before : undefined, name: m[1]! });
  }
  return uses;
}

export function identifyingPathParameters(path: string): Set<string> {
  return new Set(pathParameterUses(path).map((use) => use.name));
}

/** A static, non-version segment that can name a collection. */
export function isStaticSegment(segment: string): boolean {
  return segment !== '' && !segment.includes('{') && !/^v\d+(?:[._-]?[a-z0-9]+)*$/i.test(segment) && !segment.startsWith('.');
}

/** The extension `name` on a node, when it is a boolean. */
export function booleanExtension(node: ResolvedNode | undefined, name: string): boolean | undefined {
  const v = node === undefined ? undefined : getChild(node.value, name);
  return typeof v === 'boolean' ? v : undefined;
}
