/**
 * Request parameters (path, query, header, cookie): existence, requiredness and serialization. A
 * parameter moved from query to header is one removed and one added. Schema changes of a parameter
 * are judged by the schema checks (`request-…`), with the parameter named in the message.
 */
import type { NParameter, SchemaGraph } from '../normalize/index.js';
import type { OperationMatch } from '../difference/http.js';
import { openapi } from './examples.js';
import type { CheckContext, CheckDefinition, CheckFamily } from './types.js';
import { below } from './util.js';

const listOrders = (parameters: string, version = '1.0.0') =>
  openapi(
    `paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
${parameters
  .trim()
  .split('\n')
  .map((l) => '        ' + l)
  .join('\n')}
      responses:
        '200': {description: Orders}`,
    version,
  );

const STORE = '- {name: storeId, in: query, schema: {type: string}}';
const STATUS = '- {name: status, in: query, schema: {type: string}}';

export const definitions: CheckDefinition[] = [
  {
    id: 'request-parameter-removed',
    level: 'warning',
    family: 'parameters',
    description: 'A request parameter was removed (old clients still send it)',
    docs: {
      what: 'A query, header or cookie parameter of the base contract is no longer declared. A parameter moved to another location (query → header) is reported as removed here and added there.',
      why: 'Old clients keep sending it and most servers ignore unknown parameters, so nothing fails loudly: but a filter that is silently ignored returns all stores\' orders to a store app that asked for one store.',
      bad: { base: listOrders(`${STORE}\n${STATUS}`), revision: listOrders(STATUS) },
      good: { base: listOrders(`${STORE}\n${STATUS}`), revision: listOrders(`${STORE.replace('schema:', 'deprecated: true, x-sunset: "2099-12-31", schema:')}\n${STATUS}`) },
    },
  },
  {
    id: 'request-required-parameter-added',
    level: 'breaking',
    family: 'parameters',
    description: 'A new required request parameter was added',
    docs: {
      what: 'The revision declares a new parameter with `required: true`. A `default` does not change that: the OpenAPI specification ignores defaults of required parameters.',
      why: 'Every existing call lacks the parameter and fails with 400: the nightly stock export, the store app order list.',
      bad: { base: listOrders(STATUS), revision: listOrders(`${STATUS}\n- {name: storeId, in: query, required: true, schema: {type: string}}`) },
      good: { base: listOrders(STATUS), revision: listOrders(`${STATUS}\n${STORE}`) },
    },
  },
  {
    id: 'request-parameter-added',
    level: 'info',
    family: 'parameters',
    addition: true,
    description: 'A new optional request parameter was added',
    docs: {
      what: 'The revision declares a new optional parameter.',
      why: 'Old clients do not send it. A feature addition: bump the minor version.',
      bad: { base: listOrders(STATUS), revision: listOrders(`${STATUS}\n${STORE}`) },
      good: { base: listOrders(STATUS), revision: listOrders(STATUS.replace('schema:', 'description: Order status, schema:')) },
    },
  },
  {
    id: 'request-parameter-became-required',
    level: 'breaking',
    family: 'parameters',
    description: 'An optional request parameter became required',
    docs: {
      what: 'A parameter that was optional is now `required: true`.',
      why: 'Calls that omit it (every head-office report that lists orders across all stores) now fail with 400.',
      bad: { base: listOrders(STORE), revision: listOrders(STORE.replace('in: query,', 'in: query, required: true,')) },
      good: { base: listOrders(STORE), revision: listOrders(STORE.replace('schema:', 'description: Filter by store, schema:')) },
    },
  },
  {
    id: 'request-parameter-became-optional',
    level: 'info',
    family: 'parameters',
    description: 'A required request parameter became optional',
    docs: {
      what: 'A parameter that was required is now optional.',
      why: 'Clients may keep sending it. Relaxing a request is compatible.',
      bad: { base: listOrders(STORE.replace('in: query,', 'in: query, required: true,')), revision: listOrders(STORE) },
      good: { base: listOrders(STORE.replace('in: query,', 'in: query, required: true,')), revision: listOrders(STORE.replace('in: query,', 'in: query, required: true, description: Store,')) },
    },
  },
  {
    id: 'request-parameter-serialization-changed',
    level: 'breaking',
    family: 'parameters',
    description: 'How a request parameter is serialized changed (style, explode, allowReserved, content type; Swagger collectionFormat)',
    docs: {
      what: 'The serialization of an array or object parameter changed (`style`, `explode`, or Swagger 2.0 `collectionFormat`, which is compared in 3.x terms), or `allowReserved`, `allowEmptyValue` or its `content` media type changed.',
      why: 'Clients keep encoding the old way: `?sku=A1,B2` is read as the single SKU "A1,B2" once the server expects `?sku=A1&sku=B2`, and the stock lookup returns nothing.',
      bad: {
        base: listOrders('- {name: sku, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}'),
        revision: listOrders('- {name: sku, in: query, style: form, explode: true, schema: {type: array, items: {type: string}}}'),
      },
      good: {
        base: listOrders('- {name: sku, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}'),
        revision: listOrders('- {name: sku, in: query, style: form, explode: false, description: SKUs to include, schema: {type: array, items: {type: string}}}'),
      },
    },
  },
];

