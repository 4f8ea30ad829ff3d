/**
 * Swagger 2.0 and OpenAPI 3.0/3.1/3.2 in one shape for the diff, built from the shared contract model.
 *
 * Operations are keyed by method and path *shape* (`/orders/{orderId}` and `/orders/{id}` are the
 * same operation), parameters by `in` + name (header names case-insensitive; path parameters by their
 * position in the template), bodies and responses per status and media type. Swagger 2.0 `formData`
 * parameters become a form body and `collectionFormat` becomes `style`/`explode`, so a 2.0 contract
 * and its 3.0 migration normalize to the same thing.
 */
import type { Contract } from '../../document/contract.js';
import { getChild, isObject } from '../../document/pointer.js';
import type { NodeLocation, ResolvedNode } from '../../document/source.js';
import { openApiModelOf, type Operation } from '../../model/index.js';
import { child, entries, member, str } from '../../model/located.js';
import { SchemaGraph } from './schema.js';

export interface NMedia {
  mediaType: string;
  schema: number | undefined;
  node: ResolvedNode | undefined;
  /** where the schema is written */
  schemaAt: ResolvedNode | undefined;
}

export interface NParameter {
  key: string;
  name: string;
  in: string;
  required: boolean;
  deprecated: boolean;
  sunset: string | undefined;
  style: string;
  explode: boolean;
  allowReserved: boolean;
  allowEmptyValue: boolean;
  /** media type when the parameter is described with `content` instead of `schema` */
  contentType: string | undefined;
  schema: number | undefined;
  node: ResolvedNode;
}

export interface NRequestBody {
  node: ResolvedNode | undefined;
  required: boolean;
  content: Map<string, NMedia>;
}

export interface NHeader {
  name: string;
  required: boolean;
  deprecated: boolean;
  schema: number | undefined;
  node: ResolvedNode;
}

export interface NResponse {
  status: string;
  node: ResolvedNode;
  content: Map<string, NMedia>;
  headers: Map<string, NHeader>;
}

/** One way to satisfy security: every scheme in the map, each with at least these scopes. */
export type SecurityAlternative = Map<string, Set<string>>;

export interface NSecurity {
  /** any one alternative suffices; an empty alternative means anonymous access */
  alternatives: SecurityAlternative[];
  at: NodeLocation | undefined;
}

export interface HttpOperation {
  key: string;
  /** `POST /orders/{orderId}`, `webhook orderShipped POST`, `callback … POST` */
  label: string;
  kind: 'path' | 'webhook' | 'callback';
  method: string;
  path: string;
  node: ResolvedNode;
  operationId: string | undefined;
  deprecated: boolean;
  sunset: string | undefined;
  /** `x-stability-level`: draft, alpha, beta or stable */
  stability: string | undefined;
  parameters: Map<string, NParameter>;
  requestBody: NRequestBody | undefined;
  responses: Map<string, NResponse>;
  security: NSecurity;
  servers: string[];
}

export interface NOAuthFlow {
  authorizationUrl: string | undefined;
  tokenUrl: string | undefined;
  refreshUrl: string | undefined;
  scopes: Set<string>;
}

export interface NSecurityScheme {
  name: string;
  type: string;
  in: string | undefined;
  paramName: string | undefined;
  scheme: string | undefined;
  bearerFormat: string | undefined;
  openIdConnectUrl: string | undefined;
  flows: Map<string, NOAuthFlow>;
  node: ResolvedNode;
}

export interface HttpApi {
  kind: 'http';
  contract: Contract;
  graph: SchemaGraph;
  info: ResolvedNode | undefined;
  version: string | undefined;
  operations: Map<string, HttpOperation>;
  securitySchemes: Map<string, NSecurityScheme>;
  servers: Array<{ url: string; node: ResolvedNode }>;
}

export function normalizeOpenApi(contract: Contract): HttpApi {
  const model = openApiModelOf(contract)!;
  const graph = new SchemaGraph(contract, model.schemas);
  const isOas2 = contract.formatId === 'oas2';
  const operations = new Map<string, HttpOperation>();
  const keyOf = new Map<Operation, string>();
  for (const operation of model.operations) {
    const key = operationKey(operation, keyOf);
    keyOf.set(operation, key);
    if (operations.has(key)) continue; // two path templates of one shape: the first wins, as routers do
    operations.set(key, normalizeOperation(contract, graph, operation, key, isOas2));
  }
  const securitySchemes = new Map<string, NSecurityScheme>();
  for (const scheme of model.securitySchemes) securitySchemes.set(scheme.name, normalizeScheme(scheme.name, scheme.node, isOas2));
  return {
    kind: 'http',
    contract,
    graph,
    info: model.info,
    version: str(model.info, 'version'),
    operations,
    securitySchemes,
    servers: model.servers.map((s) => ({ url: trimSlash(s.url), node: s.node })),
  };
}

