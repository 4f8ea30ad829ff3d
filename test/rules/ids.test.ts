/** Table-driven tests of the ids- rules through the lint engine, in every format they apply to. */
import { describe, expect, it } from 'vitest';
import { ALL_FORMATS, object, schemaTable } from './contracts.js';
import { expectFindings, lintText } from './harness.js';

schemaTable('ids-canonical-names', ALL_FORMATS, [
  { name: 'canonical names pass', schemas: { Order: object({ customerId: { type: 'string' }, storeId: { type: 'string' }, promoCode: { type: 'string' } }) }, findings: [] },
  {
    name: 'synonyms are reported at the property',
    schemas: { Order: object({ custId: { type: 'string' }, order_number: { type: 'string' }, storeNo: { type: 'string' } }) },
    findings: [
      ['error', 'Order', 'properties', 'custId'],
      ['error', 'Order', 'properties', 'order_number'],
      ['error', 'Order', 'properties', 'storeNo'],
    ],
  },
  {
    name: 'a team registry replaces the synonyms',
    schemas: { Order: object({ custId: { type: 'string' }, shopperRef: { type: 'string' } }) },
    config: { canonical: { ids: { customerId: { synonyms: ['shopperRef'] } } } },
    findings: [['error', 'Order', 'properties', 'shopperRef']],
    formats: ['oas3'],
  },
]);

schemaTable('ids-string-type', ALL_FORMATS, [
  { name: 'string ids pass', schemas: { Order: object({ id: { type: 'string' }, orderId: { type: 'string', format: 'uuid' }, lineCount: { type: 'integer' } }) }, findings: [] },
  {
    name: 'numeric ids, id alternatives and id arrays are reported',
    schemas: {
      Order: object({
        id: { type: 'integer' },
        customer_id: { type: 'number' },
        storeId: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        relatedOrderIds: { type: 'array', items: { type: 'integer' } },
      }),
    },
    findings: [
      ['error', 'Order', 'properties', 'id'],
      ['error', 'Order', 'properties', 'customer_id'],
      ['error', 'Order', 'properties', 'storeId'],
      ['error', 'Order', 'properties', 'relatedOrderIds'],
    ],
  },
]);

schemaTable('ids-declared-format', ALL_FORMATS, [
  {
    name: 'registry formats and patterns pass',
    schemas: { Order: object({ customerId: { type: 'string', format: 'uuid' }, storeId: { type: 'string', pattern: '^[0-9]{4}$' }, cartId: { type: 'string', format: 'ulid' } }) },
    findings: [],
  },
  {
    name: 'missing or different formats and patterns are reported',
    schemas: { Order: object({ customerId: { type: 'string' }, storeId: { type: 'string', pattern: '^S[0-9]{5}$' }, cartId: { type: 'string' } }) },
    findings: [
      ['warn', 'Order', 'properties', 'customerId'],
      ['warn', 'Order', 'properties', 'storeId'],
      ['warn', 'Order', 'properties', 'cartId'],
    ],
  },
  {
    name: "a team's storeId pattern (apigov.yaml canonical:) replaces the default",
    schemas: { Store: object({ storeId: { type: 'string', pattern: '^S[0-9]{5}$' } }), LegacyStore: object({ storeId: { type: 'string', pattern: '^[0-9]{4}$' } }) },
    config: { canonical: { ids: { storeId: { pattern: '^S[0-9]{5}$' } } } },
    findings: [['warn', 'LegacyStore', 'properties', 'storeId']],
  },
]);

schemaTable('ids-gtin-format', ALL_FORMATS, [
  {
    name: 'digit strings of GTIN lengths with valid check digits pass',
    schemas: { Product: object({ gtin: { type: 'string', pattern: '^(\\d{8}|\\d{12,14})$', example: '4006381333931' }, ean: { type: 'string', pattern: '^\\d{13}$', example: '4006381333931' } }) },
    findings: [],
  },
  {
    name: 'integers, loose patterns and bad check digits are reported',
    schemas: {
      Product: object({
        gtin: { type: 'integer' },
        upc: { type: 'string', pattern: '^\\d+$' },
        gtin13: { type: 'string', pattern: '^\\d{13}$', example: '4006381333932' },
        ean: { type: 'string' },
      }),
    },
    findings: [
      ['error', 'Product', 'properties', 'gtin'],
      ['error', 'Product', 'properties', 'upc'],
      ['error', 'Product', 'properties', 'gtin13', 'example'],
      ['error', 'Product', 'properties', 'ean'],
    ],
  },
]);

