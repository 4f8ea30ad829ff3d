/**
 * structure-asyncapi-*: the checks of Spectral's v2 AsyncAPI ruleset that have no v3 port (or a
 * weaker one), on AsyncAPI 3.0 and on 2.x where Spectral's own version misses cases.
 */
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/lint/finding.js';
import { expectFindings, lintText } from './harness.js';

interface Case {
  name: string;
  yaml: string;
  expected: Array<[Severity, string]>;
}

function runTable(rule: string, cases: Case[]): void {
  describe(rule, () => {
    for (const c of cases) {
      it(c.name, async () => expectFindings(await lintText(c.yaml), rule, c.expected));
    }
  });
}

const head3 = `asyncapi: 3.0.0
info: {title: Stock events, version: 1.0.0}
`;
const head2 = `asyncapi: 2.6.0
info: {title: Stock events, version: 1.0.0}
`;

runTable('structure-asyncapi-message-examples', [
  {
    name: '3.0: an example payload of the wrong type is flagged at the example',
    yaml: `${head3}channels:
  stock:
    address: stock.adjusted
    messages:
      StockAdjusted: {$ref: '#/components/messages/StockAdjusted'}
components:
  messages:
    StockAdjusted:
      payload:
        type: object
        required: [sku, quantity]
        properties:
          sku: {type: string}
          quantity: {type: integer}
      examples:
        - name: good
          payload: {sku: ABC-1, quantity: 3}
        - name: bad
          payload: {sku: ABC-1, quantity: three}
`,
    expected: [['error', '/components/messages/StockAdjusted/examples/1/payload']],
  },
  {
    name: '3.0: example headers are checked against headers merged from traits',
    yaml: `${head3}channels:
  stock:
    address: stock.adjusted
    messages:
      StockAdjusted: {$ref: '#/components/messages/StockAdjusted'}
components:
  messages:
    StockAdjusted:
      traits: [{$ref: '#/components/messageTraits/CloudEvents'}]
      headers: {type: object, properties: {traceparent: {type: string}}}
      payload: {type: object}
      examples:
        - headers: {traceparent: 00-abc-def-01}
  messageTraits:
    CloudEvents:
      headers: {type: object, required: [ce_id], properties: {ce_id: {type: string}}}
`,
    expected: [['error', '/components/messages/StockAdjusted/examples/0/headers']],
  },
  {
    name: '2.x: examples of oneOf messages are checked; valid ones pass',
    yaml: `${head2}channels:
  stock:
    subscribe:
      message:
        oneOf:
          - name: StockAdjusted
            payload: {type: object, properties: {quantity: {type: integer}}}
            examples: [{payload: {quantity: 2}}]
          - name: StockCounted
            payload: {type: object, properties: {quantity: {type: integer}}}
            examples: [{payload: {quantity: '2'}}]
`,
    expected: [['error', '/channels/stock/subscribe/message/oneOf/1/examples/0/payload']],
  },
  {
    name: 'trap: an Avro payload is not judged as JSON Schema',
    yaml: `${head2}channels:
  stock:
    subscribe:
      message:
        schemaFormat: application/vnd.apache.avro;version=1.9.0
        payload: {type: record, name: StockAdjusted, fields: [{name: quantity, type: int}]}
        examples: [{payload: {quantity: 2}}]
`,
    expected: [],
  },
]);

runTable('structure-asyncapi-payload-examples', [
  {
    name: '3.0: a nested property example is checked where the schema is defined',
    yaml: `${head3}channels:
  stock:
    address: stock.adjusted
    messages:
      StockAdjusted:
        payload: {$ref: '#/components/schemas/StockAdjusted'}
components:
  schemas:
    StockAdjusted:
      type: object
      properties:
        sku: {type: string, pattern: '^[A-Z0-9-]+$', examples: [ABC-1, abc_1]}
        quantity: {type: integer, examples: [1, 2]}
`,
    expected: [['error', '/components/schemas/StockAdjusted/properties/sku/examples/1']],
  },
  {
    name: '2.x: a string example on an integer is flagged (Spectral skips string values)',
    yaml: `${head2}channels:
  stock:
    subscribe:
      message:
        payload:
          type: object
          properties:
            quantity: {type: integer, examples: ['12']}
`,
    expected: [['error', '/channels/stock/subscribe/message/payload/properties/quantity/examples/0']],
  },
  {
    name: 'recursive schemas terminate and valid examples pass',
    yaml: `${head3}channels:
  categories:
    address: catalog.categories
    messages:
      CategoryChanged:
        payload: {$ref: '#/components/schemas/Category'}
components:
  schemas:
    Category:
      type: object
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Category'}}
      examples:
        - {name: Food, children: [{name: Fruit, children: []}]}
`,
    expected: [],
  },
]);

