/**
 * AsyncAPI channels, operations and messages (2.x and 3.0 alike, after normalization): channels
 * removed, added or moved to another address, an operation's direction flipped, messages removed or
 * added, and the message metadata consumers route on (content type, Kafka key, CloudEvents type,
 * bindings). Payload and header schemas are judged by the schema checks (`sent-message-…`,
 * `received-message-…`).
 */
import { canonicalJson } from '../normalize/schema.js';
import type { EventDifference, EventOperationMatch } from '../difference/events.js';
import { asyncapi, indent } from './examples.js';
import type { CheckContext, CheckDefinition, CheckFamily } from './types.js';

const STOCK_PAYLOAD = "payload: {type: object, required: [sku, delta], properties: {sku: {type: string}, delta: {type: integer}}}";

interface ChannelSpec {
  id?: string;
  address?: string;
  action?: 'send' | 'receive';
  messages?: Record<string, string>;
  channelExtra?: string;
  operationExtra?: string;
}

/** A one-channel, one-operation AsyncAPI 3.0 document about stock adjustments. */
function stockEvents(spec: ChannelSpec = {}, extra = ''): string {
  const id = spec.id ?? 'stockAdjusted';
  const messages = spec.messages ?? { StockAdjusted: STOCK_PAYLOAD };
  const messageYaml = Object.entries(messages)
    .map(([name, body]) => `${name}:\n${indent(body, 2)}`)
    .join('\n');
  return asyncapi(`${extra}
channels:
  ${id}:
    address: ${spec.address ?? 'inventory.stock.adjusted'}
    messages:
${indent(messageYaml, 6)}${spec.channelExtra ? '\n' + indent(spec.channelExtra, 4) : ''}
operations:
  onStockAdjusted:
    action: ${spec.action ?? 'send'}
    channel: {$ref: '#/channels/${id}'}
    messages:
${Object.keys(messages)
  .map((name) => `      - $ref: '#/channels/${id}/messages/${name}'`)
  .join('\n')}${spec.operationExtra ? '\n' + indent(spec.operationExtra, 4) : ''}`);
}

const PRICE_PAYLOAD = "payload: {type: object, properties: {sku: {type: string}, price: {type: number}}}";
const twoChannels = (second: boolean) =>
  asyncapi(`channels:
  stockAdjusted:
    address: inventory.stock.adjusted
    messages:
      StockAdjusted:
${indent(STOCK_PAYLOAD, 8)}
${second ? `  priceChanged:\n    address: pricing.price.changed\n    messages:\n      PriceChanged:\n${indent(PRICE_PAYLOAD, 8)}` : ''}
operations:
  onStockAdjusted:
    action: send
    channel: {$ref: '#/channels/stockAdjusted'}
${second ? "  onPriceChanged:\n    action: send\n    channel: {$ref: '#/channels/priceChanged'}" : ''}`);

const CLOUD_EVENT = (type: string) => `payload:
  type: object
  required: [specversion, type, id, source, data]
  properties:
    specversion: {const: '1.0'}
    type: {const: ${type}}
    id: {type: string}
    source: {type: string}
    data: {type: object, properties: {sku: {type: string}, delta: {type: integer}}}`;

const KAFKA_KEY = (property: string) => `${STOCK_PAYLOAD}\nbindings:\n  kafka:\n    key: {type: string, description: ${property} of the stock item}\n    bindingVersion: 0.5.0`;
const KAFKA_KEY_SCHEMA = (schema: string) => `${STOCK_PAYLOAD}\nbindings:\n  kafka:\n    key: ${schema}\n    bindingVersion: 0.5.0`;

