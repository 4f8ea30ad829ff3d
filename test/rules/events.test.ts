/**
 * events- rules on AsyncAPI 2.x and 3.0: failing and passing snippets per rule, asserting rule id,
 * severity and JSON pointer; shared messages and traits reported once, at their definition.
 */
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/lint/finding.js';
import { expectFindings, lintText } from './harness.js';

interface Case {
  name: string;
  yaml: string;
  expected: Array<[Severity, string]>;
  files?: Record<string, string>;
}

function runTable(rule: string, cases: Case[]): void {
  describe(rule, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const findings = await lintText(c.yaml, c.files === undefined ? {} : { files: c.files });
        expectFindings(findings, rule, c.expected);
      });
    }
  });
}

/** AsyncAPI 3.0: one channel `orders` sending the listed component messages, plus components. */
function aas3(messages: string, components: string, options: { servers?: string; operations?: string } = {}): string {
  return `asyncapi: 3.0.0
info: {title: Orders events, version: 1.0.0}
${options.servers ?? ''}channels:
  orders:
    address: retail.order.events
    messages:
${messages}
operations:
  publishOrders:
    action: send
    channel: {$ref: '#/channels/orders'}
${options.operations ?? ''}components:
${components}`;
}

/** AsyncAPI 2.6: channel `orders` with one subscribe (this app sends) message. */
function aas2(message: string, components = '', servers = ''): string {
  return `asyncapi: 2.6.0
info: {title: Orders events, version: 1.0.0}
${servers}channels:
  orders:
    subscribe:
      operationId: publishOrders
      message:
${message}
${components === '' ? '' : `components:\n${components}`}`;
}

const ref = (name: string) => `      ${name}: {$ref: '#/components/messages/${name}'}`;

const BINARY_HEADERS = `type: object
        required: [ce_id, ce_source, ce_type, ce_specversion, ce_time]
        properties:
          ce_id: {type: string, minLength: 1}
          ce_source: {type: string, format: uri-reference}
          ce_type: {type: string, const: com.acme.order.order-placed.v1}
          ce_specversion: {type: string, const: '1.0'}
          ce_time: {type: string, format: date-time}`;

runTable('events-cloudevents-envelope', [
  {
    name: 'flags a message without the CloudEvents attributes, at the message',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced:\n      payload: {type: object, properties: {orderId: {type: string}}}`),
    expected: [['error', '/components/messages/OrderPlaced']],
  },
  {
    name: 'accepts binary mode (ce_ headers, all required)',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced:\n      headers:\n        ${BINARY_HEADERS}\n      payload: {type: object}`),
    expected: [],
  },
  {
    name: 'accepts binary mode through a message trait',
    yaml: aas3(
      ref('OrderPlaced'),
      `  messages:\n    OrderPlaced:\n      traits: [{$ref: '#/components/messageTraits/CloudEvents'}]\n      payload: {type: object}\n  messageTraits:\n    CloudEvents:\n      headers:\n        ${BINARY_HEADERS}`,
    ),
    expected: [],
  },
  {
    name: 'flags attributes that are declared but not required',
    yaml: aas3(
      ref('OrderPlaced'),
      `  messages:
    OrderPlaced:
      headers:
        type: object
        required: [ce_id, ce_source, ce_type, ce_specversion]
        properties:
          ce_id: {type: string}
          ce_source: {type: string}
          ce_type: {type: string}
          ce_specversion: {type: string}
          ce_time: {type: string}`,
    ),
    expected: [['error', '/components/messages/OrderPlaced']],
  },
  {
    name: '2.x: structured mode (payload members) passes',
    yaml: aas2(`        name: OrderPlaced
        payload:
          type: object
          required: [id, source, type, specversion, time, data]
          properties:
            id: {type: string}
            source: {type: string}
            type: {type: string}
            specversion: {type: string}
            time: {type: string}
            data: {type: object}`),
    expected: [],
  },
  {
    name: '2.x: a message shared by two channels is one finding at the component',
    yaml: `asyncapi: 2.6.0
info: {title: Orders events, version: 1.0.0}
channels:
  orders.eu:
    subscribe:
      message: {$ref: '#/components/messages/OrderPlaced'}
  orders.us:
    subscribe:
      message: {$ref: '#/components/messages/OrderPlaced'}
components:
  messages:
    OrderPlaced:
      payload: {type: object}
`,
    expected: [['error', '/components/messages/OrderPlaced']],
  },
]);

