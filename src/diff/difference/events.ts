/**
 * The difference between two normalized AsyncAPI documents: channels by address shape, operations
 * by direction and channel, messages by name (else messageId, else CloudEvents type). An operation
 * found under the same id on another channel is a moved channel; under the same id with the other
 * action, a changed direction.
 */
import type { EventApi, NChannel, NEventOperation, NMessage, NSecurityScheme, NServer } from '../normalize/index.js';
import type { Side } from '../types.js';
import type { SchemaRoot } from './http.js';
import { SchemaDifference, type SchemaPair } from './schemas.js';

export interface MessageMatch {
  base: NMessage;
  rev: NMessage;
  kafkaKey: SchemaPair | undefined;
}

export interface EventOperationMatch {
  key: string;
  base: NEventOperation;
  rev: NEventOperation;
  side: Side;
  messages: { added: NMessage[]; removed: NMessage[]; matched: MessageMatch[] };
  schemaRoots: SchemaRoot[];
}

export interface EventDifference {
  kind: 'event';
  base: EventApi;
  rev: EventApi;
  schemas: SchemaDifference;
  channels: { added: NChannel[]; removed: NChannel[]; moved: Array<{ base: NChannel; rev: NChannel }>; matched: Array<{ base: NChannel; rev: NChannel }> };
  operations: {
    added: NEventOperation[];
    removed: NEventOperation[];
    matched: EventOperationMatch[];
    actionChanged: Array<{ base: NEventOperation; rev: NEventOperation }>;
  };
  servers: { added: NServer[]; removed: NServer[]; matched: Array<{ base: NServer; rev: NServer }> };
  schemes: { matched: Array<{ base: NSecurityScheme; rev: NSecurityScheme }>; revNameOf: Map<string, string> };
}

export function diffEvents(base: EventApi, rev: EventApi): EventDifference {
  const schemas = new SchemaDifference(base.graph, rev.graph);
  const channels: EventDifference['channels'] = { added: [], removed: [], moved: [], matched: [] };
  const revChannelUsed = new Set<NChannel>();
  const unmatchedBaseChannels: NChannel[] = [];
  for (const [shape, channel] of base.channels) {
    const other = rev.channels.get(shape);
    if (other !== undefined) {
      channels.matched.push({ base: channel, rev: other });
      revChannelUsed.add(other);
    } else unmatchedBaseChannels.push(channel);
  }
  // 3.0 channels have ids: the same id with another address is the same channel, moved
  const freeRevChannels = () => [...rev.channels.values()].filter((c) => !revChannelUsed.has(c));
  for (const channel of unmatchedBaseChannels) {
    const byKey = channel.key !== channel.address ? freeRevChannels().find((c) => c.key === channel.key) : undefined;
    const byOperation = byKey ?? movedByOperationId(base, rev, channel, freeRevChannels());
    if (byOperation !== undefined) {
      channels.moved.push({ base: channel, rev: byOperation });
      revChannelUsed.add(byOperation);
    } else channels.removed.push(channel);
  }
  for (const item of freeRevChannels()) channels.added.push(item);
  const movedTo = new Map(channels.moved.map((m) => [m.base.shape, m.rev.shape]));

  const operations: EventDifference['operations'] = { added: [], removed: [], matched: [], actionChanged: [] };
  const revUsed = new Set<NEventOperation>();
  const revByKey = new Map<string, NEventOperation>();
  for (const operation of rev.operations.values()) revByKey.set(operation.key, operation);
  const unmatched: NEventOperation[] = [];
  for (const operation of base.operations.values()) {
    const shape = movedTo.get(operation.channel.shape) ?? operation.channel.shape;
    const suffix = operation.key.slice(`${operation.action} ${operation.channel.shape}`.length);
    const other = revByKey.get(`${operation.action} ${shape}${suffix}`);
    if (other !== undefined && !revUsed.has(other)) {
      revUsed.add(other);
      operations.matched.push(matchOperation(schemas, operation, other));
    } else unmatched.push(operation);
  }
  for (const operation of unmatched) {
    const shape = movedTo.get(operation.channel.shape) ?? operation.channel.shape;
    const flipped = [...rev.operations.values()].find((o) => !revUsed.has(o) && o.channel.shape === shape && o.action !== operation.action && (operation.id === undefined || o.id === undefined || o.id === operation.id));
    if (flipped !== undefined) {
      revUsed.add(flipped);
      operations.actionChanged.push({ base: operation, rev: flipped });
    } else operations.removed.push(operation);
  }
  for (const operation of rev.operations.values()) if (!revUsed.has(operation)) operations.added.push(operation);
  schemas.finish();

  const servers: EventDifference['servers'] = { added: [], removed: [], matched: [] };
  for (const [name, server] of base.servers) {
    const other = rev.servers.get(name) ?? [...rev.servers.values()].find((s) => s.url === server.url);
    if (other === undefined) servers.removed.push(server);
    else servers.matched.push({ base: server, rev: other });
  }
  const matchedRevServers = new Set(servers.matched.map((m) => m.rev));
  for (const server of rev.servers.values()) if (!matchedRevServers.has(server)) servers.added.push(server);

  const schemes: EventDifference['schemes'] = { matched: [], revNameOf: new Map() };
  for (const [name, scheme] of base.securitySchemes) {
    const other = rev.securitySchemes.get(name);
    if (other !== undefined) {
      schemes.matched.push({ base: scheme, rev: other });
      schemes.revNameOf.set(name, name);
    }
  }
  return { kind: 'event', base, rev, schemas, channels, operations, servers, schemes };
}

