/**
 * The non-breaking traps of DIFF-POLICY.md: edits a textual diff sees but a client never notices.
 * Each pair must produce no breaking change (and usually no change at all).
 */
import { describe, expect, it } from 'vitest';
import { diffTexts, expectNoBreaking } from './harness.js';

const order = (extra = '') => `
    Order:
      type: object
      required: [orderId, lines, currency]
      properties:
        orderId: {type: string, format: uuid}
        status: {type: string, enum: [placed, picked, shipped, delivered]}
        currency: {type: string, pattern: '^[A-Z]{3}$'}
        loyaltyId: {type: string}
        lines:
          type: array
          minItems: 1
          items: {$ref: '#/components/schemas/OrderLine'}${extra}
    OrderLine:
      type: object
      required: [sku, quantity]
      properties:
        sku: {type: string, maxLength: 40}
        quantity: {type: integer, minimum: 1}
        unitPrice: {type: number}`;

const api = (schemas = order(), paths = DEFAULT_PATHS, version = '1.2.0') => `openapi: 3.0.3
info: {title: Orders, version: ${version}}
tags: [{name: orders}, {name: stock}]
paths:
${paths}
components:
  schemas:${schemas}
`;

const DEFAULT_PATHS = `  /orders:
    post:
      operationId: placeOrder
      tags: [orders]
      parameters:
        - {name: Idempotency-Key, in: header, required: true, schema: {type: string}}
        - {name: storeId, in: query, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Order'}
      responses:
        '201':
          description: Placed
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Order'}
  /orders/{orderId}:
    get:
      operationId: getOrder
      parameters:
        - {name: orderId, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The order
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Order'}`;

