import { describe, expect, it, vi } from 'vitest';
import { SchemaValueValidator } from '../../../src/functions/lib/schema-values.js';
import { loadContract } from '../fixtures.js';

const doc = `asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels: {}
components:
  schemas:
    Order:
      type: object
      required: [orderId, placedAt]
      properties:
        orderId: {$ref: 'ids.yaml#/OrderId'}
        placedAt: {type: string, format: date-time}
        note: {type: string, nullable: true}
        lines: {type: array, items: {$ref: '#/components/schemas/Line'}}
    Line:
      type: object
      properties:
        sku: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Line'}}
    Broken: {type: 12}
`;
const files = { 'ids.yaml': `OrderId: {type: string, pattern: '^[A-Z0-9-]{6,36}$'}\n` };

describe('SchemaValueValidator', () => {
  it('inlines $refs across files, follows formats and accepts OpenAPI nullable', async () => {
    const contract = await loadContract(doc, files);
    const v = new SchemaValueValidator(contract);
    const order = { source: contract, path: ['components', 'schemas', 'Order'], value: (contract.data as any).components.schemas.Order };
    expect(v.check(order, { orderId: 'ORD-123456', placedAt: '2026-01-31T10:00:00Z', note: null, lines: [{ sku: 'A', children: [{ sku: 'B' }] }] })).toBeUndefined();
    expect(v.check(order, { orderId: 'x', placedAt: '2026-01-31T10:00:00Z' })).toMatch(/pattern.*\/orderId/);
    expect(v.check(order, { orderId: 'ORD-123456', placedAt: 'yesterday' })).toMatch(/format "date-time" at \/placedAt/);
    expect(v.check(order, { orderId: 'ORD-123456' })).toMatch(/required property 'placedAt'/);
  });

  it('compiles each schema node once', async () => {
    const contract = await loadContract(doc, files);
    const v = new SchemaValueValidator(contract);
    const spy = vi.spyOn((v as unknown as { ajv: { compile: (s: object) => unknown } }).ajv, 'compile');
    const line = { source: contract, path: ['components', 'schemas', 'Line'], value: (contract.data as any).components.schemas.Line };
    v.check(line, { sku: 'A' });
    v.check(line, { sku: 1 });
    v.check({ ...line }, { sku: 'B' });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('cannot judge an invalid schema, and says so by returning undefined', async () => {
    const contract = await loadContract(doc, files);
    const v = new SchemaValueValidator(contract);
    const broken = { source: contract, path: ['components', 'schemas', 'Broken'], value: (contract.data as any).components.schemas.Broken };
    expect(v.check(broken, 'anything')).toBeUndefined();
  });

  it('keeps __proto__ property names as data', async () => {
    const contract = await loadContract(`asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels: {}
components:
  schemas:
    Odd: {type: object, required: ['__proto__'], properties: {'__proto__': {type: string}}}
`);
    const v = new SchemaValueValidator(contract);
    const odd = { source: contract, path: ['components', 'schemas', 'Odd'], value: (contract.data as any).components.schemas.Odd };
    expect(v.check(odd, {})).toMatch(/required property '__proto__'/);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });
});
