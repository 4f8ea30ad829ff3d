/**
 * The 14 estate checks: for each, a small estate that triggers it and one that must not. Catalogs
 * are built from YAML contracts in temporary projects (and validated against the catalog schema).
 */
import { describe, expect, it } from 'vitest';
import { ESTATE_CHECKS } from '../../src/catalog/estate-checks/index.js';
import { explain } from '../../src/cli/explain.js';
import type { EstateConfig } from '../../src/catalog/estate-config.js';
import { asyncApi2, asyncApi3, catalogOf, estateFindings, located, op, openApi } from './helpers.js';

const ORDER_SCHEMA = {
  type: 'object',
  required: ['orderId', 'status'],
  properties: {
    orderId: { type: 'string', pattern: '^[A-Z0-9-]{6,36}$' },
    status: { type: 'string', enum: ['placed', 'shipped', 'cancelled'] },
    total: { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string' }, currency: { type: 'string' } } },
    placedAt: { type: 'string', format: 'date-time' },
  },
};

const oms = (extra: Record<string, unknown> = {}) =>
  openApi(
    { apiId: 'retail-order-management', system: 'oms', owner: 'team-oms', domain: 'order', sor: ['Order'] },
    { paths: { '/orders': { post: op('placeOrder'), get: op('listOrders') } }, schemas: { Order: ORDER_SCHEMA, ...extra } },
  );

describe('estate checks registry', () => {
  it('has the 14 checks of CATALOG.md, each with an id, a severity, an area and a one-line description', () => {
    expect(ESTATE_CHECKS.map((c) => c.id)).toEqual([
      'estate-sor-conflict',
      'estate-sor-missing',
      'estate-canonical-shape-drift',
      'estate-id-representation-drift',
      'estate-orphan-consumed-event',
      'estate-consumer-producer-schema-mismatch',
      'estate-unconsumed-event',
      'estate-duplicate-operation-id',
      'estate-route-collision',
      'estate-event-type-collision',
      'estate-deprecated-dependency',
      'estate-owner-unknown',
      'estate-version-skew',
      'estate-write-outside-sor',
    ]);
    for (const check of ESTATE_CHECKS) expect(check.description).toMatch(/^[A-Z].*\.$/);
  });

  it('documents every check for apigov explain: what, why in retail, failing and passing estates, configuration', () => {
    for (const check of ESTATE_CHECKS) {
      const page = explain(check.id);
      expect(page.startsWith(`# ${check.id}\n`)).toBe(true);
      expect(page).toContain(`severity **${check.severity}**`);
      expect(page).toContain(`score area **${check.area}**`);
      for (const heading of ['## What it checks', '## Why it matters in retail', '## Failing example', '## Passing example', '## Configure or waive']) expect(page).toContain(heading);
    }
  });
});

describe('X1 estate-sor-conflict', () => {
  it('reports two APIs of different systems claiming the same entity, at each claim', async () => {
    const catalog = await catalogOf({
      'oms.yaml': oms(),
      'webshop.yaml': openApi({ apiId: 'retail-webshop', system: 'webshop', sor: ['Customer', 'Order'] }),
    });
    expect(located(catalog, 'estate-sor-conflict')).toEqual(['error oms.yaml#/info/x-system-of-record/0', 'error webshop.yaml#/info/x-system-of-record/1']);
    expect(estateFindings(catalog, 'estate-sor-conflict')[0]!.message).toContain('Order has 2 systems of record');
    expect(catalog.entities.find((e) => e.name === 'Order')?.sorConflict).toBe(true);
  });

  it('does not report v1 and v2 of one x-api-id side by side, two contracts of one system, or a retired claimant', async () => {
    const catalog = await catalogOf({
      'oms-v1.yaml': openApi({ apiId: 'retail-order-management', version: '1.4.0', system: 'oms-legacy', sor: ['Order'] }),
      'oms-v2.yaml': openApi({ apiId: 'retail-order-management', version: '2.0.0', system: 'oms', sor: ['Order'] }),
      'oms-events.yaml': asyncApi3({ apiId: 'retail-order-events', system: 'oms', sor: ['Order'] }, []),
      'old-shop.yaml': openApi({ apiId: 'retail-old-shop', system: 'old-shop', lifecycle: 'retired', sor: ['Order'] }),
    });
    expect(estateFindings(catalog, 'estate-sor-conflict')).toEqual([]);
    expect(catalog.entities.find((e) => e.name === 'Order')).toMatchObject({ systemOfRecord: ['retail-order-events', 'retail-order-management'], sorConflict: false });
  });
});

describe('X2 estate-sor-missing', () => {
  it('reports an entity used through a schema and a resource path that no contract claims', async () => {
    const catalog = await catalogOf({
      'loyalty.yaml': openApi(
        { apiId: 'retail-loyalty', sor: ['LoyaltyAccount'] },
        { paths: { '/customers/{customerId}': { get: op('getCustomer') } }, schemas: { Customer: { type: 'object', properties: { customerId: { type: 'string' } } } } },
      ),
    });
    expect(located(catalog, 'estate-sor-missing')).toEqual(['warn loyalty.yaml#/components/schemas/Customer', 'warn loyalty.yaml#/paths/~1customers~1{customerId}/get']);
    expect(catalog.entities.find((e) => e.name === 'Customer')).toMatchObject({ systemOfRecord: [], readers: ['retail-loyalty'] });
  });

  it('does not report an entity another contract claims', async () => {
    const catalog = await catalogOf({
      'loyalty.yaml': openApi({ apiId: 'retail-loyalty', sor: ['LoyaltyAccount'] }, { schemas: { Customer: { type: 'object' } } }),
      'crm.yaml': openApi({ apiId: 'retail-crm', sor: ['Customer'] }, { schemas: { Customer: { type: 'object' } } }),
    });
    expect(estateFindings(catalog, 'estate-sor-missing')).toEqual([]);
  });
});

describe('X3 estate-canonical-shape-drift', () => {
  it('reports a copy with another id type, a required member the system of record lacks, and another enum domain', async () => {
    const catalog = await catalogOf({
      'oms.yaml': oms(),
      'shop.yaml': openApi(
        { apiId: 'retail-webshop', system: 'webshop' },
        {
          schemas: {
            Order: {
              type: 'object',
              required: ['orderId', 'channel'],
              properties: {
                orderId: { type: 'integer', format: 'int64' },
                channel: { type: 'string' },
                status: { type: 'string', enum: ['placed', 'shipped'] },
              },
            },
          },
        },
      ),
    });
    const [finding] = estateFindings(catalog, 'estate-canonical-shape-drift');
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toContain('orderId is integer (int64) here but string');
    expect(finding!.message).toContain('channel is required here but the system of record has no such property');
    expect(finding!.message).toContain('status allows "placed", "shipped" here');
    expect(finding!.locations.filter((l) => l.reference).map((l) => `${l.file}#${l.pointer}`)).toContain('oms.yaml#/components/schemas/Order');
    expect(located(catalog, 'estate-canonical-shape-drift')).toEqual([
      'error shop.yaml#/components/schemas/Order',
      'error shop.yaml#/components/schemas/Order/properties/channel',
      'error shop.yaml#/components/schemas/Order/properties/orderId',
      'error shop.yaml#/components/schemas/Order/properties/status',
    ]);
    expect(catalog.entities.find((e) => e.name === 'Order')).toMatchObject({ schemaVariants: 2, driftFindings: 1 });
  });

  it('accepts a projection (fewer members, an extra optional one) whatever its descriptions and examples say', async () => {
    const catalog = await catalogOf({
      'oms.yaml': oms(),
      'shop.yaml': openApi(
        { apiId: 'retail-webshop', system: 'webshop' },
        {
          schemas: {
            Order: {
              type: 'object',
              description: 'Our own words about orders',
              required: ['orderId'],
              properties: {
                orderId: { type: 'string', pattern: '^[A-Z0-9-]{6,36}$', description: 'different text', example: 'ABC-123456' },
                giftMessage: { type: 'string' },
              },
            },
          },
        },
      ),
    });
    expect(estateFindings(catalog, 'estate-canonical-shape-drift')).toEqual([]);
  });

  it('compares recursive schemas without looping and follows x-canonical', async () => {
    const node = { type: 'object', properties: { id: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Category' } } } };
    const catalog = await catalogOf({
      'pim.yaml': openApi({ apiId: 'retail-pim', sor: ['Product'] }, { schemas: { Product: { type: 'object', properties: { category: { $ref: '#/components/schemas/Category' } } }, Category: node } }),
      'search.yaml': openApi(
        { apiId: 'retail-search' },
        { schemas: { SearchHit: { 'x-canonical': 'Product', type: 'object', properties: { category: { $ref: '#/components/schemas/Category' } } }, Category: { ...node, properties: { ...node.properties, id: { type: 'integer' } } } } },
      ),
    });
    const [finding] = estateFindings(catalog, 'estate-canonical-shape-drift');
    expect(finding!.message).toContain('category.id is integer here but string');
  });
});

describe('X4 estate-id-representation-drift', () => {
  const withCustomer = (apiId: string, schema: Record<string, unknown>) =>
    openApi({ apiId }, { schemas: { Thing: { type: 'object', properties: { customerId: { ...schema, description: `${apiId} words` } } } } });

  it('reports the representation fewer contracts use, at every place it is used', async () => {
    const uuid = { type: 'string', format: 'uuid' };
    const catalog = await catalogOf({
      'a.yaml': withCustomer('retail-a', uuid),
      'b.yaml': withCustomer('retail-b', uuid),
      'c.yaml': openApi({ apiId: 'retail-c' }, { paths: { '/customers/{customerId}': { get: op('getCustomer', { parameters: [{ name: 'customerId', in: 'path', required: true, schema: { type: 'integer' } }] }) } } }),
    });
    expect(located(catalog, 'estate-id-representation-drift')).toEqual(['error c.yaml#/paths/~1customers~1{customerId}/get/parameters/0']);
    expect(estateFindings(catalog, 'estate-id-representation-drift')[0]!.message).toMatch(/customerId is integer in retail-c v1 but string, format uuid in retail-a v1, retail-b v1/);
  });

  it('does not report one representation used everywhere (descriptions differ)', async () => {
    const catalog = await catalogOf({ 'a.yaml': withCustomer('retail-a', { type: 'string', format: 'uuid' }), 'b.yaml': withCustomer('retail-b', { type: 'string', format: 'uuid' }) });
    expect(estateFindings(catalog, 'estate-id-representation-drift')).toEqual([]);
  });
});

const PRICE_CHANGED = 'com.acme.pricing.price-changed.v1';
const priceData = (required: string[], extra: Record<string, unknown> = {}) => ({
  type: 'object',
  required,
  properties: { sku: { type: 'string' }, price: { type: 'string' }, reason: { type: 'string', enum: ['promotion', 'markdown'] }, ...extra },
});

describe('X5 estate-orphan-consumed-event (AsyncAPI 2.x publish = receive, subscribe = send)', () => {
  it('reports a received type nobody sends; a 2.x publish is a receive, so it does not count as a producer', async () => {
    const catalog = await catalogOf({
      'pos.yaml': asyncApi2({ apiId: 'retail-pos' }, [{ address: 'prices', verb: 'publish', message: { name: 'PriceChanged', type: PRICE_CHANGED } }]),
      'till.yaml': asyncApi2({ apiId: 'retail-till' }, [{ address: 'prices', verb: 'publish', message: { name: 'PriceChanged', type: PRICE_CHANGED } }]),
    });
    expect(located(catalog, 'estate-orphan-consumed-event')).toEqual(['error pos.yaml#/channels/prices/publish', 'error till.yaml#/channels/prices/publish']);
    expect(catalog.events).toEqual([{ type: PRICE_CHANGED, producers: [], consumers: ['retail-pos', 'retail-till'], schemaVersions: ['v1'], orphan: true, unconsumed: false }]);
  });

  it('matches a 2.x subscribe (the application sends) and a 3.0 send to the consumers', async () => {
    const catalog = await catalogOf({
      'pos.yaml': asyncApi2({ apiId: 'retail-pos' }, [{ address: 'prices', verb: 'publish', message: { name: 'PriceChanged', type: PRICE_CHANGED } }]),
      'pricing.yaml': asyncApi2({ apiId: 'retail-pricing-events' }, [{ address: 'prices', verb: 'subscribe', message: { name: 'PriceChanged', type: PRICE_CHANGED } }]),
      'hub.yaml': asyncApi3({ apiId: 'retail-hub' }, [{ id: 'placed', address: 'orders.placed', action: 'receive', messages: [{ name: 'OrderPlaced' }] }]),
      'oms-events.yaml': asyncApi3({ apiId: 'retail-oms-events' }, [{ id: 'placed', address: 'orders.placed', action: 'send', messages: [{ name: 'OrderPlaced' }] }]),
    });
    expect(estateFindings(catalog, 'estate-orphan-consumed-event')).toEqual([]);
    expect(catalog.events.map((e) => [e.type, e.producers, e.consumers])).toEqual([
      [PRICE_CHANGED, ['retail-pricing-events'], ['retail-pos']],
      ['orders.placed#OrderPlaced', ['retail-oms-events'], ['retail-hub']],
    ]);
  });
});

describe('X6 estate-consumer-producer-schema-mismatch', () => {
  it('reports required members the producer lacks or marks optional, other types and enum differences, with both pointers', async () => {
    const catalog = await catalogOf({
      'pricing.yaml': asyncApi3({ apiId: 'retail-pricing-events' }, [{ id: 'prices', address: 'prices', action: 'send', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED, data: priceData(['sku']) }] }]),
      'pos.yaml': asyncApi3({ apiId: 'retail-pos' }, [
        {
          id: 'prices',
          address: 'prices',
          action: 'receive',
          messages: [
            {
              name: 'PriceChanged',
              type: PRICE_CHANGED,
              data: priceData(['sku', 'price', 'storeId'], { price: { type: 'number' }, storeId: { type: 'string' }, reason: { type: 'string', enum: ['promotion', 'clearance'] } }),
            },
          ],
        },
      ]),
    });
    const findings = estateFindings(catalog, 'estate-consumer-producer-schema-mismatch');
    expect(findings.map((f) => `${f.severity} ${f.message.replace(/ \(consumer.*$/, '')}`).sort()).toEqual([
      `error ${PRICE_CHANGED}: data.price is string from the producer but the consumer expects number`,
      `error ${PRICE_CHANGED}: the consumer requires data.price but the producer marks it optional`,
      `error ${PRICE_CHANGED}: the consumer requires data.storeId but the producer does not send it`,
      `error ${PRICE_CHANGED}: the producer may send data.reason = "markdown", which the consumer does not accept`,
      `warn ${PRICE_CHANGED}: the consumer expects data.reason = "clearance", which the producer never declares`,
    ]);
    const storeId = findings.find((f) => f.message.includes('storeId'))!;
    expect(storeId.locations).toEqual([
      { file: 'pos.yaml', pointer: '/channels/prices/messages/PriceChanged/payload/properties/data/properties/storeId', apiId: 'retail-pos' },
      { file: 'pricing.yaml', pointer: '/channels/prices/messages/PriceChanged/payload/properties/data', apiId: 'retail-pricing-events', reference: true },
    ]);
  });

  it('accepts a consumer that requires what the producer requires, reads integers as numbers and ignores the rest', async () => {
    const catalog = await catalogOf({
      'pricing.yaml': asyncApi3({ apiId: 'retail-pricing-events' }, [
        { id: 'prices', address: 'prices', action: 'send', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED, data: priceData(['sku', 'price'], { quantity: { type: 'integer' } }) }] },
      ]),
      'pos.yaml': asyncApi3({ apiId: 'retail-pos' }, [
        { id: 'prices', address: 'prices', action: 'receive', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED, data: { type: 'object', required: ['sku'], properties: { sku: { type: 'string', description: 'SKU' }, quantity: { type: 'number' } } } }] },
      ]),
    });
    expect(estateFindings(catalog, 'estate-consumer-producer-schema-mismatch')).toEqual([]);
  });
});

