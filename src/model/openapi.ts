/**
 * One view of Swagger 2.0 and OpenAPI 3.x: operations with their effective parameters, request body,
 * responses, security and servers. Swagger 2.0 is mapped onto the 3.x shapes (`produces`/`consumes`
 * become media types, `in: body` the request body, `host`+`basePath`+`schemes` the servers). Every
 * node keeps the location where it is defined, so rules report there.
 */
import type { Contract } from '../document/contract.js';
import { isObject } from '../document/pointer.js';
import type { NodeLocation, ResolvedNode } from '../document/source.js';
import { child, entries, items, member, rootNode, str, stringList } from './located.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type OperationKind = 'path' | 'webhook' | 'callback';

export interface Parameter {
  name: string;
  in: string;
  required: boolean;
  /** the parameter object (after `$ref`) */
  node: ResolvedNode;
  /** its schema; for Swagger 2.0 non-body parameters the parameter itself is the schema */
  schema: ResolvedNode | undefined;
}

export interface MediaType {
  /** '' when a Swagger 2.0 operation declares no produces/consumes at all */
  mediaType: string;
  node: ResolvedNode | undefined;
  schema: ResolvedNode | undefined;
}

export interface Header {
  name: string;
  required: boolean;
  node: ResolvedNode;
  schema: ResolvedNode | undefined;
}

export interface Response {
  status: string;
  node: ResolvedNode;
  content: MediaType[];
  headers: Header[];
}

export interface RequestBody {
  node: ResolvedNode;
  required: boolean;
  content: MediaType[];
}

export interface SecurityUse {
  /** the requirements in force: the operation's own, or the document's */
  requirements: Array<Record<string, string[]>>;
  /** where they are declared (undefined when neither declares any) */
  declaredAt: NodeLocation | undefined;
  /** true when the operation declares its own `security` */
  own: boolean;
}

export interface Operation {
  kind: OperationKind;
  method: HttpMethod;
  /** path template as written (webhook name for webhooks, runtime expression for callbacks) */
  path: string;
  node: ResolvedNode;
  pathItem: ResolvedNode;
  operationId: string | undefined;
  summary: string | undefined;
  deprecated: boolean;
  tags: string[];
  parameters: Parameter[];
  requestBody: RequestBody | undefined;
  responses: Response[];
  security: SecurityUse;
  /** server URLs in force for this operation */
  servers: string[];
  /** callback operations: the operation that declares them */
  parent?: Operation;
}

export interface SecurityScheme {
  name: string;
  node: ResolvedNode;
  type: string | undefined;
}

export interface OpenApiModel {
  kind: 'openapi';
  contract: Contract;
  info: ResolvedNode | undefined;
  /** document-level server URLs (OAS2: from schemes, host and basePath) */
  servers: Array<{ url: string; node: ResolvedNode }>;
  operations: Operation[];
  securitySchemes: SecurityScheme[];
  /** components.schemas (OAS3) or definitions (OAS2) */
  schemas: Array<[string, ResolvedNode]>;
}

export function buildOpenApiModel(contract: Contract): OpenApiModel {
  const root = rootNode(contract);
  const isOas2 = contract.formatId === 'oas2';
  const servers = isOas2 ? oas2Servers(root) : oas3Servers(contract, child(contract, root, 'servers'));
  const rootSecurity = member(root, 'security');
  const context: OperationContext = {
    contract,
    isOas2,
    rootSecurity,
    rootConsumes: stringList(root, 'consumes'),
    rootProduces: stringList(root, 'produces'),
    rootServers: servers.map((s) => s.url),
  };
  const operations: Operation[] = [];
  for (const [path, pathItem] of entries(contract, child(contract, root, 'paths'), { skipExtensions: true })) {
    operations.push(...pathOperations(context, 'path', path, pathItem));
  }
  for (const [name, pathItem] of entries(contract, child(contract, root, 'webhooks'), { skipExtensions: true })) {
    operations.push(...pathOperations(context, 'webhook', name, pathItem));
  }
  const components = child(contract, root, 'components');
  const schemes = isOas2 ? child(contract, root, 'securityDefinitions') : child(contract, components, 'securitySchemes');
  return {
    kind: 'openapi',
    contract,
    info: child(contract, root, 'info'),
    servers,
    operations,
    securitySchemes: entries(contract, schemes).map(([name, node]) => ({ name, node, type: str(node, 'type') })),
    schemas: entries(contract, isOas2 ? child(contract, root, 'definitions') : child(contract, components, 'schemas')),
  };
}

interface OperationContext {
  contract: Contract;
  isOas2: boolean;
  rootSecurity: ResolvedNode | undefined;
  rootConsumes: string[];
  rootProduces: string[];
  rootServers: string[];
}

