/** Table-driven tests of the naming- rules through the lint engine, in every format they apply to. */
import { describe, expect, it } from 'vitest';
import { ALL_FORMATS, object, schemaTable } from './contracts.js';
import { expectFindings, lintText } from './harness.js';

schemaTable('naming-property-case', ALL_FORMATS, [
  { name: 'camelCase properties pass, and so do HAL links', schemas: { Order: object({ orderId: { type: 'string' }, placedAt: { type: 'string' }, _links: { type: 'object' } }) }, findings: [] },
  {
    name: 'other cases are reported one by one in a camelCase contract',
    schemas: { Order: object({ orderId: { type: 'string' }, placedAt: { type: 'string' }, order_total: { type: 'string' }, 'Line-Count': { type: 'integer' } }) },
    findings: [
      ['warn', 'Order', 'properties', 'order_total'],
      ['warn', 'Order', 'properties', 'Line-Count'],
    ],
  },
  {
    name: 'the estate convention is configurable',
    schemas: { Order: object({ order_id: { type: 'string' }, placedAt: { type: 'string' } }) },
    config: { canonical: { naming: { propertyCase: 'snake_case' } } },
    findings: [['warn', 'Order', 'properties', 'placedAt']],
    formats: ['oas3', 'asyncapi3'],
  },
]);

describe('naming-property-case on a contract written in another convention throughout', () => {
  it('reports once, at the first such property, and still reports outliers', async () => {
    const properties = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`field_number_${i}`, { type: 'string' }]));
    const findings = await lintText(
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1.0.0' },
        paths: {},
        components: { schemas: { Order: { type: 'object', properties: { ...properties, 'Odd-One': { type: 'string' } } } } },
      }),
      { file: 'api.json' },
    );
    expectFindings(findings, 'naming-property-case', [
      ['warn', '/components/schemas/Order/properties/field_number_0'],
      ['warn', '/components/schemas/Order/properties/Odd-One'],
    ]);
    expect(findings.find((f) => f.pointer.endsWith('field_number_0'))!.message).toBe(
      "property `field_number_0` and 29 other properties are snake_case: this contract does not follow the estate's camelCase convention (convert it, or waive the rule for this contract)",
    );
  });

  it('leaves AsyncAPI message header names to their transport conventions', async () => {
    const findings = await lintText(`asyncapi: 2.6.0
info: {title: t, version: 1.0.0}
channels:
  orders/placed:
    subscribe:
      operationId: sendOrderPlaced
      message:
        headers: {type: object, properties: {ce_id: {type: string}, MQMD: {type: object, properties: {CorrelId: {type: string}}}}}
        payload: {type: object, properties: {order_id: {type: string}}}
`);
    expectFindings(findings, 'naming-property-case', [['warn', '/channels/orders~1placed/subscribe/message/payload/properties/order_id']]);
  });
});

const path = (p: string, operationId = 'listThings') => `  ${p}:\n    get: {operationId: ${operationId}, responses: {'200': {description: ok}}}\n`;

describe('naming-path-segments', () => {
  it('passes plural kebab-case resources (Swagger 2.0 and OpenAPI 3)', async () => {
    for (const head of ['swagger: "2.0"', 'openapi: 3.0.3']) {
      const findings = await lintText(`${head}\ninfo: {title: t, version: 1.0.0}\npaths:\n${path('/v1/price-lists/{priceListId}')}${path('/v1/stores/{storeId}/inventory/{sku}', 'getStock')}${path('/v1/health', 'getHealth')}`);
      expectFindings(findings, 'naming-path-segments', []);
    }
  });
  it('reports verbs, case, singular collections, extensions and trailing slashes at the path', async () => {
    const findings = await lintText(
      `openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths:\n${path('/getPriceList', 'a1')}${path('/order/{orderId}', 'a2')}${path('/price_lists/', 'a3')}${path('/exports/{name}.csv', 'a4')}`,
    );
    expectFindings(findings, 'naming-path-segments', [
      ['warn', '/paths/~1exports~1{name}.csv'],
      ['warn', '/paths/~1getPriceList'],
      ['warn', '/paths/~1getPriceList'],
      ['warn', '/paths/~1order~1{orderId}'],
      ['warn', '/paths/~1price_lists~1'],
      ['warn', '/paths/~1price_lists~1'],
    ]);
  });
});