describe('X7 estate-unconsumed-event', () => {
  it('reports a sent type nobody receives, as info', async () => {
    const catalog = await catalogOf({
      'pricing.yaml': asyncApi3({ apiId: 'retail-pricing-events' }, [{ id: 'prices', address: 'prices', action: 'send', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED }] }]),
    });
    expect(located(catalog, 'estate-unconsumed-event')).toEqual(['info pricing.yaml#/operations/sendPrices']);
    expect(catalog.events[0]).toMatchObject({ unconsumed: true, orphan: false });
  });

  it('does not report a type that is received', async () => {
    const catalog = await catalogOf({
      'pricing.yaml': asyncApi3({ apiId: 'retail-pricing-events' }, [{ id: 'prices', address: 'prices', action: 'send', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED }] }]),
      'pos.yaml': asyncApi2({ apiId: 'retail-pos' }, [{ address: 'prices', verb: 'publish', message: { name: 'PriceChanged', type: PRICE_CHANGED } }]),
    });
    expect(estateFindings(catalog, 'estate-unconsumed-event')).toEqual([]);
  });
});

describe('X8 estate-duplicate-operation-id', () => {
  it('reports an operationId used by two APIs and an x-api-id on contracts with different titles', async () => {
    const catalog = await catalogOf({
      'a.yaml': openApi({ apiId: 'retail-orders', title: 'Orders' }, { servers: ['https://a.example.com'], paths: { '/orders': { get: op('listOrders') } } }),
      'b.yaml': openApi({ apiId: 'retail-returns', title: 'Returns' }, { servers: ['https://b.example.com'], paths: { '/returns': { get: op('listOrders') } } }),
      'c.yaml': openApi({ apiId: 'retail-returns', title: 'Returns portal', version: '2.0.0' }, { servers: ['https://c.example.com'] }),
    });
    expect(located(catalog, 'estate-duplicate-operation-id')).toEqual([
      'warn a.yaml#/paths/~1orders/get',
      'warn b.yaml#/info/x-api-id',
      'warn b.yaml#/paths/~1returns/get',
      'warn c.yaml#/info/x-api-id',
    ]);
  });

  it('does not report the same operationId in two majors of one API', async () => {
    const catalog = await catalogOf({
      'v1.yaml': openApi({ apiId: 'retail-orders', title: 'Orders' }, { servers: ['https://api.example.com/v1'], paths: { '/orders': { get: op('listOrders') } } }),
      'v2.yaml': openApi({ apiId: 'retail-orders', title: 'Orders', version: '2.0.0' }, { servers: ['https://api.example.com/v2'], paths: { '/orders': { get: op('listOrders') } } }),
    });
    expect(estateFindings(catalog, 'estate-duplicate-operation-id')).toEqual([]);
  });
});