schemaTable('ids-sku-format', ALL_FORMATS, [
  { name: 'bounded patterned SKUs pass', schemas: { Line: object({ sku: { type: 'string', maxLength: 40, pattern: '^[A-Z0-9-]{1,40}$' } }) }, findings: [] },
  {
    name: 'numeric and unbounded SKUs are reported',
    schemas: { Line: object({ sku: { type: 'integer' }, parentSku: { type: 'string' }, skus: { type: 'array', items: { type: 'string', maxLength: 40 } } }) },
    findings: [
      ['error', 'Line', 'properties', 'sku'],
      ['error', 'Line', 'properties', 'parentSku'],
      ['error', 'Line', 'properties', 'skus'],
    ],
  },
]);

describe('ids- rules on parameters, headers and paths', () => {
  it('judges Swagger 2.0 non-body parameters, which carry their type themselves', async () => {
    const findings = await lintText(
      `swagger: "2.0"
info: {title: t, version: 1.0.0}
paths:
  /purchase-orders/{poNumber}:
    get:
      operationId: getPurchaseOrder
      parameters:
        - {name: poNumber, in: path, required: true, type: integer}
        - {name: custId, in: query, type: string}
        - {name: X-Sku, in: header, type: string}
      responses: {'200': {description: ok}}
`,
    );
    expectFindings(findings, 'ids-string-type', [['error', '/paths/~1purchase-orders~1{poNumber}/get/parameters/0']]);
    expectFindings(findings, 'ids-canonical-names', [['error', '/paths/~1purchase-orders~1{poNumber}/get/parameters/1']]);
    expectFindings(findings, 'ids-sku-format', [['error', '/paths/~1purchase-orders~1{poNumber}/get/parameters/2']]);
  });

  it('judges OpenAPI 3 parameters and AsyncAPI channel parameters', async () => {
    const oas3 = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /stores/{storeNo}:
    get:
      operationId: getStore
      parameters:
        - {name: storeNo, in: path, required: true, schema: {type: integer}}
      responses: {'200': {description: ok}}
`);
    expectFindings(oas3, 'ids-string-type', [['error', '/paths/~1stores~1{storeNo}/get/parameters/0']]);
    expectFindings(oas3, 'ids-canonical-names', [['error', '/paths/~1stores~1{storeNo}/get/parameters/0']]);
    const events = await lintText(`asyncapi: 2.6.0
info: {title: t, version: 1.0.0}
channels:
  orders/{orderId}/placed:
    parameters:
      orderId: {schema: {type: integer}}
    subscribe:
      operationId: sendOrderPlaced
      message: {payload: {type: object}}
`);
    expectFindings(events, 'ids-string-type', [['error', '/channels/orders~1{orderId}~1placed/parameters/orderId']]);
  });

  it('ids-path-param-names: canonical names per collection, one name per collection', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders/{id}:
    get: {operationId: getOrder, parameters: [{name: id, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
  /orders/{orderId}/lines:
    get: {operationId: listOrderLines, parameters: [{name: orderId, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
  /customers/{customer_id}:
    get: {operationId: getCustomer, parameters: [{name: customer_id, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
  /purchase-orders/{id}:
    get: {operationId: getPurchaseOrder, parameters: [{name: id, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
  /warehouses/{warehouseId}:
    get: {operationId: getWarehouse, parameters: [{name: warehouseId, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
  /warehouses/{warehouseCode}/bins:
    get: {operationId: listBins, parameters: [{name: warehouseCode, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
  /warehouses/{warehouseId}/docks:
    get: {operationId: listDocks, parameters: [{name: warehouseId, in: path, required: true, schema: {type: string}}], responses: {'200': {description: ok}}}
`);
    expectFindings(findings, 'ids-path-param-names', [
      ['warn', '/paths/~1orders~1{id}'],
      ['warn', '/paths/~1purchase-orders~1{id}'],
      ['warn', '/paths/~1warehouses~1{warehouseCode}~1bins'],
    ]);
    const messages = findings.filter((f) => f.ruleId === 'ids-path-param-names').map((f) => f.message);
    expect(messages).toContain('path parameter {id} after /orders/ is not a canonical id of that entity: name it {orderId}');
    expect(messages).toContain('path parameter {id} after /purchase-orders/ is anonymous: name it after the entity, e.g. {purchaseOrderId}');
  });
});

