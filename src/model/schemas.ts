/**
 * Every schema of a contract, visited once where it is defined, with how it is used.
 *
 * Rules that judge schemas (ids, time, money, naming) iterate this inventory instead of walking the
 * resolved document: a component `$ref`'d from 40 operations is one entry, so one finding, at the
 * component. Usage (request, response, event sent or received) is propagated through `$ref`s so
 * direction-sensitive rules still know how a shared component is used.
 */
import type { Contract } from '../document/contract.js';
import { isObject } from '../document/pointer.js';
import type { NodeLocation, ResolvedNode } from '../document/source.js';
import type { AsyncApiModel } from './asyncapi.js';
import { child, derefAt, entries, member, rootNode } from './located.js';
import type { OpenApiModel } from './openapi.js';

export type SchemaUsage = 'request' | 'response' | 'parameter' | 'header' | 'event-sent' | 'event-received' | 'component';

export interface SchemaNode {
  /** where the schema is defined (after following `$ref`) */
  node: ResolvedNode;
  usages: Set<SchemaUsage>;
}

export interface PropertyDefinition {
  name: string;
  /** where `properties.<name>` is written (it may hold a `$ref`) */
  at: ResolvedNode;
  /** the property's schema after following `$ref` */
  schema: ResolvedNode;
  /** the object schema that declares the property */
  owner: SchemaNode;
}

export interface SchemaInventory {
  schemas: SchemaNode[];
  properties: PropertyDefinition[];
}