describe('X9 estate-route-collision', () => {
  it('reports the same host, path and method in two contracts (error) and a template overlap (warn)', async () => {
    const catalog = await catalogOf({
      'oms.yaml': openApi({ apiId: 'retail-oms' }, { servers: ['https://API.acme.com/v1'], paths: { '/orders/{orderId}': { get: op('getOrder') }, '/orders/{id}/lines': { get: op('getLines') } } }),
      'shop.yaml': openApi({ apiId: 'retail-shop' }, { servers: ['https://api.acme.com/v1/'], paths: { '/orders/{order_no}': { get: op('getShopOrder') }, '/orders/export/lines': { get: op('exportLines') } } }),
    });
    expect(located(catalog, 'estate-route-collision')).toEqual([
      'error oms.yaml#/paths/~1orders~1{orderId}/get',
      'error shop.yaml#/paths/~1orders~1{order_no}/get',
      'warn oms.yaml#/paths/~1orders~1{id}~1lines/get',
      'warn shop.yaml#/paths/~1orders~1export~1lines/get',
    ]);
  });

  it('does not report other hosts, other methods or versioned base paths', async () => {
    const catalog = await catalogOf({
      'v1.yaml': openApi({ apiId: 'retail-oms' }, { servers: ['https://api.acme.com/v1'], paths: { '/orders': { get: op('listOrders') } } }),
      'v2.yaml': openApi({ apiId: 'retail-oms', version: '2.0.0' }, { servers: ['https://api.acme.com/v2'], paths: { '/orders': { get: op('listOrders') } } }),
      'shop.yaml': openApi({ apiId: 'retail-shop' }, { servers: ['https://shop.acme.com/v1'], paths: { '/orders': { get: op('listShopOrders'), post: op('placeShopOrder') } } }),
    });
    expect(estateFindings(catalog, 'estate-route-collision')).toEqual([]);
  });
});