export const definitions: CheckDefinition[] = [
  {
    id: 'channel-removed',
    level: 'breaking',
    family: 'asyncapi',
    description: 'A channel was removed',
    docs: {
      what: 'A channel (by address; parameter names do not matter) no longer exists, and no channel with the same 3.0 id or the same operations moved elsewhere.',
      why: 'Consumers subscribed to it wait forever (the store replenishment service never hears of stock changes again); producers publishing to it fail.',
      bad: { base: twoChannels(true), revision: twoChannels(false) },
      good: { base: twoChannels(true), revision: twoChannels(true).replace('address: pricing.price.changed', 'address: pricing.price.changed\n    description: Price changes per SKU') },
    },
  },
  {
    id: 'channel-added',
    level: 'info',
    family: 'asyncapi',
    addition: true,
    description: 'A channel was added',
    docs: {
      what: 'The revision has a channel the base did not have.',
      why: 'A feature addition; nobody listens to it yet.',
      bad: { base: twoChannels(false), revision: twoChannels(true) },
      good: { base: twoChannels(false), revision: twoChannels(false).replace('address: inventory.stock.adjusted', 'address: inventory.stock.adjusted\n    description: Stock movements') },
    },
  },
  {
    id: 'channel-address-changed',
    level: 'breaking',
    family: 'asyncapi',
    description: 'A channel moved to another address (topic, queue, routing key)',
    docs: {
      what: 'The same channel (same 3.0 channel id, or the same operation ids) now has another address. Renaming a parameter in the address (`stores.{storeId}` → `stores.{id}`) is not a change.',
      why: 'Consumers keep subscribing to the old topic and receive nothing; the POS stock display freezes.',
      bad: { base: stockEvents(), revision: stockEvents({ address: 'inventory.stock.changed' }) },
      good: { base: stockEvents({ address: 'stores.{storeId}.stock' }), revision: stockEvents({ address: 'stores.{store}.stock' }) },
    },
  },
  {
    id: 'operation-action-changed',
    level: 'breaking',
    family: 'asyncapi',
    description: 'An event operation changed direction (send ↔ receive)',
    docs: {
      what: 'An operation the application performed in one direction now goes the other way: it used to publish the message and now consumes it, or the reverse. AsyncAPI 2.x `subscribe` (the application sends) and `publish` (it receives) are normalized to 3.0 `send`/`receive` first, so migrating 2.x → 3.0 is not a change.',
      why: 'Every consumer of the stream loses its producer and every producer its consumer: stock adjustments stop reaching the warehouse.',
      bad: { base: stockEvents({ action: 'send' }), revision: stockEvents({ action: 'receive' }) },
      good: { base: stockEvents({ action: 'send' }), revision: stockEvents({ action: 'send', operationExtra: 'summary: Stock was adjusted' }) },
    },
  },
  {
    id: 'message-removed',
    level: 'breaking',
    family: 'asyncapi',
    description: 'A message was removed from an operation',
    docs: {
      what: 'An operation no longer carries a message it carried (matched by name, messageId or CloudEvents type).',
      why: 'Consumers waiting for that event (stock written off) never get it; producers still sending it are refused.',
      bad: { base: stockEvents({ messages: { StockAdjusted: STOCK_PAYLOAD, StockWrittenOff: STOCK_PAYLOAD } }), revision: stockEvents() },
      good: { base: stockEvents(), revision: stockEvents({ messages: { StockAdjusted: `${STOCK_PAYLOAD}\nsummary: Stock level changed` } }) },
    },
  },
  {
    id: 'sent-message-added',
    level: 'warning',
    family: 'asyncapi',
    addition: true,
    description: 'An operation the application sends on now carries another message type',
    docs: {
      what: 'A channel the application publishes to carries a message type it did not carry before.',
      why: 'Consumers must route by message type and ignore what they do not know (the CloudEvents norm); a consumer that deserializes every message on the topic as StockAdjusted breaks. Check the consumers before releasing.',
      bad: { base: stockEvents(), revision: stockEvents({ messages: { StockAdjusted: STOCK_PAYLOAD, StockWrittenOff: STOCK_PAYLOAD } }) },
      good: { base: stockEvents(), revision: stockEvents({ messages: { StockAdjusted: `${STOCK_PAYLOAD}\nsummary: Stock level changed` } }) },
    },
  },
  {
    id: 'received-message-added',
    level: 'info',
    family: 'asyncapi',
    addition: true,
    description: 'An operation the application receives on now accepts another message type',
    docs: {
      what: 'A channel the application consumes accepts a message type it did not before.',
      why: 'Producers may send the new type; old producers are unaffected. A feature addition.',
      bad: { base: stockEvents({ action: 'receive' }), revision: stockEvents({ action: 'receive', messages: { StockAdjusted: STOCK_PAYLOAD, StockCounted: STOCK_PAYLOAD } }) },
      good: { base: stockEvents({ action: 'receive' }), revision: stockEvents({ action: 'receive', messages: { StockAdjusted: `${STOCK_PAYLOAD}\nsummary: Stock level changed` } }) },
    },
  },
  {
    id: 'message-content-type-changed',
    level: 'breaking',
    family: 'asyncapi',
    description: 'The content type of a message changed (e.g. JSON → Avro)',
    docs: {
      what: 'A message has another `contentType` (or the document `defaultContentType` that applies to it changed).',
      why: 'Consumers deserialize with the old format and fail on every message.',
      bad: { base: stockEvents({ messages: { StockAdjusted: `contentType: application/json\n${STOCK_PAYLOAD}` } }), revision: stockEvents({ messages: { StockAdjusted: `contentType: application/cloudevents+json\n${STOCK_PAYLOAD}` } }) },
      good: { base: stockEvents({ messages: { StockAdjusted: `contentType: application/json\n${STOCK_PAYLOAD}` } }), revision: stockEvents({ messages: { StockAdjusted: STOCK_PAYLOAD } }, 'defaultContentType: application/json') },
    },
  },
  {
    id: 'message-key-changed',
    level: 'breaking',
    family: 'asyncapi',
    description: 'The message (partition) key changed',
    docs: {
      what: 'The Kafka message key schema (`bindings.kafka.key`) changed in any way that matters, or the `x-partition-key` / `x-message-key` property changed.',
      why: 'The key decides the partition and so the order of events: keyed by SKU, stock adjustments for one SKU stay in order; keyed by store, they interleave and stock levels go wrong. Consumers that join or compact by key break too.',
      bad: { base: stockEvents({ messages: { StockAdjusted: KAFKA_KEY_SCHEMA('{type: string}') } }), revision: stockEvents({ messages: { StockAdjusted: KAFKA_KEY_SCHEMA('{type: integer}') } }) },
      good: { base: stockEvents({ messages: { StockAdjusted: KAFKA_KEY('SKU') } }), revision: stockEvents({ messages: { StockAdjusted: KAFKA_KEY('Stock keeping unit') } }) },
    },
  },
  {
    id: 'cloudevents-type-changed',
    level: 'breaking',
    family: 'asyncapi',
    description: 'The CloudEvents type of a message was renamed',
    docs: {
      what: 'The CloudEvents `type` fixed by the contract (a `const` or one-value `enum` of `type` in a structured payload, or of the `ce_type` header) changed.',
      why: 'Consumers and event routers filter on the type: subscriptions to `com.retail.stock.adjusted.v1` receive nothing once the events say `com.retail.inventory.adjusted.v1`.',
      bad: { base: stockEvents({ messages: { StockAdjusted: CLOUD_EVENT('com.retail.stock.adjusted.v1') } }), revision: stockEvents({ messages: { StockAdjusted: CLOUD_EVENT('com.retail.inventory.adjusted.v1') } }) },
      good: { base: stockEvents({ messages: { StockAdjusted: CLOUD_EVENT('com.retail.stock.adjusted.v1') } }), revision: stockEvents({ messages: { StockAdjusted: `${CLOUD_EVENT('com.retail.stock.adjusted.v1')}\nsummary: Stock level changed` } }) },
    },
  },
  {
    id: 'bindings-changed',
    level: 'warning',
    family: 'asyncapi',
    description: 'Protocol bindings of a channel, operation or message changed or were removed',
    docs: {
      what: 'The protocol-specific bindings (Kafka topic settings, AMQP exchange, MQTT QoS, …) of a channel, operation or message changed, or a binding for a protocol was removed. The Kafka message key is judged by message-key-changed.',
      why: 'Consumers configured for the old settings (an AMQP exchange name, a consumer group, QoS 1) stop receiving or lose delivery guarantees.',
      bad: {
        base: stockEvents({ channelExtra: 'bindings:\n  amqp:\n    is: routingKey\n    exchange: {name: stock, type: topic}' }),
        revision: stockEvents({ channelExtra: 'bindings:\n  amqp:\n    is: routingKey\n    exchange: {name: inventory, type: topic}' }),
      },
      good: {
        base: stockEvents({ channelExtra: 'bindings:\n  amqp:\n    is: routingKey\n    exchange: {name: stock, type: topic}' }),
        revision: stockEvents({ channelExtra: 'bindings:\n  amqp:\n    is: routingKey\n    exchange: {type: topic, name: stock}\n    bindingVersion: 0.3.0' }),
      },
    },
  },
  {
    id: 'server-protocol-changed',
    level: 'breaking',
    family: 'asyncapi',
    description: 'A server (broker) changed protocol',
    docs: {
      what: 'A server of the same name (or URL) uses another protocol (kafka → amqp, mqtt → ws).',
      why: 'Clients connect with the old protocol client and cannot talk to the broker.',
      bad: { base: stockEvents({}, 'servers:\n  production: {host: broker.retail.example, protocol: kafka}'), revision: stockEvents({}, 'servers:\n  production: {host: broker.retail.example, protocol: amqp}') },
      good: { base: stockEvents({}, 'servers:\n  production: {host: broker.retail.example, protocol: kafka}'), revision: stockEvents({}, 'servers:\n  production: {host: broker.retail.example, protocol: kafka, description: Main cluster}') },
    },
  },
];

