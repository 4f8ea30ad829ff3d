/**
 * AsyncAPI 2.x and 3.0 in one shape for the diff, built from the shared contract model: channels by
 * address (parameter names normalized like path templates), operations by direction (2.x `subscribe`
 * = the application sends, `publish` = it receives; 3.0 `action`), messages with payload, headers
 * (message and trait headers merged), content type, Kafka key, CloudEvents `type` and binding keys.
 */
import type { Contract } from '../../document/contract.js';
import { getChild, isObject } from '../../document/pointer.js';
import type { NodeLocation, ResolvedNode } from '../../document/source.js';
import { asyncApiModelOf, type Channel, type EventOperation, type Message } from '../../model/index.js';
import { child, entries, rootNode, str } from '../../model/located.js';
import type { NSecurityScheme, SecurityAlternative } from './openapi.js';
import { canonicalJson, SchemaGraph } from './schema.js';

export interface NChannel {
  /** address with parameter names blanked: `stores.{}.stock` */
  shape: string;
  address: string;
  /** the key under `channels` (3.0 keys are ids, 2.x keys are addresses) */
  key: string;
  node: ResolvedNode;
  bindings: Map<string, string>;
}

export interface NMessage {
  /** how messages are matched across versions: name, else messageId, else CloudEvents type */
  key: string;
  name: string | undefined;
  node: ResolvedNode;
  contentType: string | undefined;
  payload: number | undefined;
  payloadAt: ResolvedNode | undefined;
  headers: number | undefined;
  headersAt: ResolvedNode | undefined;
  /** Kafka message key schema (`bindings.kafka.key`) */
  kafkaKey: number | undefined;
  kafkaKeyAt: ResolvedNode | undefined;
  /** `x-partition-key` / `x-message-key`: the property that keys the message */
  partitionKey: string | undefined;
  /** CloudEvents `type` when the envelope fixes it with const/enum */
  cloudEventsType: string | undefined;
  cloudEventsTypeAt: ResolvedNode | undefined;
  bindings: Map<string, string>;
  deprecated: boolean;
}

export interface NEventOperation {
  key: string;
  /** `SEND orders.placed` */
  label: string;
  id: string | undefined;
  action: 'send' | 'receive';
  channel: NChannel;
  node: ResolvedNode;
  messages: NMessage[];
  security: { alternatives: SecurityAlternative[]; at: NodeLocation | undefined };
  deprecated: boolean;
  sunset: string | undefined;
  /** `x-stability-level`: draft, alpha, beta or stable */
  stability: string | undefined;
  bindings: Map<string, string>;
}

export interface NServer {
  name: string;
  url: string;
  protocol: string | undefined;
  node: ResolvedNode;
  /** what connecting to the server requires */
  security: { alternatives: SecurityAlternative[]; at: NodeLocation | undefined };
}

export interface EventApi {
  kind: 'event';
  contract: Contract;
  graph: SchemaGraph;
  info: ResolvedNode | undefined;
  version: string | undefined;
  channels: Map<string, NChannel>;
  operations: Map<string, NEventOperation>;
  servers: Map<string, NServer>;
  securitySchemes: Map<string, NSecurityScheme>;
}