describe('X10 estate-event-type-collision', () => {
  const send = (apiId: string, owner: string, data?: Record<string, unknown>, address = 'prices') =>
    asyncApi3({ apiId, owner }, [{ id: 'prices', address, action: 'send', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED, ...(data ? { data } : {}) }] }]);

  it('reports one event type sent by two APIs of different owners, and by one owner with incompatible payloads', async () => {
    const owners = await catalogOf({ 'a.yaml': send('retail-pricing-events', 'team-pricing'), 'b.yaml': send('retail-markdowns', 'team-stores', undefined, 'markdowns') });
    expect(located(owners, 'estate-event-type-collision')).toEqual(['error a.yaml#/operations/sendPrices', 'error b.yaml#/operations/sendPrices']);
    expect(estateFindings(owners, 'estate-event-type-collision')[0]!.message).toContain('owners differ');

    const payloads = await catalogOf({
      'a.yaml': send('retail-pricing-events', 'team-pricing', priceData(['sku'])),
      'b.yaml': send('retail-markdowns', 'team-pricing', priceData(['sku'], { price: { type: 'number' } }), 'markdowns'),
    });
    expect(estateFindings(payloads, 'estate-event-type-collision')[0]!.message).toContain('payloads are incompatible');
  });

  it('reports a Kafka topic two owners send to, and accepts one owner sending compatible payloads', async () => {
    const topic = await catalogOf({
      'a.yaml': asyncApi3({ apiId: 'retail-a', owner: 'team-a' }, [{ id: 'x', address: 'retail.shared', action: 'send', messages: [{ name: 'A' }] }]),
      'b.yaml': asyncApi3({ apiId: 'retail-b', owner: 'team-b' }, [{ id: 'x', address: 'retail.shared', action: 'send', messages: [{ name: 'B' }] }]),
    });
    expect(estateFindings(topic, 'estate-event-type-collision').map((f) => f.message)).toEqual([expect.stringContaining('Kafka topic retail.shared is sent by 2 APIs')]);
    const fine = await catalogOf({ 'a.yaml': send('retail-pricing-events', 'team-pricing', priceData(['sku'])), 'b.yaml': send('retail-markdowns', 'team-pricing', priceData(['sku']), 'markdowns') });
    expect(estateFindings(fine, 'estate-event-type-collision')).toEqual([]);
  });
});