export const asyncapiFamily: CheckFamily = {
  definitions,
  run(diff, context) {
    if (diff.kind !== 'event') return;
    checkChannels(diff, context);
    for (const m of diff.operations.matched) checkOperation(m, context);
    for (const { base, rev } of diff.servers.matched) {
      if ((base.protocol ?? '') !== (rev.protocol ?? '')) {
        context.report({ checkId: 'server-protocol-changed', message: `server ${rev.name}: protocol changed from ${base.protocol ?? 'none'} to ${rev.protocol ?? 'none'}`, base: base.node, revision: rev.node, at: `server:${rev.name}` });
      }
    }
  },
};

function checkChannels(diff: EventDifference, { report }: CheckContext): void {
  for (const c of diff.channels.removed) report({ checkId: 'channel-removed', message: `channel ${c.address} removed`, operation: { key: `channel ${c.shape}`, label: `channel ${c.address}` }, base: c.node, at: `channel:${c.shape}` });
  for (const c of diff.channels.added) report({ checkId: 'channel-added', message: `channel ${c.address} added`, operation: { key: `channel ${c.shape}`, label: `channel ${c.address}` }, revision: c.node, at: `channel:${c.shape}` });
  for (const { base, rev } of diff.channels.moved) {
    report({ checkId: 'channel-address-changed', message: `channel ${base.address} moved to ${rev.address}`, operation: { key: `channel ${base.shape}`, label: `channel ${base.address}` }, base: base.node, revision: rev.node, at: `channel:${base.shape}` });
  }
  for (const { base, rev } of [...diff.channels.matched, ...diff.channels.moved]) {
    const label = `channel ${rev.address}`;
    bindings(label, base.bindings, rev.bindings, base.node, rev.node, { key: `channel ${rev.shape}`, label }, `channel:${rev.shape}`, report);
  }
  for (const { base, rev } of diff.operations.actionChanged) {
    report({
      checkId: 'operation-action-changed',
      message: `${base.label}: the application now ${rev.action === 'send' ? 'sends' : 'receives'} on ${rev.channel.address} (it used to ${base.action})`,
      operation: { key: base.key, label: base.label },
      base: base.node,
      revision: rev.node,
      at: base.key,
    });
  }
}

