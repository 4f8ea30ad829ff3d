/**
 * Where an OpenAPI document can carry its major version: server URLs (document, path-item and
 * operation level; Swagger 2.0 `basePath`) and paths. Each place is listed once with the `/v{N}`
 * segments it holds, and each served operation with the server places in force for it.
 */
import type { Contract } from '../../document/contract.js';
import { isObject } from '../../document/pointer.js';
import type { NodeLocation, ResolvedNode } from '../../document/source.js';
import type { OpenApiModel, Operation } from '../../model/index.js';
import { child, items, locationKey, member, rootNode, str } from '../../model/located.js';
import { serverUrlPath, versionSegments, type VersionSegment } from './versions.js';

export interface ServerSite {
  /** the `url` member (OAS3), `basePath` (OAS2), or the document root when there is neither */
  at: NodeLocation;
  url: string;
  segments: VersionSegment[];
  /** stands for the implicit server `/` of a document that declares none */
  implicit: boolean;
}

export interface PathSite {
  /** the path item under `paths` */
  at: NodeLocation;
  path: string;
  segments: VersionSegment[];
}

export interface OperationSites {
  operation: Operation;
  servers: ServerSite[];
  path: PathSite;
}

export interface VersionSites {
  servers: ServerSite[];
  paths: PathSite[];
  operations: OperationSites[];
}

const cache = new WeakMap<OpenApiModel, VersionSites>();

/** Memoized per model: version-major-in-url and version-single-major read the same places. */
export function versionSitesOf(contract: Contract, model: OpenApiModel): VersionSites {
  let sites = cache.get(model);
  if (sites === undefined) {
    sites = buildVersionSites(contract, model);
    cache.set(model, sites);
  }
  return sites;
}

function buildVersionSites(contract: Contract, model: OpenApiModel): VersionSites {
  const root = rootNode(contract);
  const serverSites = new Map<string, ServerSite>();
  const pathSites = new Map<string, PathSite>();
  const siteFor = (server: ResolvedNode): ServerSite | undefined => {
    const url = str(server, 'url');
    if (url === undefined) return undefined;
    const at = member(server, 'url')!;
    const key = locationKey(at);
    let site = serverSites.get(key);
    if (site === undefined) {
      const variables = isObject(server.value) ? server.value.variables : undefined;
      site = { at, url, segments: versionSegments(serverUrlPath(url, variables)), implicit: false };
      serverSites.set(key, site);
    }
    return site;
  };
  const serverList = (node: ResolvedNode | undefined): ServerSite[] =>
    items(contract, node).flatMap((server) => siteFor(server) ?? []);

  let documentServers: ServerSite[];
  if (contract.formatId === 'oas2') {
    const basePath = member(root, 'basePath');
    const url = typeof basePath?.value === 'string' ? basePath.value : '';
    documentServers = [{ at: basePath ?? root, url, segments: versionSegments(url), implicit: basePath === undefined }];
  } else {
    documentServers = serverList(child(contract, root, 'servers'));
    if (documentServers.length === 0) documentServers = [{ at: root, url: '/', segments: [], implicit: true }];
  }
  for (const site of documentServers) serverSites.set(locationKey(site.at) + (site.implicit ? '#implicit' : ''), site);

  const operations: OperationSites[] = [];
  for (const operation of model.operations) {
    if (operation.kind !== 'path') continue;
    let path = pathSites.get(operation.path);
    if (path === undefined) {
      path = { at: { source: contract, path: ['paths', operation.path] }, path: operation.path, segments: versionSegments(operation.path) };
      pathSites.set(operation.path, path);
    }
    let servers = contract.formatId === 'oas2' ? [] : serverList(child(contract, operation.node, 'servers'));
    if (servers.length === 0 && contract.formatId !== 'oas2') servers = serverList(child(contract, operation.pathItem, 'servers'));
    if (servers.length === 0) servers = documentServers;
    operations.push({ operation, servers, path });
  }
  return { servers: [...serverSites.values()], paths: [...pathSites.values()], operations };
}