describe('X11 estate-deprecated-dependency', () => {
  it('reports x-consumes of a deprecated API and events whose only producer is past its sunset', async () => {
    const catalog = await catalogOf({
      'pricing.yaml': openApi({ apiId: 'retail-pricing', lifecycle: 'deprecated', sunset: '2026-12-31' }),
      'events.yaml': asyncApi3({ apiId: 'retail-pricing-events', sunset: '2026-01-31' }, [{ id: 'prices', address: 'prices', action: 'send', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED }] }]),
      'pos.yaml': asyncApi3({ apiId: 'retail-pos', consumes: [{ api: 'retail-pricing', major: 1 }] }, [{ id: 'prices', address: 'prices', action: 'receive', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED }] }]),
    });
    const messages = estateFindings(catalog, 'estate-deprecated-dependency').map((f) => f.message);
    expect(messages).toEqual([
      'retail-pos v1 consumes retail-pricing v1, which is deprecated (sunset 2026-12-31)',
      `retail-pos v1 receives ${PRICE_CHANGED}, sent only by retail-pricing-events v1, which is past its sunset date 2026-01-31 (sunset 2026-01-31)`,
    ]);
    expect(located(catalog, 'estate-deprecated-dependency')).toEqual(['warn pos.yaml#/info/x-consumes/0', 'warn pos.yaml#/operations/receivePrices']);
  });

  it('does not report dependencies on live APIs, or a sunset still ahead', async () => {
    const catalog = await catalogOf({
      'pricing.yaml': openApi({ apiId: 'retail-pricing', sunset: '2027-01-31' }),
      'pos.yaml': asyncApi3({ apiId: 'retail-pos', consumes: ['retail-pricing'] }, []),
    });
    expect(estateFindings(catalog, 'estate-deprecated-dependency')).toEqual([]);
  });

  it('matches x-consumes majors as the sunset table and the gate do: a pin on v1 covers an API whose major is unknown, not a v2', async () => {
    const unknownMajor = await catalogOf({
      'pricing.yaml': openApi({ apiId: 'retail-pricing', version: 'current', lifecycle: 'deprecated', sunset: '2026-12-31' }),
      'pos.yaml': asyncApi3({ apiId: 'retail-pos', consumes: [{ api: 'retail-pricing', major: 1 }] }, []),
    });
    expect(estateFindings(unknownMajor, 'estate-deprecated-dependency').map((f) => f.message)).toEqual(['retail-pos v1 consumes retail-pricing v1, which is deprecated (sunset 2026-12-31)']);
    const otherMajor = await catalogOf({
      'pricing.yaml': openApi({ apiId: 'retail-pricing', version: '2.0.0', lifecycle: 'deprecated', sunset: '2026-12-31' }),
      'pos.yaml': asyncApi3({ apiId: 'retail-pos', consumes: [{ api: 'retail-pricing', major: 1 }] }, []),
    });
    expect(estateFindings(otherMajor, 'estate-deprecated-dependency')).toEqual([]);
  });
});

