/**
 * Collection from AsyncAPI 2.x / 3.x: channels and messages with the direction from the
 * application's point of view (the model already maps 2.x `subscribe` to send and `publish` to
 * receive), event types, Kafka keys and topics, schema versions.
 */
import type { Contract } from '../document/contract.js';
import { getChild, isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import { effectiveSchema, type AsyncApiModel, type Channel, type EventOperation, type Message } from '../model/index.js';
import { child, entries, locationKey } from '../model/located.js';
import { dateText, deprecationOf, idFact, isDeprecatedNode, locationOf, stringAt } from './collect-common.js';
import type { EntityResolver } from './entities.js';
import type { EntityUse, EventFact, IdFact } from './facts.js';
import { shapeOf } from './shape.js';
import type { ChannelEntry, DeprecationEntry, MessageEntry } from './types.js';

/** Header names that carry the CloudEvents `type` in binary mode (Kafka, HTTP, AMQP bindings). */
const CE_TYPE_HEADER = /^(ce[_-]type|cloudEvents[:_]type)$/i;
const CE_PARTITION_HEADER = /^(ce[_-])?partitionkey$/i;

export interface AsyncApiCollection {
  channels: ChannelEntry[];
  messages: MessageEntry[];
  events: EventFact[];
  deprecations: DeprecationEntry[];
  ids: IdFact[];
  uses: EntityUse[];
  counts: { operations: number; messages: number; channels: number; channelParameters: number; deprecated: number; kafkaKeys: number };
}

export function collectAsyncApi(contract: Contract, model: AsyncApiModel, dictionary: CanonicalDictionary, resolver: EntityResolver): AsyncApiCollection {
  const channels = new Map<string, ChannelEntry>();
  const messages: MessageEntry[] = [];
  const events: EventFact[] = [];
  const deprecations: DeprecationEntry[] = [];
  const ids: IdFact[] = [];
  const uses: EntityUse[] = [];
  const deprecatedSeen = new Set<string>();
  const kafkaKeysSeen = new Set<string>();
  const kafkaServers = new Set(model.servers.filter((s) => (s.protocol ?? '').toLowerCase().startsWith('kafka')).map((s) => s.name));
  const noteDeprecated = (node: ResolvedNode, subject: string) => {
    const key = locationKey(node);
    if (deprecatedSeen.has(key) || !isDeprecatedNode(node.value)) return;
    deprecatedSeen.add(key);
    deprecations.push(deprecationOf(contract, node, subject));
  };

  for (const op of model.operations) {
    noteDeprecated(op.node, `operation ${op.id ?? op.channel.address}`);
    const channelKey = `${op.action} ${op.channel.address}`;
    let channelEntry = channels.get(channelKey);
    if (channelEntry === undefined) {
      channelEntry = { channel: op.channel.address, action: op.action, messages: [] };
      channels.set(channelKey, channelEntry);
    }
    const topic = isKafka(op, kafkaServers) ? op.channel.address : null;
    for (const message of op.messages) {
      const name = message.name ?? null;
      if (name !== null && !channelEntry.messages.includes(name)) channelEntry.messages.push(name);
      noteDeprecated(message.node, `message ${name ?? op.channel.address}`);
      const keyInfo = kafkaKeyOf(contract, message);
      if (keyInfo.node !== undefined && keyInfo.canonical !== null && !kafkaKeysSeen.has(locationKey(keyInfo.node))) {
        kafkaKeysSeen.add(locationKey(keyInfo.node));
        if (Object.prototype.hasOwnProperty.call(dictionary.ids, keyInfo.canonical)) ids.push(idFact(contract, keyInfo.canonical, 'kafka-key', keyInfo.node, keyInfo.node));
      }
      const command = getChild(message.node.value, 'x-message-kind') === 'command' || getChild(op.node.value, 'x-message-kind') === 'command';
      const entity = entityOf(op, message, command, resolver);
      const payload = message.payload !== undefined && isObject(message.payload.value) ? shapeOf(contract, message.payload) : null;
      const deprecated = isDeprecatedNode(message.node.value) || isDeprecatedNode(op.node.value);
      const sunset = dateText(getChild(message.node.value, 'x-sunset')) ?? dateText(getChild(op.node.value, 'x-sunset'));
      for (const type of eventTypesOf(contract, message, op.channel)) {
        messages.push({ type, name, action: op.action, channel: op.channel.address, key: keyInfo.label, schemaVersion: schemaVersionOf(contract, message, type) });
        events.push({
          type,
          action: op.action,
          channel: op.channel.address,
          topic,
          messageName: name,
          deprecated,
          sunset,
          command,
          entity,
          messageAt: locationOf(message.node),
          payload,
          payloadAt: message.payload !== undefined ? locationOf(message.payload) : null,
          ...locationOf(op.node),
        });
      }
      if (entity !== null) {
        // handling a command changes the entity; sending one asks its owner to
        const how = command ? 'command' : 'event';
        uses.push({ entity, how, write: command && op.action === 'receive', ...locationOf(op.node) });
      }
    }
  }

  let channelParameters = 0;
  for (const channel of model.channels) {
    noteDeprecated(channel.node, `channel ${channel.address}`);
    for (const [name, parameter] of entries(contract, child(contract, channel.node, 'parameters'))) {
      channelParameters++;
      if (Object.prototype.hasOwnProperty.call(dictionary.ids, name)) ids.push(idFact(contract, name, 'parameter', parameter, child(contract, parameter, 'schema') ?? parameter));
    }
  }
  for (const message of model.messages) {
    noteDeprecated(message.node, `message ${message.name ?? ''}`.trim());
  }
  return {
    channels: [...channels.values()],
    messages,
    events,
    deprecations,
    ids,
    uses,
    counts: {
      operations: model.operations.length,
      messages: model.messages.length,
      channels: model.channels.length,
      channelParameters,
      deprecated: deprecatedSeen.size,
      kafkaKeys: kafkaKeysSeen.size,
    },
  };
}

/**
 * CloudEvents `type` values (const, enum or first example) of a structured-mode payload (it has a
 * `specversion` member) or a binary-mode header (`ce_type`); else `<channel address>#<message name>`.
 */
export function eventTypesOf(contract: Contract, message: Message, channel: Channel): string[] {
  const payload = message.payload !== undefined && isObject(message.payload.value) ? effectiveSchema(contract, message.payload) : undefined;
  if (payload !== undefined && payload.properties.has('specversion')) {
    const values = constantsOf(contract, payload.properties.get('type')?.schema);
    if (values.length > 0) return values;
  }
  for (const headers of message.headerSources) {
    if (!isObject(headers.value)) continue;
    const schema = effectiveSchema(contract, headers);
    for (const [name, property] of schema.properties) {
      if (!CE_TYPE_HEADER.test(name)) continue;
      const values = constantsOf(contract, property.schema);
      if (values.length > 0) return values;
    }
  }
  return [`${channel.address}#${message.name ?? 'message'}`];
}

function constantsOf(contract: Contract, node: ResolvedNode | undefined): string[] {
  if (node === undefined || !isObject(node.value)) return [];
  const schema = effectiveSchema(contract, node);
  const constValue = schema.keyword('const');
  if (typeof constValue === 'string' && constValue !== '') return [constValue];
  if (schema.enum !== undefined) {
    const values = schema.enum.filter((v): v is string => typeof v === 'string' && v !== '');
    if (values.length > 0) return [...new Set(values)];
  }
  const examples = schema.keyword('examples');
  if (Array.isArray(examples) && typeof examples[0] === 'string' && examples[0] !== '') return [examples[0]];
  const example = schema.keyword('example');
  if (typeof example === 'string' && example !== '') return [example];
  return [];
}

interface KafkaKey {
  /** what the catalog shows: the canonical id, the key schema's name, or its type */
  label: string | null;
  canonical: string | null;
  node: ResolvedNode | undefined;
}

/** `bindings.kafka.key` (its `x-canonical-id`, `$ref` name or type), else a CloudEvents partition key. */
function kafkaKeyOf(contract: Contract, message: Message): KafkaKey {
  const bindings = child(contract, message.node, 'bindings');
  const kafka = child(contract, bindings, 'kafka');
  const written = kafka !== undefined ? getChild(kafka.value, 'key') : undefined;
  if (kafka !== undefined && written !== undefined) {
    const key = child(contract, kafka, 'key')!;
    const canonical = stringAt(key.value, 'x-canonical-id');
    if (canonical !== null) return { label: canonical, canonical, node: key };
    const ref = isObject(written) && typeof written.$ref === 'string' ? written.$ref : undefined;
    if (ref !== undefined) return { label: ref.slice(ref.lastIndexOf('/') + 1), canonical: null, node: key };
    const type = isObject(key.value) ? effectiveSchema(contract, key).types : new Set<string>();
    return { label: [...type].filter((t) => t !== 'null').join('|') || 'declared', canonical: null, node: key };
  }
  for (const headers of message.headerSources) {
    if (!isObject(headers.value)) continue;
    for (const name of effectiveSchema(contract, headers).properties.keys()) if (CE_PARTITION_HEADER.test(name)) return { label: 'partitionkey', canonical: null, node: undefined };
  }
  const payload = message.payload !== undefined && isObject(message.payload.value) ? effectiveSchema(contract, message.payload) : undefined;
  if (payload?.properties.has('partitionkey')) return { label: 'partitionkey', canonical: null, node: undefined };
  return { label: null, canonical: null, node: undefined };
}

/** `x-schema-version`, else a CloudEvents `dataschema` constant, else the `.vN` of the event type. */
function schemaVersionOf(contract: Contract, message: Message, type: string): string | null {
  const declared = getChild(message.node.value, 'x-schema-version');
  if (typeof declared === 'string' && declared.trim() !== '') return declared.trim();
  if (typeof declared === 'number') return String(declared);
  const payload = message.payload !== undefined && isObject(message.payload.value) ? effectiveSchema(contract, message.payload) : undefined;
  const dataschema = constantsOf(contract, payload?.properties.get('dataschema')?.schema);
  if (dataschema.length > 0) return dataschema[0]!;
  const m = /\.v(\d+)$/.exec(type);
  return m === null ? null : `v${m[1]}`;
}

function isKafka(op: EventOperation, kafkaServers: Set<string>): boolean {
  for (const node of [op.node, op.channel.node]) {
    const bindings = getChild(node.value, 'bindings');
    if (isObject(bindings) && Object.prototype.hasOwnProperty.call(bindings, 'kafka')) return true;
  }
  if (kafkaServers.size === 0) return false;
  return op.channel.servers.length === 0 || op.channel.servers.some((s) => kafkaServers.has(s));
}

/** `x-entity` on the message or operation, the payload's `x-canonical`, else the message name. */
function entityOf(op: EventOperation, message: Message, command: boolean, resolver: EntityResolver): string | null {
  const explicit = stringAt(message.node.value, 'x-entity') ?? stringAt(op.node.value, 'x-entity');
  if (explicit !== null) return resolver.entity(explicit) ?? explicit;
  const tagged = message.payload !== undefined ? stringAt(message.payload.value, 'x-canonical') : null;
  if (tagged !== null) return resolver.entity(tagged) ?? tagged;
  for (const name of [message.name, op.id]) {
    if (name === undefined) continue;
    const entity = command ? resolver.entityOfCommandName(name) : resolver.entityOfEventName(name);
    if (entity !== undefined) return entity;
  }
  return null;
}