function pathOperations(context: OperationContext, kind: OperationKind, path: string, pathItem: ResolvedNode, parent?: Operation): Operation[] {
  const { contract } = context;
  if (!isObject(pathItem.value)) return [];
  const pathParameters = items(contract, child(contract, pathItem, 'parameters'));
  const pathServers = oas3Servers(contract, child(contract, pathItem, 'servers')).map((s) => s.url);
  const out: Operation[] = [];
  for (const method of HTTP_METHODS) {
    const node = member(pathItem, method);
    if (node === undefined || !isObject(node.value)) continue;
    const opServers = oas3Servers(contract, child(contract, node, 'servers')).map((s) => s.url);
    const parameters = mergeParameters(context, pathParameters, items(contract, child(contract, node, 'parameters')));
    const consumes = stringList(node, 'consumes');
    const produces = stringList(node, 'produces');
    const operation: Operation = {
      kind,
      method,
      path,
      node,
      pathItem,
      operationId: str(node, 'operationId'),
      summary: str(node, 'summary'),
      deprecated: node.value.deprecated === true,
      tags: stringList(node, 'tags'),
      parameters: parameters.filter((p) => p.in !== 'body'),
      requestBody: context.isOas2
        ? oas2RequestBody(parameters, consumes.length > 0 ? consumes : context.rootConsumes)
        : oas3RequestBody(contract, child(contract, node, 'requestBody')),
      responses: responses(context, child(contract, node, 'responses'), produces.length > 0 ? produces : context.rootProduces),
      security: effectiveSecurity(node, context.rootSecurity),
      servers: opServers.length > 0 ? opServers : pathServers.length > 0 ? pathServers : context.rootServers,
    };
    if (parent !== undefined) operation.parent = parent;
    out.push(operation);
    // callbacks may declare callbacks; a $ref loop among them must not recurse forever
    const depth = parentDepth(parent);
    for (const [, callback] of depth < 4 ? entries(contract, child(contract, node, 'callbacks')) : []) {
      for (const [expression, callbackPathItem] of entries(contract, callback, { skipExtensions: true })) {
        out.push(...pathOperations(context, 'callback', expression, callbackPathItem, operation));
      }
    }
  }
  return out;
}

function parentDepth(operation: Operation | undefined): number {
  let depth = 0;
  for (let o = operation; o !== undefined; o = o.parent) depth++;
  return depth;
}

function mergeParameters(context: OperationContext, pathLevel: ResolvedNode[], operationLevel: ResolvedNode[]): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const node of [...pathLevel, ...operationLevel]) {
    const name = str(node, 'name');
    const location = str(node, 'in');
    if (name === undefined || location === undefined) continue;
    const isOas2NonBody = context.isOas2 && location !== 'body';
    byKey.set(`${location}:${location === 'header' ? name.toLowerCase() : name}`, {
      name,
      in: location,
      required: (node.value as Record<string, unknown>).required === true,
      node,
      schema: isOas2NonBody ? node : child(context.contract, node, 'schema'),
    });
  }
  return [...byKey.values()];
}

function oas2RequestBody(parameters: Parameter[], consumes: string[]): RequestBody | undefined {
  const body = parameters.find((p) => p.in === 'body');
  if (body === undefined) return undefined;
  const mediaTypes = consumes.length > 0 ? consumes : [''];
  return {
    node: body.node,
    required: body.required,
    content: mediaTypes.map((mediaType) => ({ mediaType, node: undefined, schema: body.schema })),
  };
}

function oas3RequestBody(contract: Contract, node: ResolvedNode | undefined): RequestBody | undefined {
  if (node === undefined || !isObject(node.value)) return undefined;
  return { node, required: node.value.required === true, content: content(contract, child(contract, node, 'content')) };
}

function content(contract: Contract, node: ResolvedNode | undefined): MediaType[] {
  return entries(contract, node).map(([mediaType, mediaNode]) => ({ mediaType, node: mediaNode, schema: child(contract, mediaNode, 'schema') }));
}

function responses(context: OperationContext, node: ResolvedNode | undefined, produces: string[]): Response[] {
  const { contract } = context;
  return entries(contract, node, { skipExtensions: true }).map(([status, response]) => {
    const headers = entries(contract, child(contract, response, 'headers')).map(([name, header]) => ({
      name,
      required: isObject(header.value) && header.value.required === true,
      node: header,
      schema: context.isOas2 ? header : child(contract, header, 'schema'),
    }));
    let mediaTypes: MediaType[];
    if (context.isOas2) {
      const schema = child(contract, response, 'schema');
      mediaTypes = schema === undefined ? [] : (produces.length > 0 ? produces : ['']).map((mediaType) => ({ mediaType, node: undefined, schema }));
    } else mediaTypes = content(contract, child(contract, response, 'content'));
    return { status, node: response, content: mediaTypes, headers };
  });
}

function effectiveSecurity(operation: ResolvedNode, rootSecurity: ResolvedNode | undefined): SecurityUse {
  const own = member(operation, 'security');
  const declared = own ?? rootSecurity;
  const requirements = declared !== undefined && Array.isArray(declared.value) ? declared.value.filter(isObject).map(toRequirement) : [];
  return { requirements, declaredAt: declared, own: own !== undefined };
}

function toRequirement(value: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, scopes] of Object.entries(value)) out[name] = Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [];
  return out;
}

function oas3Servers(contract: Contract, node: ResolvedNode | undefined): Array<{ url: string; node: ResolvedNode }> {
  return items(contract, node).flatMap((server) => {
    const url = str(server, 'url');
    return url === undefined ? [] : [{ url, node: server }];
  });
}

function oas2Servers(root: ResolvedNode): Array<{ url: string; node: ResolvedNode }> {
  const host = str(root, 'host');
  const basePath = str(root, 'basePath') ?? '';
  const schemes = stringList(root, 'schemes');
  const at = member(root, 'basePath') ?? member(root, 'host') ?? root;
  if (host === undefined) return basePath === '' ? [] : [{ url: basePath, node: at }];
  return (schemes.length > 0 ? schemes : ['https']).map((scheme) => ({ url: `${scheme}://${host}${basePath}`, node: at }));
}