describe('X12 estate-owner-unknown', () => {
  const estate: EstateConfig = {
    file: 'estate.yaml',
    teams: [
      { id: 'team-oms', name: null, email: null, domains: ['order'] },
      { id: 'team-pricing', name: null, email: null, domains: null },
    ],
    domains: [
      { id: 'order', name: null, owner: 'team-oms', description: null },
      { id: 'pricing', name: null, owner: null, description: null },
    ],
    systems: null,
  };

  it('reports owners and domains estate.yaml does not list, and a team outside its domains', async () => {
    const catalog = await catalogOf(
      {
        'a.yaml': openApi({ apiId: 'retail-a', owner: 'team-ghost', domain: 'order' }),
        'b.yaml': openApi({ apiId: 'retail-b', owner: 'team-pricing', domain: 'marketing' }),
        'c.yaml': openApi({ apiId: 'retail-c', owner: 'team-oms', domain: 'pricing' }),
      },
      { estateConfig: estate },
    );
    expect(estateFindings(catalog, 'estate-owner-unknown').map((f) => f.message)).toEqual([
      'x-owner team-ghost of retail-a v1 is not a team in estate.yaml',
      'x-domain marketing of retail-b v1 is not a domain in estate.yaml',
      'team-oms owns contracts in order (estate.yaml), but retail-c v1 is in domain pricing',
    ]);
    expect(catalog.organization?.domains.map((d) => d.id)).toEqual(['order', 'pricing']);
  });

  it('reports an ownership outlier without estate.yaml, and nothing for a consistent estate', async () => {
    const files = {
      'a.yaml': openApi({ apiId: 'retail-a', owner: 'team-oms', domain: 'order' }),
      'b.yaml': openApi({ apiId: 'retail-b', owner: 'team-oms', domain: 'order' }),
    };
    const outlier = await catalogOf({ ...files, 'c.yaml': openApi({ apiId: 'retail-c', owner: 'team-web', domain: 'order' }) });
    expect(located(outlier, 'estate-owner-unknown')).toEqual(['warn c.yaml#/info/x-owner']);
    const consistent = await catalogOf({ ...files, 'c.yaml': openApi({ apiId: 'retail-c', owner: 'team-oms', domain: 'order' }) }, { estateConfig: estate });
    expect(estateFindings(consistent, 'estate-owner-unknown')).toEqual([]);
  });
});

