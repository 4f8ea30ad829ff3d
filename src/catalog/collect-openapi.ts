/** Collection from Swagger 2.0 / OpenAPI 3.x: operations, routes, id parameters, resource entities. */
import type { Contract } from '../document/contract.js';
import { getChild } from '../document/pointer.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { OpenApiModel, Operation } from '../model/index.js';
import { locationKey } from '../model/located.js';
import { dateText, deprecationOf, idFact, isDeprecatedNode, locationOf, stringAt } from './collect-common.js';
import type { EntityResolver } from './entities.js';
import type { EntityUse, IdFact, RouteFact } from './facts.js';
import type { DeprecationEntry, OperationEntry } from './types.js';

/** Methods that are idempotent by HTTP semantics (RFC 9110 §9.2.2), plus QUERY. */
const IDEMPOTENT_METHODS = new Set(['get', 'head', 'put', 'delete', 'options', 'trace', 'query']);
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
/** Query parameters that set a page size, and those that continue from a page. */
const PAGE_SIZE_PARAMS = new Set(['limit', 'pagesize', 'page_size', 'perpage', 'per_page', 'size', 'maxresults', 'max_results', 'top', 'first']);
const CONTINUATION_PARAMS = new Set(['cursor', 'pagetoken', 'page_token', 'nextpagetoken', 'offset', 'page', 'after', 'before', 'starting_after', 'startingafter', 'ending_before', 'continuation', 'continuationtoken', 'skip', 'since_id', 'marker', 'next']);
/** A POST whose last path segment or operationId starts with one of these reads rather than writes. */
const QUERY_VERBS = /^(search|query|find|lookup|list|get|calculate|quote|validate|preview|estimate|check|simulate|verify|count|export)(?![a-z])/;

export interface OpenApiCollection {
  operations: OperationEntry[];
  deprecations: DeprecationEntry[];
  routes: RouteFact[];
  ids: IdFact[];
  uses: EntityUse[];
  counts: { operations: number; responses: number; errorResponses: number; parameters: number; paths: number; deprecated: number };
}

export function collectOpenApi(contract: Contract, model: OpenApiModel, dictionary: CanonicalDictionary, resolver: EntityResolver): OpenApiCollection {
  const operations: OperationEntry[] = [];
  const deprecations: DeprecationEntry[] = [];
  const routes: RouteFact[] = [];
  const ids: IdFact[] = [];
  const uses: EntityUse[] = [];
  const seenParameters = new Set<string>();
  const paths = new Set<string>();
  let responses = 0;
  let errorResponses = 0;
  let deprecatedCount = 0;

  for (const op of model.operations) {
    responses += op.responses.length;
    errorResponses += op.responses.filter((r) => /^[45]/.test(r.status) || r.status === 'default').length;
    for (const parameter of op.parameters) {
      const key = locationKey(parameter.node);
      if (seenParameters.has(key)) continue;
      seenParameters.add(key);
      if (Object.prototype.hasOwnProperty.call(dictionary.ids, parameter.name)) ids.push(idFact(contract, parameter.name, 'parameter', parameter.node, parameter.schema));
      if (isDeprecatedNode(parameter.node.value)) {
        deprecatedCount++;
        deprecations.push(deprecationOf(contract, parameter.node, `parameter ${parameter.name} of ${op.method.toUpperCase()} ${op.path}`));
      }
    }
    if (op.kind === 'callback') continue;
    if (op.kind === 'path') paths.add(op.path);
    const entry: OperationEntry = {
      operationId: op.operationId ?? null,
      method: op.method.toUpperCase(),
      path: op.path,
      deprecated: op.deprecated,
      sunset: dateText(getChild(op.node.value, 'x-sunset')),
      security: securityNames(op),
      idempotent: IDEMPOTENT_METHODS.has(op.method) || op.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
      paginated: isPaginated(op),
    };
    if (op.kind === 'webhook') entry.kind = 'webhook';
    operations.push(entry);
    if (op.deprecated) {
      deprecatedCount++;
      deprecations.push(deprecationOf(contract, op.node, `${entry.method} ${op.path}`));
    }
    if (op.kind !== 'path') continue;
    const explicit = stringAt(op.node.value, 'x-entity') ?? stringAt(op.pathItem.value, 'x-entity');
    const entity = explicit !== null ? (resolver.entity(explicit) ?? explicit) : (resolver.entityOfPath(op.path) ?? null);
    const write = WRITE_METHODS.has(op.method) && !(op.method === 'post' && isQueryPost(op));
    const at = locationOf(op.node);
    if (entity !== null) uses.push({ entity, how: 'resource', write, ...at });
    const seenRoutes = new Set<string>();
    for (const server of op.servers.length > 0 ? op.servers : ['']) {
      const { host, base } = splitServer(server);
      const route = normalizeRoute(base + '/' + op.path);
      const key = `${host} ${route}`;
      if (seenRoutes.has(key)) continue;
      seenRoutes.add(key);
      routes.push({ method: op.method.toUpperCase(), path: op.path, host, route, operationId: op.operationId ?? null, entity, write, ...at });
    }
  }
  return {
    operations,
    deprecations,
    routes,
    ids,
    uses,
    counts: { operations: model.operations.length, responses, errorResponses, parameters: seenParameters.size, paths: paths.size, deprecated: deprecatedCount },
  };
}

function securityNames(op: Operation): string[] {
  const names = new Set<string>();
  for (const requirement of op.security.requirements) for (const name of Object.keys(requirement)) names.add(name);
  return [...names].sort();
}

function isPaginated(op: Operation): boolean {
  const names = op.parameters.filter((p) => p.in === 'query').map((p) => p.name.toLowerCase());
  return names.some((n) => PAGE_SIZE_PARAMS.has(n)) && names.some((n) => CONTINUATION_PARAMS.has(n));
}

function isQueryPost(op: Operation): boolean {
  const segments = op.path.split('/').filter((s) => s !== '' && !/^\{.*\}$/.test(s));
  const last = (segments[segments.length - 1] ?? '').toLowerCase().replace(/^[^a-z]+/, '');
  // `/orders:search` (AIP-136 custom methods) and `/orders/search`
  const custom = /:([a-z]+)$/i.exec(op.path)?.[1]?.toLowerCase();
  return QUERY_VERBS.test(custom ?? last) || QUERY_VERBS.test(op.operationId ?? '');
}

/** `https://API.example.com:443/v1/` → host `api.example.com:443`, base `/v1`. */
export function splitServer(url: string): { host: string; base: string } {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)([^?#]*)/i.exec(url.trim());
  if (m === null) return { host: '', base: url.trim().replace(/[?#].*$/, '') };
  return { host: m[1]!.toLowerCase().replace(/\{[^}]*\}/g, '{}'), base: m[2]! };
}

/** Full path with `{param}` → `{}`, single slashes, no trailing slash. */
export function normalizeRoute(raw: string): string {
  const route = ('/' + raw)
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\/{2,}/g, '/')
    .replace(/\/$/, '');
  return route === '' ? '/' : route;
}