describe('events-cloudevents-envelope with a message in a separate file', () => {
  it('reports once, in the file that defines the message', async () => {
    const findings = await lintText(
      `asyncapi: 3.0.0
info: {title: Orders events, version: 1.0.0}
channels:
  eu:
    address: retail.eu.orders
    messages:
      OrderPlaced: {$ref: 'messages.yaml#/OrderPlaced'}
  us:
    address: retail.us.orders
    messages:
      OrderPlaced: {$ref: 'messages.yaml#/OrderPlaced'}
`,
      { files: { 'messages.yaml': `OrderPlaced:\n  payload: {type: object, properties: {orderId: {type: string}}}\n` } },
    );
    const mine = findings.filter((f) => f.ruleId === 'events-cloudevents-envelope');
    expect(mine.map((f) => [f.file.endsWith('messages.yaml'), f.pointer, f.severity])).toEqual([[true, '/OrderPlaced', 'error']]);
  });
});

runTable('events-attribute-types', [
  {
    name: 'flags an integer ce_id and an unformatted ce_time, at each header schema',
    yaml: aas3(
      ref('OrderPlaced'),
      `  messages:
    OrderPlaced:
      headers:
        type: object
        properties:
          ce_specversion: {type: string, const: '1.0'}
          ce_id: {type: integer}
          ce_time: {type: string}`,
    ),
    expected: [
      ['error', '/components/messages/OrderPlaced/headers/properties/ce_id'],
      ['error', '/components/messages/OrderPlaced/headers/properties/ce_time'],
    ],
  },
  {
    name: 'accepts the CloudEvents types',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced:\n      headers:\n        ${BINARY_HEADERS}`),
    expected: [],
  },
  {
    name: '2.x structured: a shared envelope schema is reported once, where it is defined',
    yaml: aas2(
      `        $ref: '#/components/messages/OrderPlaced'`,
      `  messages:
    OrderPlaced:
      payload: {$ref: '#/components/schemas/Envelope'}
    OrderShipped:
      payload: {$ref: '#/components/schemas/Envelope'}
  schemas:
    Envelope:
      type: object
      properties:
        specversion: {type: string, enum: ['1.0', '0.3']}
        id: {type: string, minLength: 1}
        source: {type: string, format: uri}
        type: {type: string}
        time: {type: string, format: date-time}`,
    ),
    expected: [['error', '/components/schemas/Envelope/properties/specversion']],
  },
  {
    name: 'trap: a plain payload member id on a message that is not a CloudEvent is not judged',
    yaml: aas2(`        name: OrderPlaced
        payload: {type: object, properties: {id: {type: integer}, time: {type: integer}}}`),
    expected: [],
  },
]);

runTable('events-type-naming', [
  {
    name: 'flags a type that is not reverse-DNS with a version',
    yaml: aas3(
      ref('OrderPlaced'),
      `  messages:
    OrderPlaced:
      headers:
        type: object
        properties:
          ce_specversion: {type: string, const: '1.0'}
          ce_type: {type: string, const: OrderPlaced}`,
    ),
    expected: [['warn', '/components/messages/OrderPlaced/headers/properties/ce_type']],
  },
  {
    name: 'accepts com.acme.order.order-placed.v1',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced:\n      headers:\n        ${BINARY_HEADERS}`),
    expected: [],
  },
  {
    name: '2.x structured: flags an enum value without a version',
    yaml: aas2(`        name: OrderPlaced
        payload:
          type: object
          properties:
            specversion: {type: string, const: '1.0'}
            type: {type: string, enum: [com.acme.order.order-placed.v1, com.acme.order.order-placed]}`),
    expected: [['warn', '/channels/orders/subscribe/message/payload/properties/type']],
  },
]);