export const parametersFamily: CheckFamily = {
  definitions,
  run(diff, context) {
    if (diff.kind !== 'http') return;
    // parameters of webhooks and callbacks are set by the provider; their schemas are still judged
    for (const m of diff.operations.matched) if (m.base.kind === 'path') checkOperation(m, context, { base: diff.base.graph, rev: diff.rev.graph });
  },
};

function describe(p: NParameter): string {
  return `${p.in} parameter '${p.name}'`;
}

function checkOperation(m: OperationMatch, { report }: CheckContext, graphs: { base: SchemaGraph; rev: SchemaGraph }): void {
  const operation = { key: m.key, label: m.rev.label };
  for (const p of m.parameters.removed) {
    report({ checkId: 'request-parameter-removed', message: `${m.rev.label}: ${describe(p)} removed`, operation, base: p.node, at: `param:${p.key}` });
  }
  for (const p of m.parameters.added) {
    const checkId = p.required ? 'request-required-parameter-added' : 'request-parameter-added';
    report({ checkId, message: `${m.rev.label}: ${p.required ? 'required' : 'optional'} ${describe(p)} added`, operation, revision: p.node, at: `param:${p.key}` });
  }
  for (const { base, rev } of m.parameters.matched) {
    const at = `param:${rev.key}`;
    if (!base.required && rev.required) {
      report({ checkId: 'request-parameter-became-required', message: `${m.rev.label}: ${describe(rev)} became required`, operation, base: base.node, revision: below(rev.node, 'required'), at });
    } else if (base.required && !rev.required) {
      report({ checkId: 'request-parameter-became-optional', message: `${m.rev.label}: ${describe(rev)} became optional`, operation, base: below(base.node, 'required'), revision: rev.node, at });
    }
    const changes = serializationChanges(base, rev, graphs);
    if (changes.length > 0) {
      report({ checkId: 'request-parameter-serialization-changed', message: `${m.rev.label}: ${describe(rev)} serialization changed (${changes.join('; ')})`, operation, base: base.node, revision: rev.node, at });
    }
  }
}

/**
 * Style and explode only matter for arrays and objects; a scalar serializes the same way. The types
 * are the normalized schema's, so a `$ref` (or an allOf) to an array counts as an array; a parameter
 * described with `content` is not serialized by style at all.
 */
function serializationChanges(base: NParameter, rev: NParameter, graphs: { base: SchemaGraph; rev: SchemaGraph }): string[] {
  const out: string[] = [];
  const structured = (p: NParameter, graph: SchemaGraph) => {
    if (p.contentType !== undefined || p.schema === undefined) return false;
    const types = graph.get(p.schema).types;
    return types !== undefined && (types.has('array') || types.has('object'));
  };
  if (structured(base, graphs.base) || structured(rev, graphs.rev)) {
    if (base.style !== rev.style) out.push(`style ${base.style} → ${rev.style}`);
    if (base.explode !== rev.explode) out.push(`explode ${base.explode} → ${rev.explode}`);
  }
  if (base.allowReserved !== rev.allowReserved) out.push(`allowReserved ${base.allowReserved} → ${rev.allowReserved}`);
  if (base.allowEmptyValue && !rev.allowEmptyValue) out.push('empty values no longer allowed');
  if (base.contentType !== rev.contentType) out.push(`content ${base.contentType ?? 'none'} → ${rev.contentType ?? 'none'}`);
  return out;
}