export function normalizeAsyncApi(contract: Contract): EventApi {
  const model = asyncApiModelOf(contract)!;
  const graph = new SchemaGraph(contract, model.schemas);
  const defaultContentType = str(rootNode(contract), 'defaultContentType');
  const channels = new Map<string, NChannel>();
  const channelOf = new Map<Channel, NChannel>();
  for (const channel of model.channels) {
    const normalized = normalizeChannel(channel);
    channelOf.set(channel, normalized);
    if (!channels.has(normalized.shape)) channels.set(normalized.shape, normalized);
  }
  const messageCache = new Map<Message, NMessage>();
  const messageOf = (message: Message, index: number) => {
    let normalized = messageCache.get(message);
    if (normalized === undefined) {
      normalized = normalizeMessage(contract, graph, message, defaultContentType, index);
      messageCache.set(message, normalized);
    }
    return normalized;
  };
  const operations = new Map<string, NEventOperation>();
  for (const operation of model.operations) {
    const channel = channelOf.get(operation.channel) ?? normalizeChannel(operation.channel);
    const baseKey = `${operation.action} ${channel.shape}`;
    const key = operations.has(baseKey) ? `${baseKey} #${operation.id ?? operations.size}` : baseKey;
    operations.set(key, normalizeOperation(contract, operation, channel, key, operation.messages.map(messageOf)));
  }
  const securitySchemes = new Map<string, NSecurityScheme>();
  const components = child(contract, rootNode(contract), 'components');
  for (const [name, node] of entries(contract, child(contract, components, 'securitySchemes'))) securitySchemes.set(name, eventScheme(name, node));
  const servers = new Map<string, NServer>();
  for (const server of model.servers) {
    servers.set(server.name, { name: server.name, url: server.url, protocol: server.protocol, node: server.node, security: securityOf(contract, server.security) });
  }
  return { kind: 'event', contract, graph, info: model.info, version: str(model.info, 'version'), channels, operations, servers, securitySchemes };
}

export function addressShape(address: string): string {
  return address.replace(/\{[^}]*\}/g, '{}');
}

function normalizeChannel(channel: Channel): NChannel {
  return { shape: addressShape(channel.address), address: channel.address, key: channel.key, node: channel.node, bindings: bindingsOf(channel.node) };
}

/** A `security` list as alternatives; none declared means no credentials are needed. */
function securityOf(contract: Contract, security: ResolvedNode | undefined): { alternatives: SecurityAlternative[]; at: NodeLocation | undefined } {
  const alternatives: SecurityAlternative[] = [];
  if (security !== undefined && Array.isArray(security.value)) {
    security.value.forEach((requirement, i) => {
      const resolved = child(contract, security, i);
      alternatives.push(requirementOf(resolved?.value ?? requirement, resolved));
    });
  }
  return { alternatives: alternatives.length > 0 ? alternatives : [new Map()], at: security };
}

function normalizeOperation(contract: Contract, operation: EventOperation, channel: NChannel, key: string, messages: NMessage[]): NEventOperation {
  const v = isObject(operation.node.value) ? operation.node.value : {};
  const sunset = v['x-sunset'];
  return {
    key,
    label: `${operation.action.toUpperCase()} ${channel.address}`,
    id: operation.id,
    action: operation.action,
    channel,
    node: operation.node,
    messages,
    security: securityOf(contract, operation.security),
    deprecated: v.deprecated === true,
    sunset: typeof sunset === 'string' ? sunset : undefined,
    stability: typeof v['x-stability-level'] === 'string' ? v['x-stability-level'].toLowerCase() : undefined,
    bindings: bindingsOf(operation.node),
  };
}

/** 2.x requirements map scheme names to scopes; 3.0 lists security scheme objects (usually `$ref`s). */
function requirementOf(value: unknown, resolved: ResolvedNode | undefined): SecurityAlternative {
  const out: SecurityAlternative = new Map();
  if (!isObject(value)) return out;
  if (typeof value.type === 'string' && resolved !== undefined) {
    const name = resolved.path[resolved.path.length - 1] ?? value.type;
    const scopes = Array.isArray(value.scopes) ? value.scopes.filter((s): s is string => typeof s === 'string') : [];
    out.set(name, new Set(scopes));
    return out;
  }
  for (const [name, scopes] of Object.entries(value)) out.set(name, new Set(Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : []));
  return out;
}

