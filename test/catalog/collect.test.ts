/** Collection: what each contract contributes to its catalog entry. */
import { describe, expect, it } from 'vitest';
import { EntityResolver } from '../../src/catalog/entities.js';
import { apiIdFromFile, majorOf } from '../../src/catalog/collect-common.js';
import { defaultCanonical } from '../../src/lint/canonical.js';
import { asyncApi2, asyncApi3, catalogOf, cloudEvent, yaml } from './helpers.js';

describe('API metadata', () => {
  it('reads info and derives the apiId from the file name when x-api-id is absent', async () => {
    const catalog = await catalogOf({
      'contracts/oms-orders.openapi.yaml': yaml({
        openapi: '3.1.0',
        info: {
          title: 'Orders',
          version: '2.3.1',
          description: 'Order management',
          contact: { name: 'OMS team', email: 'oms@acme.example', extra: 'ignored' },
          'x-owner': 'team-oms',
          'x-domain': 'order',
          'x-system': 'oms',
          'x-audience': 'company-internal',
          'x-lifecycle': 'production',
          'x-system-of-record': ['Order', 'orderline'],
          'x-consumes': [{ api: 'retail-pricing', major: 1 }, 'retail-loyalty@2', 'retail-stores'],
        },
        servers: [{ url: 'https://api.acme.example/v2' }],
        paths: {},
      }),
      'legacy.json': JSON.stringify({ swagger: '2.0', info: { title: 'Legacy', version: 'v1', 'x-api-id': 'retail-legacy' }, host: 'legacy.acme.example', basePath: '/api', paths: {} }),
    });
    const [legacy, oms] = [catalog.apis.find((a) => a.apiId === 'retail-legacy')!, catalog.apis.find((a) => a.file.endsWith('oms-orders.openapi.yaml'))!];
    expect(oms).toMatchObject({
      apiId: 'oms-orders',
      title: 'Orders',
      description: 'Order management',
      format: 'openapi-3.1',
      version: '2.3.1',
      major: 2,
      lifecycle: 'production',
      owner: 'team-oms',
      domain: 'order',
      system: 'oms',
      audience: 'company-internal',
      contact: { name: 'OMS team', email: 'oms@acme.example' },
      servers: ['https://api.acme.example/v2'],
      systemOfRecord: ['Order', 'OrderLine'],
      consumesApis: [
        { api: 'retail-pricing', major: 1 },
        { api: 'retail-loyalty', major: 2 },
        { api: 'retail-stores', major: null },
      ],
    });
    expect(legacy).toMatchObject({ format: 'openapi-2.0', major: 1, servers: ['https://legacy.acme.example/api'], owner: null, contact: null });
  });

  it('derives ids and majors', () => {
    expect(apiIdFromFile('contracts/Pricing Events.asyncapi.yaml')).toBe('pricing-events');
    expect(apiIdFromFile('a/b/orders.swagger.json')).toBe('orders');
    expect(apiIdFromFile('social-media/comments-service/asyncapi.yaml')).toBe('comments-service');
    expect(apiIdFromFile('openapi.json')).toBe('openapi');
    expect([majorOf('2.3.0'), majorOf('v1'), majorOf('10'), majorOf('2024-01-01'), majorOf('latest')]).toEqual([2, 1, 10, 2024, null]);
  });
});