runTable('structure-asyncapi-payload-default', [
  {
    name: '2.x: a string default on a boolean is flagged',
    yaml: `${head2}channels:
  stock:
    subscribe:
      message:
        payload:
          type: object
          properties:
            deprecated: {type: boolean, default: 'false'}
`,
    expected: [['error', '/channels/stock/subscribe/message/payload/properties/deprecated/default']],
  },
  {
    name: '3.0: a header default outside its enum is flagged; a valid one passes',
    yaml: `${head3}channels:
  stock:
    address: stock.adjusted
    messages:
      StockAdjusted:
        headers:
          type: object
          properties:
            region: {type: string, enum: [eu, us], default: apac}
            channel: {type: string, enum: [store, web], default: store}
        payload: {type: object}
`,
    expected: [['error', '/channels/stock/messages/StockAdjusted/headers/properties/region/default']],
  },
]);

runTable('structure-asyncapi-schema-examples', [
  {
    name: '3.0: a component schema no message uses, and parameter examples outside the enum',
    yaml: `${head3}channels:
  stock:
    address: 'stores.{storeId}.stock'
    parameters:
      storeId: {enum: ['0001', '0002'], examples: ['0001', '0042']}
components:
  schemas:
    StoreId: {type: string, pattern: '^[0-9]{4}$', examples: ['0042', '42A']}
`,
    expected: [
      ['error', '/channels/stock/parameters/storeId/examples/1'],
      ['error', '/components/schemas/StoreId/examples/1'],
    ],
  },
  {
    name: 'a payload schema is judged by the payload rule only, not twice',
    yaml: `${head3}channels:
  stock:
    address: stock.adjusted
    messages:
      StockAdjusted:
        payload: {$ref: '#/components/schemas/Quantity'}
components:
  schemas:
    Quantity: {type: integer, examples: [one]}
`,
    expected: [],
  },
  {
    name: '2.x: parameter schema examples are checked',
    yaml: `${head2}channels:
  'stores/{storeId}/stock':
    parameters:
      storeId:
        schema: {type: string, maxLength: 4, examples: ['0001', '00001']}
    subscribe:
      message: {payload: {type: object}}
`,
    expected: [['error', '/channels/stores~1{storeId}~1stock/parameters/storeId/schema/examples/1']],
  },
]);

runTable('structure-asyncapi-schema-default', [
  {
    name: '3.0: a parameter default outside its enum is flagged',
    yaml: `${head3}channels:
  stock:
    address: 'regions.{region}.stock'
    parameters:
      region: {$ref: '#/components/parameters/region'}
components:
  parameters:
    region: {enum: [eu, us], default: apac}
`,
    expected: [['error', '/components/parameters/region/default']],
  },
  {
    name: '2.x: a component schema default of the wrong type is flagged; a good one passes',
    yaml: `${head2}channels: {}
components:
  schemas:
    PageSize: {type: integer, minimum: 1, default: 0}
    Currency: {type: string, pattern: '^[A-Z]{3}$', default: EUR}
`,
    expected: [['error', '/components/schemas/PageSize/default']],
  },
]);

