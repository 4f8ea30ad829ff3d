/**
 * Which GET operations return a collection, and how it is paged. A GET is a collection read when
 * its path does not end in a template parameter (an item) and its 200 body is an array, or an
 * object whose array member is an envelope member (`items`, `data`, ...) or is named after the
 * last path segment (`/price-lists` → `priceLists`). A single object that merely has an array
 * property (`lines` of an order) is not a collection.
 */
import type { Contract } from '../../document/contract.js';
import type { ResolvedNode } from '../../document/source.js';
import { effectiveSchema, type EffectiveSchema, type Operation, type Response } from '../../model/index.js';
import type { OpsHeuristics } from './heuristics.js';
import { responseFor, responseHeader } from './http.js';
import { wordSet } from './words.js';

export interface CollectionShape {
  response: Response;
  /** the body schema as resolved */
  schema: ResolvedNode;
  kind: 'array' | 'envelope';
  /** envelope only: the effective object and its array member */
  envelope?: EffectiveSchema;
  itemsMember?: string;
  /** the array schema (top-level or the envelope member) */
  array: ResolvedNode;
}

/** Path segments, without empty ones. */
export function pathSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export function isTemplateSegment(segment: string): boolean {
  return segment.includes('{');
}

/** `/orders/{orderId}` (and `/files/{name}.json`) address one item. */
export function isItemPath(path: string): boolean {
  const segments = pathSegments(path);
  const last = segments[segments.length - 1];
  return last !== undefined && isTemplateSegment(last);
}

/** The last static segment, with a custom method suffix (`orders:search`) split off. */
export function lastStaticSegment(path: string): { resource: string; action: string | undefined } | undefined {
  const segments = pathSegments(path).filter((s) => !isTemplateSegment(s) || s.includes(':'));
  const last = segments[segments.length - 1];
  if (last === undefined) return undefined;
  const colon = last.lastIndexOf(':');
  if (colon === -1) return { resource: last, action: undefined };
  const resource = last.slice(0, colon);
  return { resource: isTemplateSegment(resource) ? '' : resource, action: last.slice(colon + 1) };
}

const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** JSON-ish bodies only: a CSV export or a PDF is not a paged collection. */
function jsonBody(response: Response): ResolvedNode | undefined {
  for (const media of response.content) {
    if (media.schema === undefined) continue;
    const type = media.mediaType.toLowerCase();
    if (type === '' || type === '*/*' || /[/+]json\b/.test(type) || type.startsWith('application/x-ndjson')) return media.schema;
  }
  return undefined;
}

function isArraySchema(shape: EffectiveSchema): boolean {
  return shape.types.has('array') || (shape.types.size === 0 && shape.items !== undefined);
}

const shapes = new WeakMap<OpsHeuristics, WeakMap<Operation, CollectionShape | null>>();

/** Memoized: ops-pagination, ops-collection-envelope and others ask about the same operations. */
export function collectionShapeOf(contract: Contract, op: Operation, h: OpsHeuristics): CollectionShape | undefined {
  let byOperation = shapes.get(h);
  if (byOperation === undefined) {
    byOperation = new WeakMap();
    shapes.set(h, byOperation);
  }
  let shape = byOperation.get(op);
  if (shape === undefined) {
    shape = computeCollectionShape(contract, op, h) ?? null;
    byOperation.set(op, shape);
  }
  return shape ?? undefined;
}

function computeCollectionShape(contract: Contract, op: Operation, h: OpsHeuristics): CollectionShape | undefined {
  if (op.method !== 'get' || isItemPath(op.path)) return undefined;
  const response = responseFor(op, '200');
  if (response === undefined) return undefined;
  const schema = jsonBody(response);
  if (schema === undefined) return undefined;
  const shape = effectiveSchema(contract, schema);
  if (isArraySchema(shape)) return { response, schema, kind: 'array', array: schema };
  if (shape.properties.size === 0) return undefined;
  const items = wordSet(h.itemsFields);
  const segment = lastStaticSegment(op.path);
  const resource = segment === undefined ? '' : compact(segment.resource);
  const arrays: Array<[string, ResolvedNode]> = [];
  for (const [name, { schema: member }] of shape.properties) {
    if (isArraySchema(effectiveSchema(contract, member))) arrays.push([name, member]);
  }
  const named =
    arrays.find(([name]) => items.has(name.toLowerCase())) ??
    arrays.find(([name]) => resource.length >= 3 && (compact(name) === resource || compact(name).endsWith(resource)));
  if (named !== undefined) return { response, schema, kind: 'envelope', envelope: shape, itemsMember: named[0], array: named[1] };
  // one array beside paging metadata (`{count, next, results}` under another name) is an envelope too
  if (arrays.length === 1 && hasPagingMember(contract, shape, h)) {
    return { response, schema, kind: 'envelope', envelope: shape, itemsMember: arrays[0]![0], array: arrays[0]![1] };
  }
  return undefined;
}

function hasPagingMember(contract: Contract, shape: EffectiveSchema, h: OpsHeuristics): boolean {
  return continuationField(contract, shape, h.continuationFields) !== undefined || continuationField(contract, shape, h.totalFields) !== undefined;
}

/** The first listed member present in the object; dotted names look one level down (`links.next`). */
export function continuationField(contract: Contract, shape: EffectiveSchema, fields: readonly string[]): string | undefined {
  const lower = new Map<string, { schema: ResolvedNode }>();
  for (const [name, member] of shape.properties) lower.set(name.toLowerCase(), member);
  for (const field of fields) {
    const dot = field.indexOf('.', 1);
    if (dot === -1) {
      if (lower.has(field.toLowerCase())) return field;
      continue;
    }
    const parent = lower.get(field.slice(0, dot).toLowerCase());
    if (parent === undefined) continue;
    const child = field.slice(dot + 1).toLowerCase();
    const nested = effectiveSchema(contract, parent.schema);
    for (const name of nested.properties.keys()) if (name.toLowerCase() === child) return field;
  }
  return undefined;
}

export interface PagingParameters {
  pageSize: string | undefined;
  cursor: string | undefined;
  offset: string | undefined;
}

export function pagingParameters(op: Operation, h: OpsHeuristics): PagingParameters {
  const query = op.parameters.filter((p) => p.in === 'query');
  const find = (names: readonly string[]) => {
    const set = wordSet(names);
    return query.find((p) => set.has(p.name.toLowerCase()))?.name;
  };
  return { pageSize: find(h.pageSizeParameters), cursor: find(h.cursorParameters), offset: find(h.offsetParameters) };
}

/** How the response tells the client where the next page is, if it does. */
export function responseContinuation(contract: Contract, shape: CollectionShape, params: PagingParameters, h: OpsHeuristics): string | undefined {
  const header = h.continuationHeaders.find((name) => responseHeader(shape.response, name) !== undefined);
  if (header !== undefined) return `header ${header}`;
  if (shape.envelope === undefined) return undefined;
  const field = continuationField(contract, shape.envelope, h.continuationFields);
  if (field !== undefined) return field;
  // offset or page-number paging: a total lets the client compute the next offset
  if (params.offset !== undefined) return continuationField(contract, shape.envelope, h.totalFields);
  return undefined;
}