function checkOperation(m: EventOperationMatch, { report }: CheckContext): void {
  const operation = { key: m.key, label: m.rev.label };
  for (const message of m.messages.removed) report({ checkId: 'message-removed', message: `${m.rev.label}: message ${message.name ?? message.key} removed`, operation, base: message.node, at: `message:${message.key}` });
  for (const message of m.messages.added) {
    const checkId = m.rev.action === 'send' ? 'sent-message-added' : 'received-message-added';
    report({ checkId, message: `${m.rev.label}: message ${message.name ?? message.key} added`, operation, revision: message.node, at: `message:${message.key}` });
  }
  bindings(m.rev.label, m.base.bindings, m.rev.bindings, m.base.node, m.rev.node, operation, `operation:${m.key}`, report);
  for (const { base, rev, kafkaKey } of m.messages.matched) {
    const label = `${m.rev.label}: message ${rev.name ?? rev.key}`;
    const at = `message:${rev.key}`;
    if ((base.contentType ?? '') !== (rev.contentType ?? '')) {
      report({ checkId: 'message-content-type-changed', message: `${label}: content type changed from ${base.contentType ?? 'none'} to ${rev.contentType ?? 'none'}`, operation, base: base.node, revision: rev.node, at });
    }
    const keyChanged = (base.kafkaKey === undefined) !== (rev.kafkaKey === undefined) || (kafkaKey?.reaches ?? false);
    if (keyChanged) {
      report({ checkId: 'message-key-changed', message: `${label}: Kafka message key ${rev.kafkaKey === undefined ? 'removed' : base.kafkaKey === undefined ? 'added' : 'schema changed'}`, operation, ...(base.kafkaKeyAt ? { base: base.kafkaKeyAt } : { base: base.node }), ...(rev.kafkaKeyAt ? { revision: rev.kafkaKeyAt } : { revision: rev.node }), at: `${at}:key` });
    }
    if (base.partitionKey !== rev.partitionKey) {
      report({ checkId: 'message-key-changed', message: `${label}: partition key changed from ${base.partitionKey ?? 'none'} to ${rev.partitionKey ?? 'none'}`, operation, base: base.node, revision: rev.node, at: `${at}:partition-key` });
    }
    if (base.cloudEventsType !== undefined && rev.cloudEventsType !== undefined && base.cloudEventsType !== rev.cloudEventsType) {
      report({ checkId: 'cloudevents-type-changed', message: `${label}: CloudEvents type renamed from '${base.cloudEventsType}' to '${rev.cloudEventsType}'`, operation, base: base.cloudEventsTypeAt ?? base.node, revision: rev.cloudEventsTypeAt ?? rev.node, at: `${at}:ce-type` });
    }
    bindings(label, base.bindings, rev.bindings, base.node, rev.node, operation, at, report);
  }
}

function bindings(
  label: string,
  base: Map<string, string>,
  rev: Map<string, string>,
  baseNode: Parameters<CheckContext['report']>[0]['base'],
  revNode: Parameters<CheckContext['report']>[0]['revision'],
  operation: { key: string; label: string },
  at: string,
  report: CheckContext['report'],
): void {
  const changes: string[] = [];
  for (const [protocol, settings] of base) {
    const other = rev.get(protocol);
    if (other === undefined) changes.push(`${protocol} binding removed`);
    else if (other !== settings && other !== canonicalJson({}) && settings !== canonicalJson({})) changes.push(`${protocol} binding changed`);
  }
  if (changes.length === 0) return;
  report({ checkId: 'bindings-changed', message: `${label}: ${changes.join('; ')}`, operation, ...(baseNode ? { base: baseNode } : {}), ...(revNode ? { revision: revNode } : {}), at: `${at}:bindings` });
}