runTable('structure-asyncapi-message-id-unique', [
  {
    name: '2.x: two different messages sharing a messageId (in any case) are flagged',
    yaml: `${head2}channels:
  eu:
    subscribe:
      message: {messageId: orderPlaced, payload: {type: object}}
  us:
    subscribe:
      message: {messageId: orderPlaced, payload: {type: string}}
  apac:
    subscribe:
      message: {messageId: OrderPlaced, payload: {type: integer}}
`,
    expected: [
      ['error', '/channels/us/subscribe/message/messageId'],
      ['error', '/channels/apac/subscribe/message/messageId'],
    ],
  },
  {
    name: '2.x: one component message used by two channels is not a duplicate (Spectral flags it)',
    yaml: `${head2}channels:
  eu:
    subscribe:
      message: {$ref: '#/components/messages/OrderPlaced'}
  us:
    subscribe:
      message: {$ref: '#/components/messages/OrderPlaced'}
components:
  messages:
    OrderPlaced: {messageId: orderPlaced, payload: {type: object}}
`,
    expected: [],
  },
  {
    name: '3.0: one key naming two different inline messages is flagged; a shared $ref is not',
    yaml: `${head3}channels:
  eu:
    address: eu.orders
    messages:
      placed: {payload: {type: object}}
      shipped: {$ref: '#/components/messages/shipped'}
  us:
    address: us.orders
    messages:
      placed: {payload: {type: string}}
      shipped: {$ref: '#/components/messages/shipped'}
components:
  messages:
    shipped: {payload: {type: object}}
`,
    expected: [['error', '/channels/us/messages/placed']],
  },
]);

runTable('structure-asyncapi-operation-id-unique', [
  {
    name: '2.x: a duplicate operationId, including one set by a trait',
    yaml: `${head2}channels:
  eu:
    subscribe:
      operationId: publishOrders
      message: {payload: {type: object}}
  us:
    subscribe:
      traits: [{operationId: publishOrders}]
      message: {payload: {type: object}}
`,
    expected: [['error', '/channels/us/subscribe/traits/0/operationId']],
  },
  {
    name: '3.0: operation ids that differ only in case are flagged',
    yaml: `${head3}channels:
  orders: {address: orders}
operations:
  placeOrder: {action: send, channel: {$ref: '#/channels/orders'}}
  PlaceOrder: {action: send, channel: {$ref: '#/channels/orders'}}
  shipOrder: {action: send, channel: {$ref: '#/channels/orders'}}
`,
    expected: [['error', '/operations/PlaceOrder']],
  },
  {
    name: 'distinct ids pass',
    yaml: `${head2}channels:
  eu:
    subscribe: {operationId: publishEu, message: {payload: {type: object}}}
  us:
    subscribe: {operationId: publishUs, message: {payload: {type: object}}}
`,
    expected: [],
  },
]);

runTable('structure-asyncapi-server-variables', [
  {
    name: '2.x: an undefined variable and an unused one',
    yaml: `${head2}servers:
  prod:
    url: 'kafka-{region}.example.com:{port}'
    protocol: kafka
    variables:
      region: {default: eu}
      zone: {default: a}
channels: {}
`,
    expected: [
      ['error', '/servers/prod/variables'],
      ['error', '/servers/prod/variables/zone'],
    ],
  },
  {
    name: '2.x: examples as a list (spec-valid; Spectral rejects the server) inside the enum pass',
    yaml: `${head2}servers:
  prod:
    url: 'kafka-{region}.example.com'
    protocol: kafka
    variables:
      region: {enum: [eu, us], default: eu, examples: [eu, us]}
channels: {}
`,
    expected: [],
  },
  {
    name: '3.0: host and pathname variables, with a default and an example outside the enum',
    yaml: `${head3}servers:
  prod:
    host: '{env}.broker.example.com'
    pathname: '/{tenant}'
    protocol: wss
    variables:
      env: {enum: [prod, staging], default: dev, examples: [prod, test]}
channels: {}
`,
    expected: [
      ['error', '/servers/prod/variables'],
      ['error', '/servers/prod/variables/env/default'],
      ['error', '/servers/prod/variables/env/examples/1'],
    ],
  },
]);