runTable('events-past-tense', [
  {
    name: 'flags imperative names (CreateOrder, UpdateStock)',
    yaml: aas3(
      `${ref('CreateOrder')}\n${ref('UpdateStock')}`,
      `  messages:\n    CreateOrder: {payload: {type: object}}\n    UpdateStock: {payload: {type: object}}`,
    ),
    expected: [
      ['warn', '/components/messages/CreateOrder'],
      ['warn', '/components/messages/UpdateStock'],
    ],
  },
  {
    name: 'accepts facts: OrderPlaced, StockAdjusted, PriceChanged, PointsEarned, OrderShipped, PaymentCaptured',
    yaml: aas3(
      ['OrderPlaced', 'StockAdjusted', 'PriceChanged', 'PointsEarned', 'OrderShipped', 'PaymentCaptured'].map(ref).join('\n'),
      `  messages:\n${['OrderPlaced', 'StockAdjusted', 'PriceChanged', 'PointsEarned', 'OrderShipped', 'PaymentCaptured'].map((n) => `    ${n}: {payload: {type: object}}`).join('\n')}`,
    ),
    expected: [],
  },
  {
    name: 'accepts suffixes, particles, irregular verbs and a verb before its object',
    yaml: aas3(
      ['OrderPlacedEvent', 'CustomerSignedUp', 'GiftCardSold', 'MemberLeftStore'].map(ref).join('\n'),
      `  messages:\n${['OrderPlacedEvent', 'CustomerSignedUp', 'GiftCardSold', 'MemberLeftStore'].map((n) => `    ${n}: {payload: {type: object}}`).join('\n')}`,
    ),
    expected: [],
  },
  {
    name: 'x-message-kind: command exempts a command',
    yaml: aas3(ref('CreateOrder'), `  messages:\n    CreateOrder:\n      x-message-kind: command\n      payload: {type: object}`),
    expected: [],
  },
  {
    name: 'trap: request and reply messages of a 3.0 request/reply operation are not events',
    yaml: `asyncapi: 3.0.0
info: {title: Stock checks, version: 1.0.0}
channels:
  checks:
    address: stock.checks
    messages:
      CheckStock: {$ref: '#/components/messages/CheckStock'}
  answers:
    address: stock.answers
    messages:
      StockLevel: {$ref: '#/components/messages/StockLevel'}
operations:
  checkStock:
    action: receive
    channel: {$ref: '#/channels/checks'}
    reply:
      channel: {$ref: '#/channels/answers'}
components:
  messages:
    CheckStock: {payload: {type: object}}
    StockLevel: {payload: {type: object}}
`,
    expected: [],
  },
  {
    name: '2.x: the message name is judged',
    yaml: aas2(`        name: updateStock
        payload: {type: object}`),
    expected: [['warn', '/channels/orders/subscribe/message']],
  },
]);

const KAFKA_SERVERS3 = `servers:
  prod: {host: 'kafka.example.com:9093', protocol: kafka-secure}
`;

runTable('events-partition-key', [
  {
    name: 'flags a Kafka message without a key, at the message',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced: {payload: {type: object}}`, { servers: KAFKA_SERVERS3 }),
    expected: [['error', '/components/messages/OrderPlaced']],
  },
  {
    name: 'flags a key that is not a canonical id, at the key',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced:\n      bindings: {kafka: {key: {type: string}}}\n      payload: {type: object}`, { servers: KAFKA_SERVERS3 }),
    expected: [['error', '/components/messages/OrderPlaced/bindings/kafka/key']],
  },
  {
    name: 'accepts a $ref to a registry id, x-canonical-id, and a composite of registry ids',
    yaml: aas3(
      `${ref('OrderPlaced')}\n${ref('StockAdjusted')}\n${ref('PriceChanged')}`,
      `  messages:
    OrderPlaced:
      bindings: {kafka: {key: {$ref: '#/components/schemas/orderId'}}}
      payload: {type: object}
    StockAdjusted:
      bindings: {kafka: {key: {type: object, properties: {storeId: {type: string}, sku: {type: string}}}}}
      payload: {type: object}
    PriceChanged:
      bindings: {kafka: {key: {type: string, x-canonical-id: sku, pattern: '^[A-Z0-9]{8}$'}}}
      payload: {type: object}
  schemas:
    orderId: {type: string, format: uuid}`,
      { servers: KAFKA_SERVERS3 },
    ),
    expected: [],
  },
  {
    name: 'accepts a CloudEvents partitionkey header naming its canonical id',
    yaml: aas3(
      ref('OrderPlaced'),
      `  messages:\n    OrderPlaced:\n      headers: {type: object, properties: {ce_partitionkey: {type: string, x-canonical-id: orderId}}}\n      payload: {type: object}`,
      { servers: KAFKA_SERVERS3 },
    ),
    expected: [],
  },
  {
    name: 'leaves messages that do not travel over Kafka alone',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced: {payload: {type: object}}`, { servers: `servers:\n  broker: {host: 'mqtt.example.com', protocol: mqtts}\n` }),
    expected: [],
  },
  {
    name: '2.x: a Kafka server and a key binding naming sku pass; a message without key fails',
    yaml: `asyncapi: 2.6.0
info: {title: Stock events, version: 1.0.0}
servers:
  prod: {url: 'kafka.example.com:9093', protocol: kafka-secure}
channels:
  stock:
    subscribe:
      message:
        oneOf:
          - $ref: '#/components/messages/StockAdjusted'
          - $ref: '#/components/messages/StockCounted'
components:
  messages:
    StockAdjusted:
      bindings: {kafka: {key: {$ref: '#/components/schemas/Sku'}}}
      payload: {type: object}
    StockCounted:
      payload: {type: object}
  schemas:
    Sku: {type: string, maxLength: 40}
`,
    expected: [['error', '/components/messages/StockCounted']],
  },
]);

runTable('events-schema-version', [
  {
    name: 'flags a message without a schema version, and an empty payload',
    yaml: aas3(`${ref('OrderPlaced')}\n${ref('OrderShipped')}`, `  messages:\n    OrderPlaced:\n      payload: {type: object}\n    OrderShipped:\n      x-schema-version: 1.0.0\n      payload: {}`),
    expected: [
      ['warn', '/components/messages/OrderPlaced'],
      ['warn', '/components/messages/OrderShipped/payload'],
    ],
  },
  {
    name: 'accepts x-schema-version and a .vN type suffix',
    yaml: aas3(
      `${ref('OrderPlaced')}\n${ref('OrderShipped')}`,
      `  messages:\n    OrderPlaced:\n      x-schema-version: 1.2.0\n      payload: {type: object}\n    OrderShipped:\n      headers:\n        ${BINARY_HEADERS}\n      payload: {type: object}`,
    ),
    expected: [],
  },
  {
    name: 'flags a version that is not SemVer and one that contradicts the type suffix',
    yaml: aas3(
      `${ref('OrderPlaced')}\n${ref('OrderShipped')}`,
      `  messages:\n    OrderPlaced:\n      x-schema-version: v1\n      payload: {type: object}\n    OrderShipped:\n      x-schema-version: 2.0.0\n      headers:\n        ${BINARY_HEADERS}\n      payload: {type: object}`,
    ),
    expected: [
      ['warn', '/components/messages/OrderPlaced'],
      ['warn', '/components/messages/OrderShipped'],
    ],
  },
  {
    name: '2.x: a versioned dataschema passes',
    yaml: aas2(`        name: OrderPlaced
        payload:
          type: object
          properties:
            specversion: {type: string, const: '1.0'}
            dataschema: {type: string, const: 'https://schemas.acme.com/order/order-placed/v3'}`),
    expected: [],
  },
]);

runTable('events-trace-propagation', [
  {
    name: 'flags a message without traceparent or correlationId',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced: {payload: {type: object}}`),
    expected: [['warn', '/components/messages/OrderPlaced']],
  },
  {
    name: 'accepts a traceparent header, a ce_traceparent from a trait, and a correlationId',
    yaml: aas3(
      `${ref('OrderPlaced')}\n${ref('OrderShipped')}\n${ref('OrderCancelled')}`,
      `  messages:
    OrderPlaced:
      headers: {type: object, properties: {traceparent: {type: string}}}
      payload: {type: object}
    OrderShipped:
      traits: [{$ref: '#/components/messageTraits/Tracing'}]
      payload: {type: object}
    OrderCancelled:
      correlationId: {location: '$message.header#/correlationId'}
      payload: {type: object}
  messageTraits:
    Tracing:
      headers: {type: object, properties: {ce_traceparent: {type: string}}}`,
    ),
    expected: [],
  },
  {
    name: '2.x: flags an inline message',
    yaml: aas2(`        name: OrderPlaced
        payload: {type: object}`),
    expected: [['warn', '/channels/orders/subscribe/message']],
  },
]);