/** `/orders/{orderId}/lines/{lineNo}` → `/orders/{}/lines/{}`. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}/]*\}/g, '{}');
}

function operationKey(operation: Operation, keyOf: Map<Operation, string>): string {
  const method = operation.method.toUpperCase();
  if (operation.kind === 'webhook') return `webhook ${operation.path} ${method}`;
  if (operation.kind === 'callback') {
    const parent = operation.parent !== undefined ? keyOf.get(operation.parent) ?? '' : '';
    return `callback ${parent} ${operation.path} ${method}`;
  }
  return `${method} ${pathShape(operation.path)}`;
}

function labelOf(operation: Operation): string {
  const method = operation.method.toUpperCase();
  if (operation.kind === 'webhook') return `webhook ${operation.path} ${method}`;
  if (operation.kind === 'callback') {
    const parent = operation.parent !== undefined ? `${operation.parent.method.toUpperCase()} ${operation.parent.path}` : '';
    return `callback ${operation.path} ${method} (of ${parent})`;
  }
  return `${method} ${operation.path}`;
}

function normalizeOperation(contract: Contract, graph: SchemaGraph, operation: Operation, key: string, isOas2: boolean): HttpOperation {
  const pathNames = [...operation.path.matchAll(/\{([^}/]*)\}/g)].map((m) => m[1]!);
  const parameters = new Map<string, NParameter>();
  const formData: NParameter[] = [];
  for (const parameter of operation.parameters) {
    const normalized = normalizeParameter(contract, graph, parameter.node, parameter.name, parameter.in, parameter.required, pathNames, isOas2);
    if (parameter.in === 'formData') formData.push(normalized);
    else parameters.set(normalized.key, normalized);
  }
  let requestBody: NRequestBody | undefined;
  if (formData.length > 0) requestBody = formBody(graph, operation, key, formData);
  else if (operation.requestBody !== undefined) {
    requestBody = {
      node: operation.requestBody.node,
      // Swagger 2.0 body parameters declare `required` on the parameter; the model reads it there
      required: operation.requestBody.required,
      content: mediaMap(graph, operation.requestBody.content),
    };
  }
  const responses = new Map<string, NResponse>();
  for (const response of operation.responses) {
    const headers = new Map<string, NHeader>();
    for (const header of response.headers) {
      headers.set(header.name.toLowerCase(), {
        name: header.name,
        required: header.required,
        deprecated: getChild(header.node.value, 'deprecated') === true,
        schema: header.schema !== undefined ? graph.idOf(header.schema) : undefined,
        node: header.node,
      });
    }
    responses.set(response.status.toUpperCase(), { status: response.status, node: response.node, content: mediaMap(graph, response.content), headers });
  }
  const sunset = getChild(operation.node.value, 'x-sunset');
  const stability = getChild(operation.node.value, 'x-stability-level');
  return {
    key,
    label: labelOf(operation),
    kind: operation.kind,
    method: operation.method,
    path: operation.path,
    node: operation.node,
    operationId: operation.operationId,
    deprecated: operation.deprecated,
    sunset: typeof sunset === 'string' ? sunset : undefined,
    stability: typeof stability === 'string' ? stability.toLowerCase() : undefined,
    parameters,
    requestBody,
    responses,
    security: {
      alternatives: operation.security.requirements.length === 0 ? [new Map()] : operation.security.requirements.map(toAlternative),
      at: operation.security.declaredAt,
    },
    servers: operation.servers.map(trimSlash),
  };
}

function normalizeParameter(contract: Contract, graph: SchemaGraph, node: ResolvedNode, name: string, location: string, required: boolean, pathNames: string[], isOas2: boolean): NParameter {
  const v = node.value as Record<string, unknown>;
  const index = location === 'path' ? pathNames.indexOf(name) : -1;
  const key = location === 'path' ? (index >= 0 ? `path:{${index}}` : `path:${name}`) : `${location}:${location === 'header' ? name.toLowerCase() : name}`;
  let schemaNode = isOas2 ? node : child(contract, node, 'schema');
  let contentType: string | undefined;
  const content = child(contract, node, 'content');
  if (schemaNode === undefined && content !== undefined) {
    const [first] = entries(contract, content);
    if (first !== undefined) {
      contentType = first[0].toLowerCase();
      schemaNode = child(contract, first[1], 'schema');
    }
  }
  const { style, explode } = isOas2 ? oas2Serialization(v, location) : oas3Serialization(v, location);
  const sunset = v['x-sunset'];
  return {
    key,
    name,
    in: location,
    // path parameters are always required, whatever the document says
    required: location === 'path' || required,
    deprecated: v.deprecated === true,
    sunset: typeof sunset === 'string' ? sunset : undefined,
    style,
    explode,
    allowReserved: v.allowReserved === true,
    allowEmptyValue: v.allowEmptyValue === true,
    contentType,
    schema: schemaNode !== undefined ? graph.idOf(schemaNode) : undefined,
    node,
  };
}

function oas3Serialization(v: Record<string, unknown>, location: string): { style: string; explode: boolean } {
  const style = typeof v.style === 'string' ? v.style : location === 'query' || location === 'cookie' ? 'form' : 'simple';
  const explode = typeof v.explode === 'boolean' ? v.explode : style === 'form';
  return { style, explode };
}

/** Swagger 2.0 `collectionFormat` in 3.x terms. */
function oas2Serialization(v: Record<string, unknown>, location: string): { style: string; explode: boolean } {
  const simple = location === 'query' || location === 'formData' ? 'form' : 'simple';
  switch (v.collectionFormat) {
    case 'multi':
      return { style: 'form', explode: true };
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    case 'tsv':
      return { style: 'tabDelimited', explode: false };
    default:
      // csv, the default: comma-separated in one value
      return { style: simple, explode: v.type === 'array' ? false : simple === 'form' };
  }
}