/** Keywords whose value is one schema. */
const SINGLE = ['additionalProperties', 'items', 'additionalItems', 'contains', 'not', 'if', 'then', 'else', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema'];
/** Keywords whose value is a list of schemas. */
const LISTS = ['allOf', 'oneOf', 'anyOf', 'prefixItems', 'items'];
/** Keywords whose value maps names to schemas (properties handled separately). */
const MAPS = ['patternProperties', 'dependentSchemas', '$defs', 'definitions'];
/** How each sub-schema keyword holds its schemas (`items` may be one schema or a list). */
const SUBSCHEMA_KEYWORDS = new Map<string, 'single' | 'list' | 'map'>([
  ...SINGLE.map((k) => [k, 'single'] as const),
  ...LISTS.map((k) => [k, 'list'] as const),
  ...MAPS.map((k) => [k, 'map'] as const),
]);

type Root = [ResolvedNode | undefined, SchemaUsage[]];

/** The sub-schemas of a schema other than `properties`, in one pass over its own keys (cheaper than probing twenty keywords). */
function pushSubschemas(node: ResolvedNode, out: ResolvedNode[]): void {
  const value = node.value as Record<string, unknown>;
  for (const keyword of Object.keys(value)) {
    const kind = SUBSCHEMA_KEYWORDS.get(keyword);
    if (kind === undefined) continue;
    const sub = value[keyword];
    if (isObject(sub) && kind !== 'map') out.push(member(node, keyword)!);
    else if (Array.isArray(sub) && (kind === 'list' || keyword === 'items')) {
      const list = member(node, keyword)!;
      sub.forEach((_, i) => out.push(member(list, i)!));
    } else if (isObject(sub) && kind === 'map') {
      const map = member(node, keyword)!;
      for (const name of Object.keys(sub)) out.push(member(map, name)!);
    }
  }
}

/**
 * The sub-schemas of a schema: its `properties` (each passed through `onProperty` when given, which
 * returns what to walk), then the other sub-schema keywords. Shared by the inventory and visitSchemas.
 */
function pushChildren(node: ResolvedNode, out: ResolvedNode[], onProperty?: (name: string, at: ResolvedNode) => ResolvedNode): void {
  const props = member(node, 'properties');
  if (props !== undefined && isObject(props.value)) {
    for (const name of Object.keys(props.value)) {
      const at = member(props, name)!;
      out.push(onProperty === undefined ? at : onProperty(name, at));
    }
  }
  pushSubschemas(node, out);
}

export function buildSchemaInventory(contract: Contract, model: OpenApiModel | AsyncApiModel): SchemaInventory {
  // keyed by the schema object: a parsed node is defined at one place, and object keys spare a JSON
  // pointer per visit (40 000 schemas in GitHub's description)
  const nodes = new Map<object, SchemaNode>();
  const properties: PropertyDefinition[] = [];
  // the sub-schemas of each walked node, kept for re-walks that add a usage
  const childrenOf = new Map<object, ResolvedNode[]>();

  const visit = (start: ResolvedNode, usages: SchemaUsage[]) => {
    const stack: ResolvedNode[] = [start];
    while (stack.length > 0) {
      const raw = stack.pop()!;
      const node = derefAt(contract, raw.value, raw);
      const value = node.value;
      if (!isObject(value)) continue;
      let entry = nodes.get(value);
      const isNew = entry === undefined;
      if (entry === undefined) {
        entry = { node, usages: new Set() };
        nodes.set(value, entry);
      }
      let fresh = false;
      for (const u of usages) {
        if (entry.usages.has(u)) continue;
        entry.usages.add(u);
        fresh = true;
      }
      if (!isNew) {
        if (fresh) for (const item of childrenOf.get(value)!) stack.push(item);
        continue;
      }
      const children: ResolvedNode[] = [];
      const owner = entry;
      pushChildren(node, children, (name, at) => {
        const schema = derefAt(contract, at.value, at);
        properties.push({ name, at, schema, owner });
        return schema;
      });
      childrenOf.set(value, children);
      for (const item of children) stack.push(item);
    }
  };

  for (const [node, usages] of schemaRoots(contract, model)) if (node !== undefined) visit(node, usages);
  return { schemas: [...nodes.values()], properties };
}

function schemaRoots(contract: Contract, model: OpenApiModel | AsyncApiModel): Root[] {
  const roots: Root[] = [];
  if (model.kind === 'openapi') {
    for (const operation of model.operations) {
      // a webhook or callback request is sent by the API provider: for direction it is a response
      const inverted = operation.kind !== 'path';
      const requestUse: SchemaUsage = inverted ? 'response' : 'request';
      const responseUse: SchemaUsage = inverted ? 'request' : 'response';
      for (const parameter of operation.parameters) roots.push([parameter.schema, ['parameter', requestUse]]);
      for (const media of operation.requestBody?.content ?? []) roots.push([media.schema, [requestUse]]);
      for (const response of operation.responses) {
        for (const media of response.content) roots.push([media.schema, [responseUse]]);
        for (const header of response.headers) roots.push([header.schema, ['header', responseUse]]);
      }
    }
    for (const [, schema] of model.schemas) roots.push([schema, ['component']]);
    const components = child(contract, rootNode(contract), 'components');
    for (const [, parameter] of entries(contract, child(contract, components, 'parameters'))) roots.push([child(contract, parameter, 'schema'), ['component', 'parameter']]);
    for (const [, header] of entries(contract, child(contract, components, 'headers'))) roots.push([child(contract, header, 'schema'), ['component', 'header']]);
  } else {
    for (const operation of model.operations) {
      const use: SchemaUsage = operation.action === 'send' ? 'event-sent' : 'event-received';
      for (const message of operation.messages) {
        roots.push([message.payload, [use]]);
        for (const headers of message.headerSources) roots.push([headers, ['header', use]]);
      }
    }
    for (const message of model.messages) {
      roots.push([message.payload, ['component']]);
      for (const headers of message.headerSources) roots.push([headers, ['component', 'header']]);
    }
    for (const [, schema] of model.schemas) roots.push([schema, ['component']]);
    for (const channel of model.channels) {
      for (const [, parameter] of entries(contract, child(contract, channel.node, 'parameters'))) roots.push([child(contract, parameter, 'schema') ?? undefined, ['parameter']]);
    }
  }
  return roots;
}

/** The effective shape of a schema: `allOf` merged, types normalized (nullable spelled one way). */
export interface EffectiveSchema {
  types: Set<string>;
  format: string | undefined;
  pattern: string | undefined;
  enum: unknown[] | undefined;
  properties: Map<string, { at: ResolvedNode; schema: ResolvedNode }>;
  required: Set<string>;
  items: ResolvedNode | undefined;
  /** each oneOf/anyOf branch, resolved */
  branches: ResolvedNode[];
  /** every schema node merged into this view, the schema itself first */
  parts: ResolvedNode[];
  /** first value of any other keyword across the parts (maxLength, minimum, default, ...) */
  keyword(name: string): unknown;
}

const effectiveMemo = new WeakMap<Contract, WeakMap<object, EffectiveSchema>>();

/**
 * Memoized per contract by the start node's value (a schema object, or the `$ref` object pointing at
 * one): shared components are merged once however many rules and operations ask. The result is
 * shared, so callers treat it as read-only.
 */
export function effectiveSchema(contract: Contract, start: ResolvedNode): EffectiveSchema {
  if (start.value === null || typeof start.value !== 'object') return computeEffectiveSchema(contract, start);
  let byValue = effectiveMemo.get(contract);
  if (byValue === undefined) {
    byValue = new WeakMap();
    effectiveMemo.set(contract, byValue);
  }
  let shape = byValue.get(start.value);
  if (shape === undefined) {
    shape = computeEffectiveSchema(contract, start);
    byValue.set(start.value, shape);
  }
  return shape;
}

function computeEffectiveSchema(contract: Contract, start: ResolvedNode): EffectiveSchema {
  const parts: ResolvedNode[] = [];
  // parts are told apart by object identity: one parsed node, one definition (and no pointer to build)
  const seen = new Set<object>();
  const collect = (raw: ResolvedNode) => {
    const node = derefAt(contract, raw.value, raw);
    if (!isObject(node.value) || seen.has(node.value)) return;
    seen.add(node.value);
    parts.push(node);
    const allOf = member(node, 'allOf');
    if (allOf !== undefined && Array.isArray(allOf.value)) allOf.value.forEach((_, i) => collect(member(allOf, i)!));
  };
  collect(start);
  const types = new Set<string>();
  const properties = new Map<string, { at: ResolvedNode; schema: ResolvedNode }>();
  const required = new Set<string>();
  const branches: ResolvedNode[] = [];
  let items: ResolvedNode | undefined;
  for (const part of parts) {
    const value = part.value as Record<string, unknown>;
    const type = value.type;
    if (typeof type === 'string') types.add(type);
    else if (Array.isArray(type)) for (const t of type) if (typeof t === 'string') types.add(t);
    if (value.nullable === true || value['x-nullable'] === true) types.add('null');
    const props = member(part, 'properties');
    if (props !== undefined && isObject(props.value)) {
      for (const name of Object.keys(props.value)) {
        if (properties.has(name)) continue;
        const at = member(props, name)!;
        properties.set(name, { at, schema: derefAt(contract, at.value, at) });
      }
    }
    if (Array.isArray(value.required)) for (const r of value.required) if (typeof r === 'string') required.add(r);
    if (items === undefined && isObject(value.items)) items = child(contract, part, 'items');
    for (const keyword of ['oneOf', 'anyOf']) {
      const list = member(part, keyword);
      if (list !== undefined && Array.isArray(list.value)) list.value.forEach((_, i) => branches.push(child(contract, list, i)!));
    }
  }
  const first = (name: string) => {
    for (const part of parts) {
      const v = (part.value as Record<string, unknown>)[name];
      if (v !== undefined && Object.prototype.hasOwnProperty.call(part.value, name)) return v;
    }
    return undefined;
  };
  const format = first('format');
  const pattern = first('pattern');
  const enumValues = first('enum');
  return {
    types,
    format: typeof format === 'string' ? format : undefined,
    pattern: typeof pattern === 'string' ? pattern : undefined,
    enum: Array.isArray(enumValues) ? enumValues : undefined,
    properties,
    required,
    items,
    branches,
    parts,
    keyword: first,
  };
}

export type { NodeLocation };

/**
 * Visit every schema reachable from the roots once, at its definition (after `$ref`), with the same
 * subschema keywords the inventory follows. For rules that need reachability from particular roots
 * (message payloads only, say) rather than the whole inventory.
 */
export function visitSchemas(contract: Contract, roots: readonly ResolvedNode[], visit: (node: ResolvedNode) => void, seen: Set<object> = new Set()): Set<object> {
  const stack: ResolvedNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const raw = stack.pop()!;
    const node = derefAt(contract, raw.value, raw);
    if (!isObject(node.value) || seen.has(node.value)) continue;
    seen.add(node.value);
    visit(node);
    const children: ResolvedNode[] = [];
    pushChildren(node, children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return seen;
}