describe('OpenAPI operations', () => {
  it('lists operations with security in force, idempotency, pagination, deprecations and webhooks', async () => {
    const catalog = await catalogOf({
      'api.yaml': yaml({
        openapi: '3.1.0',
        info: { title: 'Orders', version: '1.0.0', 'x-api-id': 'retail-orders' },
        security: [{ oauth: ['order.orders.read'] }],
        paths: {
          '/orders': {
            get: {
              operationId: 'listOrders',
              parameters: [
                { name: 'limit', in: 'query', schema: { type: 'integer' } },
                { name: 'cursor', in: 'query', schema: { type: 'string' } },
              ],
              responses: { '200': { description: 'ok' } },
            },
            post: { operationId: 'placeOrder', parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }], responses: { '201': { description: 'created' } } },
          },
          '/orders/{orderId}/status': {
            get: {
              operationId: 'getOrderStatus',
              deprecated: true,
              'x-sunset': '2026-12-31',
              'x-replaced-by': 'getOrder',
              security: [],
              parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
              responses: { '200': { description: 'ok' } },
            },
            post: { operationId: 'setStatus', security: [{ mtls: [] }, { oauth: [] }], responses: { '200': { description: 'ok' } } },
          },
        },
        webhooks: { orderPlaced: { post: { operationId: 'orderPlaced', responses: { '200': { description: 'ok' } } } } },
        components: {
          parameters: { IdempotencyKey: { name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } } },
          schemas: { OldOrder: { type: 'object', deprecated: true, 'x-sunset': '2027-01-01', properties: { legacyCode: { type: 'string', deprecated: true } } } },
        },
      }),
    });
    const api = catalog.apis[0]!;
    expect(api.operations.count).toBe(5);
    expect(api.operations.deprecated).toBe(1);
    expect(api.operations.list).toEqual([
      { operationId: 'listOrders', method: 'GET', path: '/orders', deprecated: false, sunset: null, security: ['oauth'], idempotent: true, paginated: true },
      { operationId: 'placeOrder', method: 'POST', path: '/orders', deprecated: false, sunset: null, security: ['oauth'], idempotent: true, paginated: false },
      { operationId: 'getOrderStatus', method: 'GET', path: '/orders/{orderId}/status', deprecated: true, sunset: '2026-12-31', security: [], idempotent: true, paginated: false },
      { operationId: 'setStatus', method: 'POST', path: '/orders/{orderId}/status', deprecated: false, sunset: null, security: ['mtls', 'oauth'], idempotent: false, paginated: false },
      { kind: 'webhook', operationId: 'orderPlaced', method: 'POST', path: 'orderPlaced', deprecated: false, sunset: null, security: ['oauth'], idempotent: false, paginated: false },
    ]);
    expect(api.deprecations).toEqual([
      { pointer: '/paths/~1orders~1{orderId}~1status/get', subject: 'GET /orders/{orderId}/status', sunset: '2026-12-31', replacedBy: 'getOrder' },
      { pointer: '/components/schemas/OldOrder', subject: 'schema OldOrder', sunset: '2027-01-01', replacedBy: null },
      { pointer: '/components/schemas/OldOrder/properties/legacyCode', subject: 'property OldOrder.legacyCode', sunset: null, replacedBy: null },
    ]);
  });

  it('lists the inline x-apigov-ignore entries of every node as lint reads them, and reports those without a reason', async () => {
    const catalog = await catalogOf({
      'api.yaml': yaml({
        openapi: '3.0.3',
        info: { title: 'Orders', version: 'one', 'x-api-id': 'retail-orders' },
        paths: { '/orders': { get: { 'x-apigov-ignore': [{ rule: 'ops-pagination', reason: 'at most 10 orders' }, 'naming-operation-id'], responses: { '200': { description: 'ok' } } } } },
        components: { schemas: { Order: { type: 'object', 'x-apigov-ignore': [{ rule: 'data-money-shape', reason: 'legacy' }] } } },
      }),
    });
    expect(catalog.apis[0]!.inlineIgnores).toEqual([
      { rule: 'data-money-shape', reason: 'legacy', file: 'api.yaml', pointer: '/components/schemas/Order' },
      { rule: 'ops-pagination', reason: 'at most 10 orders', file: 'api.yaml', pointer: '/paths/~1orders/get' },
    ]);
    expect(catalog.summary.inlineIgnores).toBe(2);
    // a bare rule name has no reason: it does not apply, and is an error itself
    expect(catalog.apis[0]!.findings.list.filter((f) => f.ruleId === 'waiver-inline-invalid')).toMatchObject([{ severity: 'error', pointer: '/paths/~1orders/get/x-apigov-ignore/1' }]);
    // none of them covers the semver error, which still counts
    expect(catalog.apis[0]!.findings.list.find((f) => f.ruleId === 'version-semver')!.waived).toBeUndefined();
  });
});