describe('X13 estate-version-skew', () => {
  it('reports a pinned major the estate does not offer, and a received event major nobody sends (not also as an orphan)', async () => {
    const catalog = await catalogOf({
      'pricing-v2.yaml': openApi({ apiId: 'retail-pricing', version: '2.1.0' }),
      'events.yaml': asyncApi3({ apiId: 'retail-pricing-events' }, [{ id: 'prices', address: 'prices', action: 'send', messages: [{ name: 'PriceChanged', type: 'com.acme.pricing.price-changed.v2' }] }]),
      'pos.yaml': asyncApi3({ apiId: 'retail-pos', consumes: [{ api: 'retail-pricing', major: 1 }] }, [{ id: 'prices', address: 'prices', action: 'receive', messages: [{ name: 'PriceChanged', type: PRICE_CHANGED }] }]),
    });
    expect(estateFindings(catalog, 'estate-version-skew').map((f) => f.message)).toEqual([
      'retail-pos v1 pins retail-pricing v1, but the estate offers only v2',
      `retail-pos v1 receives ${PRICE_CHANGED}, but the estate sends only v2 of it`,
    ]);
    expect(estateFindings(catalog, 'estate-orphan-consumed-event')).toEqual([]);
  });

  it('does not report a pinned major that is offered beside a newer one', async () => {
    const catalog = await catalogOf({
      'pricing-v1.yaml': openApi({ apiId: 'retail-pricing', version: '1.9.0' }, { servers: ['https://api.acme.com/v1'] }),
      'pricing-v2.yaml': openApi({ apiId: 'retail-pricing', version: '2.1.0' }, { servers: ['https://api.acme.com/v2'] }),
      'pos.yaml': asyncApi3({ apiId: 'retail-pos', consumes: ['retail-pricing@1'] }, []),
    });
    expect(estateFindings(catalog, 'estate-version-skew')).toEqual([]);
  });
});

