/**
 * Security facts the security- rules share: which AsyncAPI schemes a server or operation uses (2.x
 * lists requirement maps by scheme name, 3.0 lists scheme objects or `$ref`s to them), whether a list
 * of requirements actually demands something, and whether a server's transport is TLS.
 */
import type { Contract } from '../../document/contract.js';
import { getChild, isObject } from '../../document/pointer.js';
import type { ResolvedNode } from '../../document/source.js';
import type { CanonicalDictionary } from '../../lint/canonical.js';
import type { AsyncApiModel, Server } from '../../model/index.js';
import { child, entries, items, locationKey, rootNode, str } from '../../model/located.js';
import { dictionaryList } from './dictionary.js';

export interface SchemeRef {
  /** the name under components.securitySchemes, or undefined for a scheme declared inline */
  name: string | undefined;
  node: ResolvedNode;
  type: string | undefined;
}

function schemeFrom(node: ResolvedNode, name?: string): SchemeRef {
  const path = node.path;
  const componentName = path.length === 3 && path[0] === 'components' && path[1] === 'securitySchemes' ? path[2] : undefined;
  return { name: name ?? componentName, node, type: str(node, 'type') };
}

function componentSchemes(contract: Contract): Map<string, ResolvedNode> {
  return new Map(entries(contract, child(contract, child(contract, rootNode(contract), 'components'), 'securitySchemes')));
}

/**
 * The schemes a security list names. AsyncAPI 2.x: `[{scheme: [scopes]}]`; 3.0: `[scheme | $ref]`.
 * Empty requirement maps (`{}`, "no security") name nothing.
 */
export function schemesOf(contract: Contract, list: ResolvedNode | undefined): SchemeRef[] {
  const out: SchemeRef[] = [];
  const components = contract.formatId === 'asyncapi2' ? componentSchemes(contract) : undefined;
  for (const entry of items(contract, list)) {
    if (!isObject(entry.value)) continue;
    if (components !== undefined) {
      for (const name of Object.keys(entry.value)) {
        const node = components.get(name);
        if (node !== undefined) out.push(schemeFrom(node, name));
      }
    } else if (typeof entry.value.type === 'string') out.push(schemeFrom(entry));
  }
  return out;
}

/** Does a security list demand at least one scheme, with no "anonymous" (`{}`) alternative? */
export function demandsSecurity(contract: Contract, list: ResolvedNode | undefined): boolean {
  const entries = items(contract, list);
  if (entries.length === 0) return false;
  return entries.every((entry) => isObject(entry.value) && Object.keys(entry.value).length > 0);
}

/** Every AsyncAPI security scheme: components.securitySchemes plus 3.0 schemes written inline. */
export function asyncSchemes(contract: Contract, model: AsyncApiModel): SchemeRef[] {
  const seen = new Set<string>();
  const out: SchemeRef[] = [];
  const add = (scheme: SchemeRef) => {
    const key = locationKey(scheme.node);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(scheme);
  };
  for (const [name, node] of componentSchemes(contract)) add(schemeFrom(node, name));
  for (const server of model.servers) for (const scheme of schemesOf(contract, server.security)) add(scheme);
  for (const operation of model.operations) for (const scheme of schemesOf(contract, operation.security)) add(scheme);
  return out;
}

/** Servers whose security names this scheme. */
export function serversUsing(contract: Contract, model: AsyncApiModel, scheme: SchemeRef): Server[] {
  const key = locationKey(scheme.node);
  return model.servers.filter((server) => schemesOf(contract, server.security).some((s) => locationKey(s.node) === key));
}

/** Servers an operation's channel is available on (all servers when the channel names none). */
export function serversOfChannel(model: AsyncApiModel, channelServers: string[]): Server[] {
  if (channelServers.length === 0) return model.servers;
  return model.servers.filter((s) => channelServers.includes(s.name));
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/i;

/** The host of a URL or `host:port`, lower-cased; `{variables}` stay as written. */
export function hostOf(url: string): string {
  const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '');
  const authority = withoutScheme.split(/[/?#]/)[0]!.replace(/^[^@]*@/, '');
  const host = authority.startsWith('[') ? authority.slice(0, authority.indexOf(']') + 1) : authority.split(':')[0]!;
  return host.toLowerCase();
}

/** Traffic to the local machine never crosses a network: a `http://localhost` dev server is no leak. */
export function isLoopback(url: string): boolean {
  return LOOPBACK.test(hostOf(url));
}

/** The URL scheme of `mqtts://host` (lower-case), or undefined for `host:port`. */
export function urlSchemeOf(url: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
  return match === null ? undefined : match[1]!.toLowerCase();
}

const TLS_VALUE = /^(true|yes|required|enabled|on)$|ssl|tls/i;

/** Members that say a connection is TLS: `tls: true`, `x-security.protocol: SASL_SSL`, IBM MQ `cipherSpec`. */
function saysTls(value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const [key, member] of Object.entries(value)) {
    const name = key.toLowerCase().replace(/^x-/, '');
    if (name === 'cipherspec' && typeof member === 'string' && member !== '') return true;
    if (/(^|[._-])(tls|ssl)$/.test(name) && (member === true || (typeof member === 'string' && TLS_VALUE.test(member)))) return true;
    if (/security\.?protocol$/.test(name) && typeof member === 'string' && /ssl|tls/i.test(member)) return true;
  }
  return false;
}

/** TLS declared in a server's bindings, or in the Kafka client settings of its security schemes (Adeo's `x-security.protocol`). */
function declaresTls(contract: Contract, server: Server): boolean {
  for (const [, binding] of entries(contract, child(contract, server.node, 'bindings'))) if (saysTls(binding.value)) return true;
  return schemesOf(contract, server.security).some((scheme) => saysTls(scheme.node.value));
}

export type TransportVerdict = { tls: true } | { tls: false; reason: string };

/** Is a server's transport encrypted? Protocol, URL scheme, bindings or scheme settings, or mutual TLS (X509). */
export function transportOf(contract: Contract, server: Server, dictionary: CanonicalDictionary): TransportVerdict {
  const protocols = new Set(dictionaryList(dictionary, ['security', 'tlsProtocols']).map((p) => p.toLowerCase()));
  const protocol = server.protocol?.toLowerCase();
  if (protocol !== undefined && protocols.has(protocol)) return { tls: true };
  const scheme = urlSchemeOf(server.url);
  if (scheme !== undefined && (protocols.has(scheme) || dictionaryList(dictionary, ['security', 'tlsUrlSchemes']).includes(scheme))) return { tls: true };
  if (declaresTls(contract, server)) return { tls: true };
  if (schemesOf(contract, server.security).some((s) => s.type?.toLowerCase() === 'x509')) return { tls: true };
  if (isLoopback(server.url)) return { tls: true };
  return { tls: false, reason: protocol === undefined ? 'declares no protocol' : `uses ${protocol}, not a TLS protocol` };
}

/** `x-public: true` with a non-empty `x-public-reason`, on the node or the one above it. */
export function publicWaiver(...nodes: Array<ResolvedNode | undefined>): 'waived' | 'no-reason' | 'none' {
  for (const node of nodes) {
    if (node === undefined || getChild(node.value, 'x-public') !== true) continue;
    const reason = getChild(node.value, 'x-public-reason');
    return typeof reason === 'string' && reason.trim() !== '' ? 'waived' : 'no-reason';
  }
  return 'none';
}