function movedByOperationId(base: EventApi, rev: EventApi, channel: NChannel, candidates: NChannel[]): NChannel | undefined {
  const ids = [...base.operations.values()].filter((o) => o.channel.shape === channel.shape && o.id !== undefined).map((o) => o.id);
  if (ids.length === 0) return undefined;
  return candidates.find((c) => [...rev.operations.values()].some((o) => o.channel.shape === c.shape && o.id !== undefined && ids.includes(o.id)));
}

function matchOperation(schemas: SchemaDifference, base: NEventOperation, rev: NEventOperation): EventOperationMatch {
  // the application sends: consumers receive it; the application receives: producers send it
  const side: Side = rev.action === 'send' ? 'sent-message' : 'received-message';
  const messages: EventOperationMatch['messages'] = { added: [], removed: [], matched: [] };
  const roots: SchemaRoot[] = [];
  const free = new Set(rev.messages);
  const pairs: Array<[NMessage, NMessage]> = [];
  const unmatched: NMessage[] = [];
  for (const message of base.messages) {
    const other = [...free].find((m) => m.key === message.key);
    if (other !== undefined) {
      free.delete(other);
      pairs.push([message, other]);
    } else unmatched.push(message);
  }
  for (const message of unmatched) {
    const other =
      [...free].find((m) => message.cloudEventsType !== undefined && m.cloudEventsType === message.cloudEventsType) ??
      (unmatched.length === 1 && free.size === 1 && (message.name === undefined || [...free][0]!.name === undefined) ? [...free][0] : undefined);
    if (other !== undefined) {
      free.delete(other);
      pairs.push([message, other]);
    } else messages.removed.push(message);
  }
  for (const item of free) messages.added.push(item);
  for (const [b, r] of pairs) {
    const label = `message ${r.name ?? r.key}`;
    if (b.payload !== undefined && r.payload !== undefined) roots.push({ side, subject: `${label} payload`, subjectKey: `payload:${r.key}`, pair: schemas.pair(b.payload, r.payload) });
    if (b.headers !== undefined && r.headers !== undefined) roots.push({ side, subject: `${label} headers`, subjectKey: `headers:${r.key}`, pair: schemas.pair(b.headers, r.headers) });
    const kafkaKey = b.kafkaKey !== undefined && r.kafkaKey !== undefined ? schemas.pair(b.kafkaKey, r.kafkaKey) : undefined;
    messages.matched.push({ base: b, rev: r, kafkaKey });
  }
  return { key: rev.key, base, rev, side, messages, schemaRoots: roots };
}