function normalizeMessage(contract: Contract, graph: SchemaGraph, message: Message, defaultContentType: string | undefined, index: number): NMessage {
  const v = isObject(message.node.value) ? message.node.value : {};
  const payload = message.payload !== undefined ? graph.idOf(message.payload) : undefined;
  const headers = message.headerSources.length > 0 ? graph.idOfParts(message.headerSources) : undefined;
  const kafkaBinding = child(contract, child(contract, message.node, 'bindings'), 'kafka');
  const kafkaKeyAt = child(contract, kafkaBinding, 'key');
  const cloudEvents = cloudEventsType(graph, payload, headers);
  const messageId = typeof v.messageId === 'string' ? v.messageId : undefined;
  const partitionKey = typeof v['x-partition-key'] === 'string' ? v['x-partition-key'] : typeof v['x-message-key'] === 'string' ? v['x-message-key'] : undefined;
  return {
    key: message.name ?? messageId ?? cloudEvents?.value ?? `#${index}`,
    name: message.name,
    node: message.node,
    contentType: (typeof v.contentType === 'string' ? v.contentType : defaultContentType)?.toLowerCase(),
    payload,
    payloadAt: message.payload,
    headers,
    headersAt: message.headers,
    kafkaKey: kafkaKeyAt !== undefined && isObject(kafkaKeyAt.value) ? graph.idOf(kafkaKeyAt) : undefined,
    kafkaKeyAt,
    partitionKey,
    cloudEventsType: cloudEvents?.value,
    cloudEventsTypeAt: cloudEvents?.at,
    bindings: bindingsOf(message.node),
    deprecated: v.deprecated === true,
  };
}

/**
 * The CloudEvents `type` fixed by the contract: structured mode (payload members `specversion` and
 * `type`) or binary mode (`ce_type` / `ce-type` headers), when const or a one-value enum.
 */
function cloudEventsType(graph: SchemaGraph, payload: number | undefined, headers: number | undefined): { value: string; at: ResolvedNode | undefined } | undefined {
  const candidates: Array<[number | undefined, string[], string[]]> = [
    [payload, ['specversion'], ['type']],
    [headers, ['ce_specversion', 'ce-specversion'], ['ce_type', 'ce-type']],
  ];
  for (const [id, markers, names] of candidates) {
    if (id === undefined) continue;
    const schema = graph.get(id);
    if (!markers.some((m) => schema.properties.has(m))) continue;
    for (const name of names) {
      const property = schema.properties.get(name);
      if (property === undefined) continue;
      const values = graph.get(property.schema).enum;
      if (values !== undefined && values.size === 1) {
        const [value] = values.values();
        if (typeof value === 'string') return { value, at: property.at };
      }
    }
  }
  return undefined;
}

/** Binding protocol → canonical JSON of its settings, so a changed binding is one comparison. */
function bindingsOf(node: ResolvedNode): Map<string, string> {
  const out = new Map<string, string>();
  const bindings = getChild(node.value, 'bindings');
  if (!isObject(bindings)) return out;
  for (const protocol of Object.keys(bindings)) {
    const value = bindings[protocol];
    // the Kafka message key schema is compared as a schema, not as text
    const settings = isObject(value) && protocol === 'kafka' ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'key' && k !== 'bindingVersion')) : value;
    out.set(protocol, canonicalJson(isObject(settings) ? Object.fromEntries(Object.entries(settings).filter(([k]) => k !== 'bindingVersion')) : settings));
  }
  return out;
}

function eventScheme(name: string, node: ResolvedNode): NSecurityScheme {
  const v = isObject(node.value) ? node.value : {};
  return {
    name,
    type: typeof v.type === 'string' ? v.type : 'unknown',
    in: typeof v.in === 'string' ? v.in : undefined,
    paramName: typeof v.name === 'string' ? v.name : undefined,
    scheme: typeof v.scheme === 'string' ? v.scheme.toLowerCase() : undefined,
    bearerFormat: typeof v.bearerFormat === 'string' ? v.bearerFormat : undefined,
    openIdConnectUrl: typeof v.openIdConnectUrl === 'string' ? v.openIdConnectUrl : undefined,
    flows: new Map(),
    node,
  };
}