describe('ids-path-param-names in Swagger 2.0', () => {
  it('reports an anonymous id after a collection', async () => {
    const findings = await lintText(`swagger: "2.0"
info: {title: t, version: 1.0.0}
paths:
  /skus/{id}:
    get: {operationId: getSku, parameters: [{name: id, in: path, required: true, type: string}], responses: {'200': {description: ok}}}
  /stores/{storeId}:
    get: {operationId: getStore, parameters: [{name: storeId, in: path, required: true, type: string}], responses: {'200': {description: ok}}}
`);
    expectFindings(findings, 'ids-path-param-names', [['warn', '/paths/~1skus~1{id}']]);
  });
});

describe('traps: names that look like ids, times or money and are not', () => {
  it('leaves paging tokens, time zones, rates, points, weights and codes alone', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - {name: pageToken, in: query, schema: {type: string, maxLength: 200}}
        - {name: pageSize, in: query, schema: {type: integer, minimum: 1, maximum: 100, default: 20}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  nextPageToken: {type: string}
                  timeZone: {type: string}
                  taxRate: {type: string, pattern: '^\\d+(\\.\\d+)?$'}
                  pointsBalance: {type: integer, minimum: 0}
                  weightKg: {type: number}
                  promoCode: {type: string}
                  idempotent: {type: boolean}
`);
    const mine = findings.filter((f) => /^(ids|time|data|naming)-/.test(f.ruleId));
    expect(mine).toEqual([]);
  });
});

describe('ids- rules on shared and referenced components', () => {
  it('reports a shared id schema once, at the component, however many operations use it', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders/{orderId}:
    get:
      operationId: getOrder
      parameters: [{$ref: '#/components/parameters/OrderId'}]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}}
    delete:
      operationId: deleteOrder
      parameters: [{$ref: '#/components/parameters/OrderId'}]
      responses: {'204': {description: ok}}
  /returns/{returnId}:
    get:
      operationId: getReturn
      parameters: [{name: returnId, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Return'}}}}}
components:
  parameters:
    OrderId: {name: orderId, in: path, required: true, schema: {$ref: '#/components/schemas/OrderId'}}
  schemas:
    OrderId: {type: integer}
    Order: {type: object, properties: {orderId: {$ref: '#/components/schemas/OrderId'}}}
    Return: {type: object, properties: {originalOrderId: {$ref: '#/components/schemas/OrderId'}}}
`);
    expectFindings(findings, 'ids-string-type', [['error', '/components/schemas/OrderId']]);
    expect(findings.find((f) => f.ruleId === 'ids-string-type')!.message).toBe(
      'id `orderId` and `originalOrderId` is typed integer: ids are type: string (numeric ids are enumerable and lose leading zeros)',
    );
  });

  it('reports a component in a $ref\'d file in that file', async () => {
    const findings = await lintText(
      `openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /products/{productId}:
    get:
      operationId: getProduct
      parameters: [{name: productId, in: path, required: true, schema: {type: string, format: uuid}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: 'schemas/product.yaml#/Product'}}}}}
`,
      { files: { 'schemas/product.yaml': 'Product:\n  type: object\n  properties:\n    gtin: {type: integer}\n    itemCode: {type: string}\n' } },
    );
    const ids = findings.filter((f) => f.ruleId.startsWith('ids-'));
    expect(ids.map((f) => [f.ruleId, f.file.replace(/\\/g, '/'), f.pointer]).sort()).toEqual([
      ['ids-canonical-names', 'schemas/product.yaml', '/Product/properties/itemCode'],
      ['ids-gtin-format', 'schemas/product.yaml', '/Product/properties/gtin'],
    ]);
  });
});