runTable('structure-asyncapi-channel-parameters', [
  {
    name: '3.0: an address parameter with no parameters object at all (Spectral misses it)',
    yaml: `${head3}channels:
  stock:
    address: 'stores.{storeId}.stock'
`,
    expected: [['error', '/channels/stock']],
  },
  {
    name: '3.0: a parameter that is not in the address',
    yaml: `${head3}channels:
  stock:
    address: 'stores.{storeId}.stock'
    parameters:
      storeId: {description: store}
      sku: {description: not in the address}
`,
    expected: [['error', '/channels/stock/parameters/sku']],
  },
  {
    name: '2.x: the channel key is the address',
    yaml: `${head2}channels:
  'stores/{storeId}/stock/{sku}':
    parameters:
      storeId: {schema: {type: string}}
    subscribe:
      message: {payload: {type: object}}
`,
    expected: [['error', '/channels/stores~1{storeId}~1stock~1{sku}/parameters']],
  },
  {
    name: 'defined parameters pass; a 3.0 channel without address has none',
    yaml: `${head3}channels:
  stock:
    address: 'stores.{storeId}.stock'
    parameters:
      storeId: {description: store}
  replies:
    address: null
`,
    expected: [],
  },
]);

runTable('structure-asyncapi-security', [
  {
    name: '3.0: a 2.x-style requirement on a server and an operation security $ref to a non-scheme',
    yaml: `${head3}servers:
  prod:
    host: broker.example.com
    protocol: kafka-secure
    security:
      - oauth: [stock.read]
channels:
  stock: {address: stock}
operations:
  publishStock:
    action: send
    channel: {$ref: '#/channels/stock'}
    security:
      - $ref: '#/components/schemas/NotAScheme'
components:
  schemas:
    NotAScheme: {type: object}
  securitySchemes:
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: 'https://auth.example.com/token', availableScopes: {stock.read: read}}}
`,
    expected: [
      ['error', '/servers/prod/security/0'],
      ['error', '/operations/publishStock/security/0'],
    ],
  },
  {
    name: '3.0: OAuth2 scopes outside availableScopes are flagged once, at the scheme',
    yaml: `${head3}servers:
  prod:
    host: broker.example.com
    protocol: kafka-secure
    security: [{$ref: '#/components/securitySchemes/oauth'}]
  staging:
    host: staging.example.com
    protocol: kafka-secure
    security: [{$ref: '#/components/securitySchemes/oauth'}]
channels: {}
components:
  securitySchemes:
    oauth:
      type: oauth2
      scopes: [stock.read, stock.admin]
      flows: {clientCredentials: {tokenUrl: 'https://auth.example.com/token', availableScopes: {stock.read: read}}}
`,
    expected: [['error', '/components/securitySchemes/oauth/scopes/1']],
  },
  {
    name: '3.0: valid schemes pass',
    yaml: `${head3}servers:
  prod:
    host: broker.example.com
    protocol: kafka-secure
    security:
      - $ref: '#/components/securitySchemes/oauth'
      - {type: scramSha512}
channels: {}
components:
  securitySchemes:
    oauth:
      type: oauth2
      scopes: [stock.read]
      flows: {clientCredentials: {tokenUrl: 'https://auth.example.com/token', availableScopes: {stock.read: read}}}
`,
    expected: [],
  },
]);

runTable('structure-asyncapi-tags-unique', [
  {
    name: '3.0: duplicate tags on a channel and on a component message (Spectral misses channels)',
    yaml: `${head3}channels:
  stock:
    address: stock
    tags: [{name: inventory}, {name: stock}, {name: inventory, description: stock levels}]
components:
  messages:
    StockAdjusted:
      tags: [{name: inventory}, {name: inventory, description: again}]
      payload: {type: object}
`,
    expected: [
      ['error', '/channels/stock/tags/2'],
      ['error', '/components/messages/StockAdjusted/tags/1'],
    ],
  },
  {
    name: 'identical tag objects are left to structure-spec-schema (uniqueItems)',
    yaml: `${head3}channels:
  stock:
    address: stock
    tags: [{name: inventory}, {name: inventory}]
`,
    expected: [],
  },
  {
    name: '3.0: unique tags pass',
    yaml: `${head3}info:
  title: x
  version: 1.0.0
  tags: [{name: inventory}, {name: stock}]
channels: {}
`.replace(`info: {title: Stock events, version: 1.0.0}\n`, ''),
    expected: [],
  },
]);

describe('parity rules leave OpenAPI documents alone', () => {
  it('reports nothing on an OpenAPI contract', async () => {
    const findings = await lintText(`openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths: {}\n`);
    expect(findings.filter((f) => f.ruleId.startsWith('structure-asyncapi'))).toEqual([]);
  });
});