/** Swagger 2.0 `formData` parameters are one form body in OpenAPI 3. */
function formBody(graph: SchemaGraph, operation: Operation, key: string, params: NParameter[]): NRequestBody {
  const consumes = stringList(getChild(operation.node.value, 'consumes'));
  const rootConsumes = stringList(getChild(graph.contract.data, 'consumes'));
  const hasFile = params.some((p) => getChild(p.node.value, 'type') === 'file');
  const declared = (consumes.length > 0 ? consumes : rootConsumes).filter((m) => /form/i.test(m));
  const mediaTypes = declared.length > 0 ? declared : [hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded'];
  const schema = graph.synthetic({
    key: `form:${key}`,
    at: params[0]!.node,
    properties: params.map((p) => ({ name: p.name, schema: p.schema ?? graph.any(), at: p.node, required: p.required, deprecated: p.deprecated })),
  });
  const content = new Map<string, NMedia>();
  for (const mediaType of mediaTypes) content.set(mediaType.toLowerCase(), { mediaType, schema, node: undefined, schemaAt: params[0]!.node });
  return { node: params[0]!.node, required: params.some((p) => p.required), content };
}

function mediaMap(graph: SchemaGraph, content: ReadonlyArray<{ mediaType: string; node: ResolvedNode | undefined; schema: ResolvedNode | undefined }>): Map<string, NMedia> {
  const out = new Map<string, NMedia>();
  for (const media of content) {
    const key = media.mediaType.toLowerCase().replace(/\s+/g, '');
    out.set(key, {
      mediaType: media.mediaType,
      schema: media.schema !== undefined ? graph.idOf(media.schema) : undefined,
      node: media.node,
      schemaAt: media.schema ?? (media.node !== undefined ? member(media.node, 'schema') : undefined),
    });
  }
  return out;
}

function toAlternative(requirement: Record<string, string[]>): SecurityAlternative {
  const out: SecurityAlternative = new Map();
  for (const name of Object.keys(requirement)) out.set(name, new Set(requirement[name]));
  return out;
}

const OAS2_FLOWS: Readonly<Record<string, string>> = { implicit: 'implicit', password: 'password', application: 'clientCredentials', accessCode: 'authorizationCode' };

function normalizeScheme(name: string, node: ResolvedNode, isOas2: boolean): NSecurityScheme {
  const v = isObject(node.value) ? node.value : {};
  const flows = new Map<string, NOAuthFlow>();
  let type = typeof v.type === 'string' ? v.type : 'unknown';
  let scheme = typeof v.scheme === 'string' ? v.scheme.toLowerCase() : undefined;
  if (isOas2 && type === 'basic') {
    type = 'http';
    scheme = 'basic';
  }
  if (type === 'oauth2') {
    if (isOas2 && typeof v.flow === 'string') {
      flows.set(OAS2_FLOWS[v.flow] ?? v.flow, flowOf(v));
    } else if (isObject(v.flows)) {
      for (const [flowName, flow] of Object.entries(v.flows)) if (isObject(flow)) flows.set(flowName, flowOf(flow));
    }
  }
  return {
    name,
    type,
    in: typeof v.in === 'string' ? v.in : undefined,
    paramName: typeof v.name === 'string' ? (v.in === 'header' ? v.name.toLowerCase() : v.name) : undefined,
    scheme,
    bearerFormat: typeof v.bearerFormat === 'string' ? v.bearerFormat : undefined,
    openIdConnectUrl: typeof v.openIdConnectUrl === 'string' ? v.openIdConnectUrl : undefined,
    flows,
    node,
  };
}

function flowOf(v: Record<string, unknown>): NOAuthFlow {
  return {
    authorizationUrl: typeof v.authorizationUrl === 'string' ? v.authorizationUrl : undefined,
    tokenUrl: typeof v.tokenUrl === 'string' ? v.tokenUrl : undefined,
    refreshUrl: typeof v.refreshUrl === 'string' ? v.refreshUrl : undefined,
    scopes: new Set(isObject(v.scopes) ? Object.keys(v.scopes) : []),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function trimSlash(url: string): string {
  return url.length > 1 && url.endsWith('/') ? url.slice(0, -1) : url;
}