describe('X14 estate-write-outside-sor', () => {
  it('reports writes to an entity outside its system of record, and a handled command', async () => {
    const catalog = await catalogOf({
      'oms.yaml': oms(),
      'shop.yaml': openApi(
        { apiId: 'retail-webshop', system: 'webshop' },
        { servers: ['https://shop.acme.com'], paths: { '/orders/{orderId}': { patch: op('updateOrder'), get: op('getOrder') }, '/carts/{cartId}/checkout': { post: op('checkout') } } },
      ),
      'fulfil.yaml': asyncApi3({ apiId: 'retail-fulfilment', system: 'wms' }, [
        { id: 'cancel', address: 'orders.cancel', action: 'receive', messages: [{ name: 'CancelOrder', extra: { 'x-message-kind': 'command' } }] },
      ]),
    });
    expect(located(catalog, 'estate-write-outside-sor')).toEqual(['error fulfil.yaml#/operations/receiveCancel', 'error shop.yaml#/paths/~1orders~1{orderId}/patch']);
    expect(estateFindings(catalog, 'estate-write-outside-sor').map((f) => f.message)).toContain(
      'retail-webshop v1 writes Order (PATCH /orders/{orderId}), but the system of record for Order is retail-order-management v1',
    );
  });

  it('accepts reads, queries, the system of record itself, another contract of its system and entities without a system of record', async () => {
    const catalog = await catalogOf({
      'oms.yaml': oms(),
      'oms-admin.yaml': openApi({ apiId: 'retail-oms-admin', system: 'oms' }, { servers: ['https://admin.acme.com'], paths: { '/orders/{orderId}': { delete: op('purgeOrder') } } }),
      'shop.yaml': openApi(
        { apiId: 'retail-webshop', system: 'webshop' },
        { servers: ['https://shop.acme.com'], paths: { '/orders': { get: op('listMyOrders') }, '/orders/search': { post: op('searchOrders') }, '/wishlists': { post: op('createWishlist') }, '/gift-cards': { post: op('issueGiftCard') } } },
      ),
    });
    expect(estateFindings(catalog, 'estate-write-outside-sor')).toEqual([]);
  });
});