describe('naming-operation-id and naming-operation-id-case', () => {
  it('passes unique camelCase verb-noun ids and standard headers', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - {name: traceparent, in: header, schema: {type: string}}
        - {name: Idempotency-Key, in: header, schema: {type: string}}
      responses: {'200': {description: ok}}
    post: {operationId: placeOrder, responses: {'201': {description: ok}}}
`);
    expectFindings(findings, 'naming-operation-id', []);
    expectFindings(findings, 'naming-operation-id-case', []);
  });

  it('reports missing and duplicate ids as errors, case and headers as warnings (OpenAPI 3)', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get:
      operationId: GetOrders
      parameters:
        - {name: X-Store-Id, in: header, schema: {type: string}}
        - {name: idempotency-key, in: header, schema: {type: string}}
      responses: {'200': {description: ok}}
    post: {responses: {'201': {description: ok}}}
  /carts:
    get: {operationId: GetOrders, responses: {'200': {description: ok}}}
`);
    expectFindings(findings, 'naming-operation-id', [
      ['error', '/paths/~1carts/get/operationId'],
      ['error', '/paths/~1orders/post'],
    ]);
    expectFindings(findings, 'naming-operation-id-case', [
      ['warn', '/paths/~1carts/get/operationId'],
      ['warn', '/paths/~1orders/get/operationId'],
      ['warn', '/paths/~1orders/get/parameters/0'],
      ['warn', '/paths/~1orders/get/parameters/1'],
    ]);
  });

  it('judges Swagger 2.0 operations', async () => {
    const findings = await lintText(`swagger: "2.0"
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get: {operationId: orders, responses: {'200': {description: ok}}}
    post: {responses: {'201': {description: ok}}}
`);
    expectFindings(findings, 'naming-operation-id', [['error', '/paths/~1orders/post']]);
    expectFindings(findings, 'naming-operation-id-case', [['warn', '/paths/~1orders/get/operationId']]);
  });

  it('judges AsyncAPI 2.x operationIds and AsyncAPI 3 operation keys', async () => {
    const v2 = await lintText(`asyncapi: 2.6.0
info: {title: t, version: 1.0.0}
channels:
  orders/placed:
    subscribe: {operationId: sendOrderPlaced, message: {payload: {type: object}}}
  orders/cancelled:
    subscribe: {message: {payload: {type: object}}}
    publish: {operationId: OrderCancelled, message: {payload: {type: object}}}
`);
    expectFindings(v2, 'naming-operation-id', [['error', '/channels/orders~1cancelled/subscribe']]);
    expectFindings(v2, 'naming-operation-id-case', [['warn', '/channels/orders~1cancelled/publish/operationId']]);
    const v3 = await lintText(`asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels:
  orderPlaced: {address: orders/placed, messages: {OrderPlaced: {payload: {type: object}}}}
operations:
  sendOrderPlaced: {action: send, channel: {$ref: '#/channels/orderPlaced'}}
  order_placed_consumer: {action: receive, channel: {$ref: '#/channels/orderPlaced'}}
`);
    expectFindings(v3, 'naming-operation-id', []);
    expectFindings(v3, 'naming-operation-id-case', [['warn', '/operations/order_placed_consumer']]);
  });
});

describe('naming- rules on shared and referenced components', () => {
  it('reports a shared schema once, at the component, and in its own file', async () => {
    const findings = await lintText(
      `openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get: {operationId: listOrders, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Address'}}}}}}
  /stores:
    get: {operationId: listStores, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Address'}}}}}}
  /customers:
    get: {operationId: listCustomers, responses: {'200': {description: ok, content: {application/json: {schema: {$ref: 'shared.yaml#/Contact'}}}}}}
components:
  schemas:
    Address: {type: object, properties: {postal_code: {type: string}}}
`,
      { files: { 'shared.yaml': 'Contact:\n  type: object\n  properties:\n    phone_number: {type: string}\n' } },
    );
    const naming = findings.filter((f) => f.ruleId === 'naming-property-case');
    expect(naming.map((f) => [f.file.replace(/\\/g, '/'), f.pointer]).sort()).toEqual([
      ['api.yaml', '/components/schemas/Address/properties/postal_code'],
      ['shared.yaml', '/Contact/properties/phone_number'],
    ]);
  });
});
