/**
 * security-https-only: traffic is encrypted in transit. OpenAPI 3: every server URL (document, path
 * item, operation; `{scheme}` variables by their values) is https (or wss). Swagger 2.0: `schemes` lists
 * https only (wss allowed). AsyncAPI: every server uses a TLS protocol, a TLS URL scheme, TLS bindings
 * or mutual TLS. Relative URLs inherit the document's origin; loopback hosts never leave the machine.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { isRef } from '../document/resolve.js';
import { getChild, isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf, type AsyncApiModel, type OpenApiModel } from '../model/index.js';
import { child, items, member, rootNode, str } from '../model/located.js';
import { isLoopback, transportOf, urlSchemeOf } from './lib/security.js';
import { listing, quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';

const SECURE = new Set(['https', 'wss']);

/** The schemes a server URL can take: its own, or every value of a leading `{variable}`. */
function urlSchemes(url: string, variables: unknown): string[] {
  const scheme = urlSchemeOf(url);
  if (scheme !== undefined) return [scheme];
  const leading = /^\{([^{}]+)\}:\/\//.exec(url);
  if (leading === null) return [];
  const variable = isObject(variables) ? variables[leading[1]!] : undefined;
  if (!isObject(variable)) return [];
  const values = [variable.default, ...(Array.isArray(variable.enum) ? variable.enum : [])];
  return [...new Set(values.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase()))];
}

function checkOas3(contract: Contract, model: OpenApiModel, list: ViolationList): void {
  const lists = [child(contract, rootNode(contract), 'servers')];
  for (const operation of model.operations) lists.push(child(contract, operation.pathItem, 'servers'), child(contract, operation.node, 'servers'));
  for (const server of lists.flatMap((l) => items(contract, l))) {
    const url = str(server, 'url');
    if (url === undefined || !list.firstVisit(server) || isLoopback(url)) continue;
    const insecure = urlSchemes(url, getChild(server.value, 'variables')).filter((s) => !SECURE.has(s));
    if (insecure.length > 0) list.add(member(server, 'url')!, `server URL ${quote(url)} allows ${listing(insecure)}; serve the API over https only`);
  }
}

function checkSchemes(node: ResolvedNode | undefined, list: ViolationList): void {
  if (node === undefined || !Array.isArray(node.value)) return;
  const insecure = node.value.filter((s) => typeof s !== 'string' || !SECURE.has(s.toLowerCase()));
  if (insecure.length > 0) list.add(node, `schemes lists ${listing(insecure.map(String))}; use [https] only`);
}

function checkOas2(contract: Contract, model: OpenApiModel, list: ViolationList): void {
  const root = rootNode(contract);
  const host = str(root, 'host');
  if (host !== undefined && isLoopback(host)) return;
  const schemes = member(root, 'schemes');
  // with no host, the API is served from wherever the document is, like a relative OpenAPI 3 server
  if (schemes === undefined && host !== undefined) list.add(root, 'no schemes declared, so clients use whatever scheme served the document; declare schemes: [https]');
  checkSchemes(schemes, list);
  for (const operation of model.operations) checkSchemes(member(operation.node, 'schemes'), list);
}

function checkAsyncApi(contract: Contract, model: AsyncApiModel, dictionary: CanonicalDictionary, list: ViolationList): void {
  for (const server of model.servers) {
    if (isRef(server.node.value)) continue; // unresolvable: structure-ref-resolvable reports it
    const verdict = transportOf(contract, server, dictionary);
    if (!verdict.tls) {
      list.add(member(server.node, 'protocol') ?? server.node, `server ${quote(server.name, 30)} ${verdict.reason}; use kafka-secure, amqps, mqtts, wss or https, or declare TLS in its bindings`);
    }
  }
}

export function checkTlsOnly(contract: Contract, model: OpenApiModel | AsyncApiModel, dictionary: CanonicalDictionary): Violation[] {
  const list = new ViolationList();
  if (model.kind === 'asyncapi') checkAsyncApi(contract, model, dictionary, list);
  else if (contract.formatId === 'oas2') checkOas2(contract, model, list);
  else checkOas3(contract, model, list);
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function tlsOnly(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  return reportViolations(fnContext, checkTlsOnly(contract, modelOf(contract), canonicalOf(fnContext)));
});