describe('non-breaking traps', () => {
  it('identical documents: no changes at all', async () => {
    const result = await diffTexts(api(), api());
    expect(result.changes).toEqual([]);
    expect(result.version).toMatchObject({ requiredBump: 'none', ok: true });
  });

  it('a component renamed (every $ref updated) is no change', async () => {
    const renamed = api(order().replace(/OrderLine/g, 'LineItem'));
    expect((await diffTexts(api(), renamed)).changes).toEqual([]);
  });

  it('an inline schema moved into components is no change, and back', async () => {
    const inline = api(order().replace("items: {$ref: '#/components/schemas/OrderLine'}", 'items: {type: object, required: [sku, quantity], properties: {sku: {type: string, maxLength: 40}, quantity: {type: integer, minimum: 1}, unitPrice: {type: number}}}'));
    expect((await diffTexts(inline, api())).changes).toEqual([]);
    expect((await diffTexts(api(), inline)).changes).toEqual([]);
  });

  it('a renamed path template variable is the same operation', async () => {
    const renamed = api(order(), DEFAULT_PATHS.replace('/orders/{orderId}', '/orders/{id}').replace('name: orderId, in: path', 'name: id, in: path'));
    expect((await diffTexts(api(), renamed)).changes).toEqual([]);
  });

  it('reordered properties, required, enum values, tags, parameters, responses and paths are no change', async () => {
    const reordered = `openapi: 3.0.3
info: {version: 1.2.0, title: Orders}
tags: [{name: stock}, {name: orders}]
components:
  schemas:
    OrderLine:
      properties:
        unitPrice: {type: number}
        quantity: {minimum: 1, type: integer}
        sku: {maxLength: 40, type: string}
      required: [quantity, sku]
      type: object
    Order:
      properties:
        lines:
          items: {$ref: '#/components/schemas/OrderLine'}
          minItems: 1
          type: array
        loyaltyId: {type: string}
        currency: {pattern: '^[A-Z]{3}$', type: string}
        status: {enum: [delivered, shipped, picked, placed], type: string}
        orderId: {format: uuid, type: string}
      required: [currency, lines, orderId]
      type: object
paths:
  /orders/{orderId}:
    get:
      responses:
        '200':
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Order'}
          description: The order
      parameters:
        - {in: path, name: orderId, schema: {type: string}, required: true}
      operationId: getOrder
  /orders:
    post:
      tags: [orders]
      responses:
        '201':
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Order'}
          description: Placed
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Order'}
        required: true
      parameters:
        - {name: storeId, in: query, schema: {type: string}}
        - {name: idempotency-key, in: header, required: true, schema: {type: string}}
      operationId: placeOrder
`;
    expect((await diffTexts(api(), reordered)).changes).toEqual([]);
  });

  it('description, summary, example and title edits are no change', async () => {
    const described = api(order().replace('orderId: {type: string, format: uuid}', 'orderId: {type: string, format: uuid, description: Order number, example: 3f2b8c1e-0000-4000-8000-000000000000, title: Order id}'), DEFAULT_PATHS.replace('operationId: placeOrder', 'operationId: placeOrder\n      summary: Place an order\n      description: Creates an order from a basket'));
    expect((await diffTexts(api(), described)).changes).toEqual([]);
  });

  it('an optional property, an optional parameter, a new operation and a new error status are additions, not breaking', async () => {
    const added = api(
      order(`\n        giftMessage: {type: string, maxLength: 200}`),
      DEFAULT_PATHS.replace('        - {name: storeId, in: query, schema: {type: string}}', '        - {name: storeId, in: query, schema: {type: string}}\n        - {name: channel, in: query, schema: {type: string}}') +
        `\n        '404': {description: Unknown order}\n  /stock/{sku}:\n    get:\n      operationId: getStock\n      parameters:\n        - {name: sku, in: path, required: true, schema: {type: string}}\n      responses:\n        '200': {description: Stock}`,
      '1.3.0',
    );
    const result = await diffTexts(api(), added);
    expectNoBreaking(result);
    expect(result.changes.map((c) => c.checkId).sort()).toEqual(
      ['operation-added', 'request-parameter-added', 'request-property-added', 'response-error-status-added', 'response-property-added', 'response-property-added'].sort(),
    );
    expect(result.version).toMatchObject({ requiredBump: 'minor', ok: true });
  });

  it('a $ref into another file instead of a local component is no change', async () => {
    const split = api(order().replace("items: {$ref: '#/components/schemas/OrderLine'}", "items: {$ref: 'schemas/order-line.yaml'}"));
    const result = await diffTexts(api(), split, { files: { 'schemas/order-line.yaml': 'type: object\nrequired: [sku, quantity]\nproperties:\n  sku: {type: string, maxLength: 40}\n  quantity: {type: integer, minimum: 1}\n  unitPrice: {type: number}\n' } });
    expect(result.changes).toEqual([]);
  });

  it('allOf composition that resolves to the same object is no change', async () => {
    const composed = api(
      order().replace(
        `    OrderLine:
      type: object
      required: [sku, quantity]
      properties:
        sku: {type: string, maxLength: 40}
        quantity: {type: integer, minimum: 1}
        unitPrice: {type: number}`,
        `    OrderLine:
      allOf:
        - $ref: '#/components/schemas/SkuQuantity'
        - type: object
          properties:
            unitPrice: {type: number}
    SkuQuantity:
      type: object
      required: [sku, quantity]
      properties:
        sku: {type: string, maxLength: 40}
        quantity: {type: integer, minimum: 1}`,
      ),
    );
    expect((await diffTexts(api(), composed)).changes).toEqual([]);
  });

  it('the three spellings of nullable are the same thing', async () => {
    const v30 = `openapi: 3.0.3
info: {title: Prices, version: 1.0.0}
paths:
  /prices/{sku}:
    get:
      parameters: [{name: sku, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: Price
          content:
            application/json:
              schema:
                type: object
                properties:
                  promoPrice: {type: number, nullable: true}
                  promoEnds: {allOf: [{$ref: '#/components/schemas/Date'}], nullable: true}
components:
  schemas:
    Date: {type: string, format: date}
`;
    const v31 = v30
      .replace('openapi: 3.0.3', 'openapi: 3.1.0')
      .replace('promoPrice: {type: number, nullable: true}', "promoPrice: {type: [number, 'null']}")
      .replace("promoEnds: {allOf: [{$ref: '#/components/schemas/Date'}], nullable: true}", "promoEnds: {oneOf: [{$ref: '#/components/schemas/Date'}, {type: 'null'}]}");
    expect((await diffTexts(v30, v31)).changes).toEqual([]);
  });

  it('oneOf branches reordered and an inline branch moved to a component are no change', async () => {
    const base = `openapi: 3.1.0
info: {title: Payments, version: 1.0.0}
paths:
  /payments:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf:
                - $ref: '#/components/schemas/Card'
                - {type: object, title: GiftCard, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}
      responses: {'201': {description: ok}}
components:
  schemas:
    Card: {type: object, required: [cardToken], properties: {cardToken: {type: string}}}
`;
    const revision = base
      .replace("                - $ref: '#/components/schemas/Card'\n                - {type: object, title: GiftCard, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}", "                - $ref: '#/components/schemas/GiftCard'\n                - $ref: '#/components/schemas/Card'")
      .replace('    Card: {type: object', '    GiftCard: {type: object, title: GiftCard, required: [giftCardNumber], properties: {giftCardNumber: {type: string}}}\n    Card: {type: object');
    expect((await diffTexts(base, revision)).changes).toEqual([]);
  });
});
