/** Table-driven tests of the data- rules through the lint engine, in every format they apply to. */
import { describe, expect, it } from 'vitest';
import { ALL_FORMATS, object, schemaTable } from './contracts.js';
import { expectFindings, lintText } from './harness.js';

const money = object({ amount: { type: 'string', pattern: '^-?\\d+(\\.\\d{1,4})?$' }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, ['amount', 'currency']);
const moneyRef = { $ref: '#/components/schemas/Money' };
const moneyRef2 = { $ref: '#/definitions/Money' };

schemaTable('data-money-shape', ['oas3', 'asyncapi2', 'asyncapi3'], [
  {
    name: 'money objects pass, and so do the traps that are not money',
    schemas: {
      Money: money,
      Line: object({
        unitPrice: moneyRef,
        prices: { type: 'array', items: moneyRef },
        pointsBalance: { type: 'integer' },
        taxRate: { type: 'number' },
        priceListId: { type: 'string' },
        refundedAt: { type: 'string', format: 'date-time' },
        total: { type: 'integer' }, // a result count, no currency beside it
        amount: { type: 'number' }, // units of something, no currency beside it
        discount: { anyOf: [{ type: 'string' }, { $ref: '#/components/schemas/Discount' }] },
        taxable: { type: 'boolean' },
      }),
      Discount: object({ id: { type: 'string' }, coupon: { type: 'string' } }),
    },
    findings: [],
  },
  {
    name: 'bare scalars and money objects that do not require both members are reported',
    schemas: {
      Line: object({ unitPrice: { type: 'number' }, refund_amount: { type: 'integer' }, shippingCost: { type: 'string', format: 'decimal' }, discount: { $ref: '#/components/schemas/LooseMoney' }, loyaltyBonus: { type: 'integer', 'x-money': true } }),
      LooseMoney: object({ amount: { type: 'string' }, currency: { type: 'string' } }, ['amount']),
    },
    findings: [
      ['error', 'Line', 'properties', 'unitPrice'],
      ['error', 'Line', 'properties', 'refund_amount'],
      ['error', 'Line', 'properties', 'shippingCost'],
      ['error', 'LooseMoney'],
      ['error', 'Line', 'properties', 'loyaltyBonus'],
    ],
  },
]);

schemaTable('data-money-shape', ['oas2'], [
  { name: 'Swagger 2.0 definitions pass with a money object', schemas: { Money: money, Line: object({ unitPrice: moneyRef2 }) }, findings: [] },
  { name: 'Swagger 2.0 bare money is reported', schemas: { Line: object({ unitPrice: { type: 'number' } }) }, findings: [['error', 'Line', 'properties', 'unitPrice']] },
]);

schemaTable('data-money-no-float', ALL_FORMATS, [
  {
    name: 'decimal strings, minor units and decimal numbers pass; Money.amount is judged, not flagged as money',
    schemas: {
      Money: money,
      MinorMoney: object({ amountMinor: { type: 'integer' }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, ['amountMinor', 'currency']),
      DecimalMoney: object({ value: { type: 'number', format: 'decimal' }, currencyCode: { type: 'string', format: 'iso-4217' } }, ['value', 'currencyCode']),
    },
    findings: [],
  },
  {
    name: 'floats and integers that do not say minor units are reported',
    schemas: {
      FloatMoney: object({ amount: { type: 'number', format: 'double' }, currency: { type: 'string' } }),
      CentsMoney: object({ value: { type: 'integer' }, currency: { type: 'string' } }),
      Line: object({ unitPrice: { type: 'number', format: 'float' } }),
    },
    findings: [
      ['error', 'FloatMoney', 'properties', 'amount'],
      ['error', 'CentsMoney', 'properties', 'value'],
      ['error', 'Line', 'properties', 'unitPrice'],
    ],
  },
]);

schemaTable('data-currency-iso4217', ALL_FORMATS, [
  {
    name: 'ISO 4217 codes by pattern, format or enum pass',
    schemas: { Price: object({ currency: { type: 'string', pattern: '^[A-Z]{3}$' }, settlementCurrency: { type: 'string', format: 'iso-4217' }, currencyCode: { type: 'string', enum: ['EUR', 'GBP'] }, currencySymbol: { type: 'string' } }) },
    findings: [],
  },
  {
    name: 'free strings, symbols and numeric codes are reported',
    schemas: { Price: object({ currency: { type: 'string' }, tenderCurrency: { type: 'string', enum: ['€', 'EUR'] }, currency_code: { type: 'integer' }, currencies: { type: 'array', items: { type: 'string' } } }) },
    findings: [
      ['error', 'Price', 'properties', 'currency'],
      ['error', 'Price', 'properties', 'tenderCurrency'],
      ['error', 'Price', 'properties', 'currency_code'],
      ['error', 'Price', 'properties', 'currencies'],
    ],
  },
]);

schemaTable('data-country-iso3166', ALL_FORMATS, [
  {
    name: 'alpha-2 codes pass, and country names or calling codes are not judged',
    schemas: { Address: object({ country: { type: 'string', pattern: '^[A-Z]{2}$' }, countryOfOrigin: { type: 'string', format: 'iso-3166-alpha-2' }, countryName: { type: 'string' }, countryCallingCode: { type: 'string' } }) },
    findings: [],
  },
  {
    name: 'free strings and alpha-3 patterns are reported',
    schemas: { Address: object({ country: { type: 'string' }, shipToCountry: { type: 'string', pattern: '^[A-Z]{3}$' } }) },
    findings: [
      ['warn', 'Address', 'properties', 'country'],
      ['warn', 'Address', 'properties', 'shipToCountry'],
    ],
  },
]);

schemaTable('data-quantity-integer', ALL_FORMATS, [
  {
    name: 'bounded integers, signed deltas, weighed goods and flags pass; weight is not a quantity',
    schemas: {
      StockLevel: object({
        onHand: { type: 'integer', minimum: 0 },
        availableQuantity: { type: 'integer', minimum: 0 },
        quantityDelta: { type: 'integer' },
        quantity: object({ value: { type: 'string' }, unitOfMeasure: { type: 'string' } }),
        available: { type: 'boolean' },
        weight: { type: 'number' },
        weightKg: { type: 'number' },
      }),
    },
    findings: [],
  },
  {
    name: 'strings, floats and unbounded counts are reported',
    schemas: { StockLevel: object({ quantity: { type: 'string' }, reserved: { type: 'number' }, qtyOnHand: { type: 'integer' } }) },
    findings: [
      ['warn', 'StockLevel', 'properties', 'quantity'],
      ['warn', 'StockLevel', 'properties', 'reserved'],
      ['warn', 'StockLevel', 'properties', 'qtyOnHand'],
    ],
  },
]);

describe('data- rules on shared and referenced components', () => {
  it('reports a shared money schema once, at the component', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /carts/{cartId}:
    get:
      operationId: getCart
      parameters: [{name: cartId, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Cart'}}}}}
  /orders/{orderId}:
    get:
      operationId: getOrder
      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}}
components:
  schemas:
    Money: {type: object, properties: {amount: {type: number}, currency: {type: string, pattern: '^[A-Z]{3}$'}}}
    Cart: {type: object, properties: {subtotal: {$ref: '#/components/schemas/Money'}, tax: {$ref: '#/components/schemas/Money'}}}
    Order: {type: object, properties: {orderTotal: {$ref: '#/components/schemas/Money'}}}
`);
    expectFindings(findings, 'data-money-shape', [['error', '/components/schemas/Money']]);
    expectFindings(findings, 'data-money-no-float', [['error', '/components/schemas/Money/properties/amount']]);
    expect(findings.find((f) => f.ruleId === 'data-money-shape')!.message).toContain('money object used by `subtotal`, `tax` and `orderTotal` does not require amount and currency');
  });

  it("reports in the $ref'd file, also for Swagger 2.0 body schemas", async () => {
    const findings = await lintText(
      `swagger: "2.0"
info: {title: t, version: 1.0.0}
paths:
  /prices:
    post:
      operationId: createPrice
      parameters: [{name: body, in: body, required: true, schema: {$ref: 'common.yaml#/Price'}}]
      responses: {'201': {description: ok}}
`,
      { files: { 'common.yaml': 'Price:\n  type: object\n  properties:\n    currency: {type: string}\n    country: {type: string}\n' } },
    );
    const data = findings.filter((f) => f.ruleId.startsWith('data-'));
    expect(data.map((f) => [f.ruleId, f.file.replace(/\\/g, '/'), f.pointer]).sort()).toEqual([
      ['data-country-iso3166', 'common.yaml', '/Price/properties/country'],
      ['data-currency-iso4217', 'common.yaml', '/Price/properties/currency'],
    ]);
  });
});