runTable('events-dead-letter', [
  {
    name: '3.0: flags a receive operation without x-dead-letter and x-retry',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced: {payload: {type: object}}`, {
      operations: `  consumeOrders:\n    action: receive\n    channel: {$ref: '#/channels/orders'}\n`,
    }),
    expected: [['warn', '/operations/consumeOrders']],
  },
  {
    name: '3.0: accepts x-dead-letter and x-retry with maxAttempts and backoff; send operations are not checked',
    yaml: aas3(ref('OrderPlaced'), `  messages:\n    OrderPlaced: {payload: {type: object}}`, {
      operations: `  consumeOrders:
    action: receive
    channel: {$ref: '#/channels/orders'}
    x-dead-letter: {$ref: '#/channels/orders'}
    x-retry: {maxAttempts: 5, backoff: exponential}
`,
    }),
    expected: [],
  },
  {
    name: '2.x: publish is the consumer side and is flagged; subscribe is not',
    yaml: `asyncapi: 2.6.0
info: {title: Orders, version: 1.0.0}
channels:
  orders:
    publish:
      operationId: consumeOrders
      message: {payload: {type: object}}
    subscribe:
      operationId: publishOrders
      message: {payload: {type: object}}
`,
    expected: [['warn', '/channels/orders/publish']],
  },
  {
    name: '2.x: x-retry without backoff is flagged; x-role: consumer makes a subscribe a consumer',
    yaml: `asyncapi: 2.6.0
info: {title: Orders, version: 1.0.0}
channels:
  orders:
    subscribe:
      x-role: consumer
      x-dead-letter: orders.dlq
      x-retry: {maxAttempts: 3}
      message: {payload: {type: object}}
`,
    expected: [['warn', '/channels/orders/subscribe']],
  },
]);