describe('AsyncAPI channels and messages', () => {
  it('reads 2.x subscribe as send and publish as receive, with event types, Kafka keys and schema versions', async () => {
    const catalog = await catalogOf({
      'pos.yaml': asyncApi2({ apiId: 'retail-pos' }, [
        {
          address: 'retail.store.sale-completed.v1',
          verb: 'subscribe',
          message: {
            name: 'SaleCompleted',
            type: 'com.acme.store.sale-completed.v1',
            extra: { 'x-schema-version': '1.3.0', bindings: { kafka: { key: { type: 'string', 'x-canonical-id': 'storeId' } } } },
          },
        },
        { address: 'retail.pricing.price-changed.v1', verb: 'publish', message: { name: 'PriceChanged', extra: { payload: { type: 'object' }, headers: { type: 'object', properties: { ce_type: { type: 'string', enum: ['com.acme.pricing.price-changed.v1', 'com.acme.pricing.price-removed.v1'] } } } } } },
        { address: 'store.heartbeat', verb: 'subscribe', message: { name: 'Heartbeat', extra: { bindings: { kafka: { key: { type: 'string' } } } } } },
      ]),
    });
    const api = catalog.apis[0]!;
    expect(api.format).toBe('asyncapi-2.6');
    expect(api.messages).toEqual([
      { type: 'com.acme.store.sale-completed.v1', name: 'SaleCompleted', action: 'send', channel: 'retail.store.sale-completed.v1', key: 'storeId', schemaVersion: '1.3.0' },
      { type: 'com.acme.pricing.price-changed.v1', name: 'PriceChanged', action: 'receive', channel: 'retail.pricing.price-changed.v1', key: null, schemaVersion: 'v1' },
      { type: 'com.acme.pricing.price-removed.v1', name: 'PriceChanged', action: 'receive', channel: 'retail.pricing.price-changed.v1', key: null, schemaVersion: 'v1' },
      { type: 'store.heartbeat#Heartbeat', name: 'Heartbeat', action: 'send', channel: 'store.heartbeat', key: 'string', schemaVersion: null },
    ]);
    expect(api.produces).toEqual(['com.acme.store.sale-completed.v1', 'store.heartbeat#Heartbeat']);
    expect(api.consumes).toEqual(['com.acme.pricing.price-changed.v1', 'com.acme.pricing.price-removed.v1']);
    expect(api.channels.map((c) => [c.channel, c.action, c.messages])).toEqual([
      ['retail.store.sale-completed.v1', 'send', ['SaleCompleted']],
      ['retail.pricing.price-changed.v1', 'receive', ['PriceChanged']],
      ['store.heartbeat', 'send', ['Heartbeat']],
    ]);
    expect(api.operations).toEqual({ count: 0, deprecated: 0, list: [] });
  });

  it('reads 3.0 actions, and x-role overrides the direction', async () => {
    const catalog = await catalogOf({
      'hub.yaml': asyncApi3({ apiId: 'retail-hub' }, [
        { id: 'placed', address: 'orders.placed', action: 'send', messages: [{ name: 'OrderPlaced', type: 'com.acme.order.placed.v1' }] },
        { id: 'captured', address: 'payments.captured', action: 'send', messages: [{ name: 'PaymentCaptured', type: 'com.acme.payment.captured.v1' }], operation: { 'x-role': 'consumer' } },
      ]),
    });
    expect(catalog.apis[0]!.produces).toEqual(['com.acme.order.placed.v1']);
    expect(catalog.apis[0]!.consumes).toEqual(['com.acme.payment.captured.v1']);
  });

  it('only reads a CloudEvents type from an envelope (a payload with specversion)', async () => {
    const domainType = { type: 'object', properties: { type: { type: 'string', const: 'sale' } } };
    const catalog = await catalogOf({
      'a.yaml': asyncApi3({ apiId: 'retail-a' }, [
        { id: 'x', address: 'sales', action: 'send', messages: [{ name: 'Sale', data: domainType }] },
        { id: 'y', address: 'returns', action: 'send', messages: [{ name: 'Return', extra: { payload: cloudEvent('com.acme.return.v1') } }] },
      ]),
    });
    expect(catalog.apis[0]!.produces).toEqual(['com.acme.return.v1', 'sales#Sale']);
  });
});

describe('entities of paths and messages', () => {
  const resolver = new EntityResolver(defaultCanonical());
  it.each([
    ['/orders', 'Order'],
    ['/v1/orders/{orderId}', 'Order'],
    ['/orders/{orderId}/cancel', 'Order'],
    ['/orders/{orderId}/lines/{lineId}', 'OrderLine'],
    ['/customers/{customerId}/orders', 'Order'],
    ['/locations/{locationId}/inventory-positions/{sku}', 'InventoryPosition'],
    ['/loyalty/accounts/{loyaltyAccountId}/points', 'LoyaltyAccount'],
    ['/price-lists/{priceListId}/prices/{sku}', 'Price'],
    ['/inventory/positions', 'InventoryPosition'],
    ['/stock_adjustments', 'StockAdjustment'],
    ['/health', undefined],
  ])('%s is about %s', (path, entity) => {
    expect(resolver.entityOfPath(path)).toBe(entity);
  });

  it('reads events by their leading words and commands by their trailing words', () => {
    expect(resolver.entityOfEventName('OrderLineCancelled')).toBe('OrderLine');
    expect(resolver.entityOfEventName('PriceChanged')).toBe('Price');
    expect(resolver.entityOfCommandName('AdjustInventoryPosition')).toBe('InventoryPosition');
    expect(resolver.entityOfCommandName('CancelOrders')).toBe('Order');
    expect(resolver.entityOfCommandName('Ping')).toBeUndefined();
  });
});
