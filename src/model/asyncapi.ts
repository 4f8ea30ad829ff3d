/**
 * One view of AsyncAPI 2.x and 3.x: servers, channels, operations with the direction from the
 * application's point of view, and messages with their payload and headers (traits included).
 *
 * Direction: in 2.x `subscribe` means other applications subscribe to what this application
 * publishes, so the application SENDS; `publish` means it RECEIVES. In 3.x `action: send|receive`
 * says it directly. `x-role: producer|consumer` on an operation overrides both.
 */
import type { Contract } from '../document/contract.js';
import { getChild, isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { child, entries, items, locationKey, member, rootNode, str, stringList } from './located.js';

export type Action = 'send' | 'receive';

export interface Server {
  name: string;
  node: ResolvedNode;
  protocol: string | undefined;
  /** 2.x url, 3.x host + pathname */
  url: string;
  security: ResolvedNode | undefined;
}

export interface Channel {
  /** the key under `channels` */
  key: string;
  /** the address messages travel on (2.x: the key; 3.x: `address`, or the key when absent) */
  address: string;
  node: ResolvedNode;
  /** server names the channel is available on; empty = all */
  servers: string[];
  messages: Message[];
}

export interface Message {
  /** `name`, else the key it is declared under (3.x map key, components key), else messageId */
  name: string | undefined;
  node: ResolvedNode;
  payload: ResolvedNode | undefined;
  headers: ResolvedNode | undefined;
  /** trait nodes applied to the message, in order */
  traits: ResolvedNode[];
  /** headers from the message and from its traits, in precedence order (message first) */
  headerSources: ResolvedNode[];
}

export interface EventOperation {
  /** operationId (2.x) or the operations key (3.x) */
  id: string | undefined;
  action: Action;
  /** how the direction was decided, for messages that explain it */
  actionSource: 'subscribe' | 'publish' | 'action' | 'x-role';
  channel: Channel;
  node: ResolvedNode;
  messages: Message[];
  /** security declared on the operation itself */
  security: ResolvedNode | undefined;
  traits: ResolvedNode[];
}

export interface AsyncApiModel {
  kind: 'asyncapi';
  contract: Contract;
  info: ResolvedNode | undefined;
  servers: Server[];
  channels: Channel[];
  operations: EventOperation[];
  /** every message defined or used, once each (by definition location) */
  messages: Message[];
  schemas: Array<[string, ResolvedNode]>;
}

export function buildAsyncApiModel(contract: Contract): AsyncApiModel {
  const root = rootNode(contract);
  const v2 = contract.formatId === 'asyncapi2';
  const messageCache = new Map<string, Message>();
  const toMessage = (node: ResolvedNode, fallbackName?: string): Message => {
    const key = locationKey(node);
    let message = messageCache.get(key);
    if (message === undefined) {
      message = buildMessage(contract, node, fallbackName);
      messageCache.set(key, message);
    }
    return message;
  };
  const components = child(contract, root, 'components');
  const servers = entries(contract, child(contract, root, 'servers')).map(([name, node]) => buildServer(name, node, v2, contract));
  const channels: Channel[] = [];
  const operations: EventOperation[] = [];
  if (v2) {
    for (const [address, node] of entries(contract, child(contract, root, 'channels'))) {
      const channel: Channel = { key: address, address, node, servers: stringList(node, 'servers'), messages: [] };
      channels.push(channel);
      for (const verb of ['subscribe', 'publish'] as const) {
        const opNode = child(contract, node, verb);
        if (opNode === undefined || !isObject(opNode.value)) continue;
        const messages = v2Messages(contract, opNode).map((m) => toMessage(m));
        for (const m of messages) if (!channel.messages.includes(m)) channel.messages.push(m);
        const role = roleOverride(opNode);
        operations.push({
          id: str(opNode, 'operationId'),
          action: role ?? (verb === 'subscribe' ? 'send' : 'receive'),
          actionSource: role !== undefined ? 'x-role' : verb,
          channel,
          node: opNode,
          messages,
          security: child(contract, opNode, 'security'),
          traits: items(contract, child(contract, opNode, 'traits')),
        });
      }
    }
  } else {
    const byLocation = new Map<string, Channel>();
    for (const [key, node] of entries(contract, child(contract, root, 'channels'))) {
      const address = str(node, 'address') ?? key;
      const messages = entries(contract, child(contract, node, 'messages')).map(([name, m]) => toMessage(m, name));
      // 3.x lists servers as $refs into #/servers: the name is the target's last segment
      const channelServers = items(contract, member(node, 'servers')).map((s) => s.path[s.path.length - 1]!);
      const channel: Channel = { key, address, node, servers: channelServers, messages };
      channels.push(channel);
      byLocation.set(locationKey(node), channel);
    }
    for (const [id, opNode] of entries(contract, child(contract, root, 'operations'))) {
      const channelNode = child(contract, opNode, 'channel');
      if (channelNode === undefined) continue;
      const channel =
        byLocation.get(locationKey(channelNode)) ??
        ({ key: id, address: str(channelNode, 'address') ?? id, node: channelNode, servers: [], messages: [] } satisfies Channel);
      const listed = member(opNode, 'messages');
      const messages = listed !== undefined ? items(contract, listed).map((m) => toMessage(m)) : channel.messages;
      const declared = str(opNode, 'action');
      const role = roleOverride(opNode);
      operations.push({
        id,
        action: role ?? (declared === 'receive' ? 'receive' : 'send'),
        actionSource: role !== undefined ? 'x-role' : 'action',
        channel,
        node: opNode,
        messages,
        security: child(contract, opNode, 'security'),
        traits: items(contract, child(contract, opNode, 'traits')),
      });
    }
  }
  for (const [name, node] of entries(contract, child(contract, components, 'messages'))) toMessage(node, name);
  return {
    kind: 'asyncapi',
    contract,
    info: child(contract, root, 'info'),
    servers,
    channels,
    operations,
    messages: [...messageCache.values()],
    schemas: entries(contract, child(contract, components, 'schemas')),
  };
}

function buildServer(name: string, node: ResolvedNode, v2: boolean, contract: Contract): Server {
  const url = v2 ? (str(node, 'url') ?? '') : `${str(node, 'host') ?? ''}${str(node, 'pathname') ?? ''}`;
  return { name, node, protocol: str(node, 'protocol'), url, security: child(contract, node, 'security') };
}

/** 2.x `message` is a message, or `{oneOf: [messages]}`. */
function v2Messages(contract: Contract, operation: ResolvedNode): ResolvedNode[] {
  const message = child(contract, operation, 'message');
  if (message === undefined) return [];
  const oneOf = child(contract, message, 'oneOf');
  return oneOf !== undefined && Array.isArray(oneOf.value) ? items(contract, oneOf) : [message];
}

function buildMessage(contract: Contract, node: ResolvedNode, fallbackName: string | undefined): Message {
  const traits = items(contract, child(contract, node, 'traits'));
  const headers = child(contract, node, 'headers');
  const headerSources = [headers, ...traits.map((t) => child(contract, t, 'headers'))].filter((h): h is ResolvedNode => h !== undefined);
  const declaredName = str(node, 'name') ?? fallbackName ?? str(node, 'messageId') ?? componentName(node);
  return {
    name: declaredName,
    node,
    payload: payloadSchema(contract, child(contract, node, 'payload')),
    headers: headers ?? headerSources[0],
    traits,
    headerSources,
  };
}

/** 3.x payloads may be a multi-format schema object `{schemaFormat, schema}`. */
function payloadSchema(contract: Contract, payload: ResolvedNode | undefined): ResolvedNode | undefined {
  if (payload === undefined || !isObject(payload.value)) return payload;
  if (typeof payload.value.schemaFormat === 'string' && 'schema' in payload.value) {
    const format = payload.value.schemaFormat.toLowerCase();
    if (!format.includes('schema+json') && !format.includes('schema+yaml') && !format.includes('openapi')) return undefined;
    return child(contract, payload, 'schema');
  }
  return payload;
}

/** A message defined under a map key (components.messages.X, or X in a shared messages file) is named X. */
function componentName(node: ResolvedNode): string | undefined {
  const last = node.path[node.path.length - 1];
  if (last === undefined || last === 'message' || /^\d+$/.test(last)) return undefined;
  return last;
}

function roleOverride(operation: ResolvedNode): Action | undefined {
  const role = getChild(operation.value, 'x-role');
  return role === 'producer' ? 'send' : role === 'consumer' ? 'receive' : undefined;
}

