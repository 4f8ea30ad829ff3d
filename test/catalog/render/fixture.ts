/**
 * A realistic retail estate as a catalog: nine contracts across seven domains, with a system-of-record
 * conflict (Customer), a missing system of record (Product), an orphan consumed event, an unconsumed
 * event, a producer/consumer schema mismatch, sunsets past and future, waivers (active, expired,
 * stale), an inline ignore, history for the trend chart and the change since the previous run.
 */
import { RULE_AREAS, type ApiEntry, type Catalog, type FindingEntry, type Grade, type RuleArea, type SeverityCounts } from '../../../src/catalog/types.js';
import type { Severity } from '../../../src/lint/finding.js';

export const GENERATED_AT = '2026-05-04T09:30:00Z';
export const DOCS = 'https://apigov.example.com/rules/';

type FindingSpec = [ruleId: string, severity: Severity, pointer: string, line: number, message: string];

interface ApiSpec extends Partial<Omit<ApiEntry, 'findings' | 'score'>> {
  apiId: string;
  title: string;
  file: string;
  format: string;
  findings?: FindingSpec[];
  score?: number;
  grade?: Grade;
}

export function finding(file: string, [ruleId, severity, pointer, line, message]: FindingSpec): FindingEntry {
  return { ruleId, severity, file, pointer, line, message, docsUrl: `${DOCS}${ruleId}` };
}

function counts(list: readonly FindingEntry[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const f of list) if (f.waived === undefined) c[f.severity]++;
  return c;
}

/** An API entry with the findings counted by severity and area, as the catalog builder does. */
export function api(spec: ApiSpec): ApiEntry {
  const { findings: findingSpecs = [], score = 100, grade = 'gold', ...rest } = spec;
  const list = findingSpecs.map((f) => finding(spec.file, f));
  const byArea: Partial<Record<RuleArea, SeverityCounts>> = {};
  for (const area of RULE_AREAS) {
    const inArea = list.filter((f) => f.ruleId.split('-')[0] === area);
    if (inArea.length > 0) byArea[area] = counts(inArea);
  }
  const byAreaScore: Partial<Record<RuleArea, number>> = {};
  for (const area of Object.keys(byArea) as RuleArea[]) byAreaScore[area] = Math.max(0, 100 - 12 * byArea[area]!.error - 4 * byArea[area]!.warn);
  const isAsync = spec.format.startsWith('asyncapi');
  return {
    description: null,
    version: '1.0.0',
    major: 1,
    lifecycle: 'production',
    owner: null,
    domain: null,
    system: null,
    audience: 'internal',
    contact: null,
    servers: [],
    systemOfRecord: [],
    operations: { count: isAsync ? 0 : 4, deprecated: 0, list: [] },
    channels: [],
    messages: [],
    produces: [],
    consumes: [],
    consumesApis: [],
    deprecations: [],
    waivers: [],
    inlineIgnores: [],
    ...rest,
    findings: { ...counts(list), byArea, list },
    score: { total: score, byArea: byAreaScore, grade },
  };
}

export function fixtureApis(): ApiEntry[] {
  return [
    api({
      apiId: 'retail-order-management',
      title: 'Order Management API',
      description: 'Creates and tracks customer orders across channels.\nSystem of record for orders.',
      file: 'contracts/oms/order-management.yaml',
      format: 'openapi-3.1',
      version: '1.4.0',
      owner: 'order-platform',
      domain: 'order',
      system: 'oms',
      contact: { name: 'Order Platform', email: 'order-platform@retail.example', url: 'https://wiki.retail.example/oms' },
      servers: ['https://api.retail.example/orders/v1'],
      systemOfRecord: ['Order', 'OrderLine'],
      operations: {
        count: 6,
        deprecated: 1,
        list: [
          { operationId: 'createOrder', method: 'POST', path: '/orders', deprecated: false, sunset: null, security: ['oauth2'], idempotent: true, paginated: false },
          { operationId: 'getOrderStatus', method: 'GET', path: '/orders/{orderId}/status', deprecated: true, sunset: '2026-12-31', security: ['oauth2'], idempotent: true, paginated: false },
        ],
      },
      deprecations: [{ pointer: '/paths/~1orders~1{orderId}~1status/get', subject: 'GET /orders/{orderId}/status', sunset: '2026-12-31', replacedBy: 'getOrder' }],
      findings: [
        ['ops-pagination', 'warn', '/paths/~1orders/get', 40, 'Collection GET /orders should be paginated.'],
        ['naming-path-kebab', 'warn', '/paths/~1orderLines', 88, 'Path segment "orderLines" should be kebab-case.'],
        ['time-utc-offset', 'info', '/components/schemas/Order/properties/placedAt', 120, 'placedAt should state a UTC offset.'],
      ],
      score: 96,
      grade: 'gold',
      inlineIgnores: [{ rule: 'naming-path-kebab', reason: 'Legacy path kept for the POS integration until 2027.', file: 'contracts/oms/order-management.yaml', pointer: '/paths/~1legacyOrders' }],
      change: { scoreDelta: 4, newFindings: 1, fixedFindings: 3, breakingChanges: [] },
    }),
    api({
      apiId: 'retail-order-events',
      title: 'Order Events',
      file: 'contracts/oms/order-events.yaml',
      format: 'asyncapi-3.0',
      version: '2.1.0',
      major: 2,
      owner: 'order-platform',
      domain: 'order',
      system: 'oms',
      channels: [{ channel: 'orders.v2', action: 'send', messages: ['OrderCreated', 'OrderCancelled'] }, { channel: 'payments', action: 'receive', messages: ['PaymentCaptured'] }],
      messages: [
        { type: 'com.retail.order.created.v2', name: 'OrderCreated', action: 'send', channel: 'orders.v2', key: 'orderId', schemaVersion: '2.1' },
        { type: 'com.retail.order.cancelled.v1', name: 'OrderCancelled', action: 'send', channel: 'orders.v2', key: 'orderId', schemaVersion: '1.0' },
        { type: 'com.retail.payment.captured.v1', name: 'PaymentCaptured', action: 'receive', channel: 'payments', key: 'orderId', schemaVersion: '1.0' },
      ],
      produces: ['com.retail.order.created.v2', 'com.retail.order.cancelled.v1'],
      consumes: ['com.retail.payment.captured.v1'],
      deprecations: [{ pointer: '/components/messages/OrderCancelled', subject: 'OrderCancelled', sunset: '2026-03-31', replacedBy: 'com.retail.order.status-changed.v1' }],
      findings: [
        ['events-dead-letter', 'warn', '/operations/receivePayment', 31, 'Consumer of "payments" declares no x-dead-letter.'],
        ['events-cloudevents-type', 'error', '/components/messages/OrderCancelled', 55, 'Message OrderCancelled has no CloudEvents type header.'],
      ],
      score: 84,
      grade: 'bronze',
      change: { scoreDelta: -3, newFindings: 2, fixedFindings: 0, breakingChanges: [{ checkId: 'message-property-removed', message: 'OrderCreated.payload.channel was removed.', operation: 'sendOrderCreated', file: 'contracts/oms/order-events.yaml', pointer: '/components/messages/OrderCreated/payload/properties', fingerprint: '0f3a9c1e2b4d5f6a7b8c' }] },
    }),
    api({
      apiId: 'retail-payment-events',
      title: 'Payment Events',
      file: 'contracts/payments/payment-events.yaml',
      format: 'asyncapi-2.6',
      owner: 'payments-team',
      domain: 'payments',
      system: 'psp-gateway',
      messages: [
        { type: 'com.retail.payment.captured.v1', name: 'PaymentCaptured', action: 'send', channel: 'payments', key: 'orderId', schemaVersion: '1.0' },
        { type: 'com.retail.order.created.v2', name: 'OrderCreated', action: 'receive', channel: 'orders.v2', key: 'orderId', schemaVersion: '2.0' },
      ],
      produces: ['com.retail.payment.captured.v1'],
      consumes: ['com.retail.order.created.v2'],
      findings: [['security-message-signing', 'warn', '/channels/payments', 12, 'Payment events should declare a signature header.']],
      score: 91,
      grade: 'silver',
    }),
    api({
      apiId: 'retail-loyalty',
      title: 'Loyalty API',
      file: 'contracts/loyalty/loyalty.yaml',
      format: 'openapi-3.0',
      version: '3.2.1',
      major: 3,
      owner: 'loyalty-team',
      domain: 'loyalty',
      system: 'loyalty-engine',
      systemOfRecord: ['LoyaltyAccount', 'Customer'],
      consumesApis: [{ api: 'retail-order-management', major: 1 }],
      findings: [
        ['ids-canonical-customer', 'error', '/components/schemas/Member/properties/customerId', 77, 'customerId must be a string matching ^C[0-9]{10}$.'],
        ['data-money-amount', 'error', '/components/schemas/Points/properties/value', 91, 'Monetary value must use the Money object.'],
        ['errors-problem-json', 'warn', '/paths/~1members/post/responses/400', 140, 'Error responses should use application/problem+json.'],
      ],
      score: 71,
      grade: 'bronze',
      waivers: [],
    }),
    api({
      apiId: 'retail-customer-crm',
      title: 'Customer CRM API',
      file: 'contracts/crm/customer.yaml',
      format: 'openapi-3.0',
      version: '5.0.0',
      major: 5,
      owner: 'crm-team',
      domain: 'customer',
      system: 'crm',
      systemOfRecord: ['Customer'],
      findings: [['version-semver', 'warn', '/info/version', 4, 'info.version should be semantic.']],
      score: 88,
      grade: 'silver',
    }),
    api({
      apiId: 'retail-inventory',
      title: 'Inventory API (legacy)',
      file: 'contracts/wms/inventory-v1.json',
      format: 'openapi-2.0',
      version: '1.9.3',
      lifecycle: 'deprecated',
      owner: 'warehouse-team',
      domain: 'inventory',
      system: 'wms',
      systemOfRecord: ['StockLevel'],
      deprecations: [{ pointer: '/info', subject: 'API', sunset: '2026-09-30', replacedBy: 'retail-inventory v2' }],
      findings: [
        ['security-oauth2-scopes', 'error', '/securityDefinitions/apiKey', 20, 'Use OAuth2 with scopes instead of an API key.'],
        ['security-https-only', 'error', '/schemes', 6, 'Only https is allowed.'],
        ['errors-problem-json', 'warn', '/paths/~1stock/get/responses/404', 60, 'Error responses should use application/problem+json.'],
        ['errors-problem-json', 'warn', '/paths/~1stock/put/responses/404', 75, 'Error responses should use application/problem+json.'],
        ['ops-idempotency-key', 'error', '/paths/~1stock/put', 70, 'PUT /stock should accept an Idempotency-Key.'],
        ['naming-path-kebab', 'warn', '/paths/~1stockLevels', 90, 'Path segment "stockLevels" should be kebab-case.'],
      ],
      score: 42,
      grade: 'not-compliant',
    }),
    api({
      apiId: 'retail-warehouse-events',
      title: 'Warehouse Events',
      file: 'contracts/wms/warehouse-events.yaml',
      format: 'asyncapi-2.6',
      lifecycle: 'experimental',
      owner: 'warehouse-team',
      domain: 'inventory',
      system: 'wms',
      messages: [
        { type: 'com.retail.stock.reserved.v1', name: 'StockReserved', action: 'receive', channel: 'stock', key: 'sku', schemaVersion: '1.0' },
        { type: 'com.retail.stock.level-changed.v1', name: 'StockLevelChanged', action: 'send', channel: 'stock', key: 'sku', schemaVersion: '1.0' },
        { type: 'com.retail.order.created.v2', name: 'OrderCreated', action: 'receive', channel: 'orders.v2', key: 'orderId', schemaVersion: '2.0' },
      ],
      produces: ['com.retail.stock.level-changed.v1'],
      consumes: ['com.retail.stock.reserved.v1', 'com.retail.order.created.v2'],
      findings: [['events-retry-policy', 'warn', '/channels/stock/publish', 18, 'Consumer declares no x-retry.']],
      score: 89,
      grade: 'silver',
    }),
    api({
      apiId: 'retail-pricing',
      title: 'Pricing API',
      file: 'contracts/pricing/pricing.yaml',
      format: 'openapi-3.1',
      version: '2.0.0',
      major: 2,
      owner: 'pricing-team',
      domain: 'pricing',
      system: 'pricing-engine',
      systemOfRecord: ['Price'],
      score: 100,
      grade: 'gold',
    }),
    api({
      apiId: 'retail-storefront-bff',
      title: 'Storefront BFF',
      file: 'contracts/web/storefront-bff.yaml',
      format: 'openapi-3.0',
      owner: 'web-team',
      domain: 'ecommerce',
      system: 'storefront',
      consumesApis: [
        { api: 'retail-inventory', major: 1 },
        { api: 'retail-pricing', major: 2 },
        { api: 'retail-order-management', major: 1 },
      ],
      findings: [
        ['security-oauth2-scopes', 'error', '/components/securitySchemes/basic', 30, 'Use OAuth2 with scopes instead of HTTP basic.'],
        ['errors-problem-json', 'warn', '/paths/~1cart/post/responses/400', 44, 'Error responses should use application/problem+json.'],
        ['errors-problem-json', 'warn', '/paths/~1cart/get/responses/404', 52, 'Error responses should use application/problem+json.'],
        ['data-money-amount', 'error', '/components/schemas/CartLine/properties/price', 99, 'Monetary value must use the Money object.'],
        ['ids-canonical-sku', 'error', '/components/schemas/CartLine/properties/sku', 101, 'sku must be a string of 8-14 digits.'],
        ['ids-canonical-sku', 'error', '/paths/~1products~1{sku}/get/parameters/0', 120, 'sku must be a string of 8-14 digits.'],
        ['ops-pagination', 'warn', '/paths/~1products/get', 130, 'Collection GET /products should be paginated.'],
      ],
      score: 48,
      grade: 'not-compliant',
    }),
    api({
      apiId: 'retail-pos-legacy',
      title: 'POS Legacy API',
      file: 'contracts/pos/pos-legacy.yaml',
      format: 'openapi-2.0',
      lifecycle: 'retired',
      owner: 'store-systems',
      domain: 'store',
      system: 'pos',
      findings: [['security-https-only', 'error', '/schemes', 5, 'Only https is allowed.']],
      score: 60,
      grade: 'not-compliant',
    }),
  ];
}

export function fixtureCatalog(): Catalog {
  const apis = fixtureApis();
  // one waived finding, shown in the drill-down but not counted
  const crm = apis.find((a) => a.apiId === 'retail-customer-crm')!;
  crm.findings.list.push({
    ruleId: 'owner-contact-email',
    severity: 'warn',
    file: crm.file,
    pointer: '/info/contact',
    line: 9,
    message: 'Contact should include an email address.',
    docsUrl: `${DOCS}owner-contact-email`,
    waived: { kind: 'waiver', reason: 'CRM is contacted through the service desk only.', by: 'governance-board' },
  });
  const total = (key: 'error' | 'warn' | 'info' | 'hint'): number => apis.reduce((n, a) => n + a.findings[key], 0);
  const catalog: Catalog = {
    generatedAt: GENERATED_AT,
    toolVersion: '0.1.0',
    rulesetVersion: 'apigov:retail@0.1.0+3f9a2c1',
    estate: { contracts: apis.length, services: 9, domains: 8, teams: 8 },
    summary: {
      contracts: apis.length,
      error: total('error'),
      warn: total('warn'),
      info: total('info'),
      hint: total('hint'),
      score: 74.6,
      grade: 'not-compliant',
      grades: { gold: 2, silver: 3, bronze: 2, 'not-compliant': 3 },
      estateFindings: { error: 4, warn: 3, info: 1, hint: 0 },
      waived: 1,
      inlineIgnores: 1,
      change: { previousGeneratedAt: '2026-04-06T09:30:00Z', scoreDelta: 2.4, newFindings: 3, fixedFindings: 5, breakingChanges: 1 },
    },
    apis,
    events: [
      { type: 'com.retail.order.created.v2', producers: ['retail-order-events'], consumers: ['retail-payment-events', 'retail-warehouse-events'], schemaVersions: ['2.0', '2.1'], orphan: false, unconsumed: false },
      { type: 'com.retail.order.cancelled.v1', producers: ['retail-order-events'], consumers: [], schemaVersions: ['1.0'], orphan: false, unconsumed: true },
      { type: 'com.retail.payment.captured.v1', producers: ['retail-payment-events'], consumers: ['retail-order-events'], schemaVersions: ['1.0'], orphan: false, unconsumed: false },
      { type: 'com.retail.stock.reserved.v1', producers: [], consumers: ['retail-warehouse-events'], schemaVersions: ['1.0'], orphan: true, unconsumed: false },
      { type: 'com.retail.stock.level-changed.v1', producers: ['retail-warehouse-events'], consumers: [], schemaVersions: ['1.0'], orphan: false, unconsumed: true },
    ],
    entities: [
      { name: 'Order', systemOfRecord: ['retail-order-management'], sorConflict: false, readers: ['retail-order-events', 'retail-payment-events', 'retail-storefront-bff'], schemaVariants: 3, driftFindings: 1 },
      { name: 'OrderLine', systemOfRecord: ['retail-order-management'], readers: ['retail-storefront-bff'], schemaVariants: 1, driftFindings: 0 },
      { name: 'Customer', systemOfRecord: ['retail-customer-crm', 'retail-loyalty'], sorConflict: true, readers: ['retail-storefront-bff', 'retail-order-management'], schemaVariants: 3, driftFindings: 2 },
      { name: 'LoyaltyAccount', systemOfRecord: ['retail-loyalty'], readers: [], schemaVariants: 1, driftFindings: 0 },
      { name: 'Product', systemOfRecord: [], sorConflict: false, readers: ['retail-storefront-bff', 'retail-pricing', 'retail-inventory'], schemaVariants: 2, driftFindings: 1 },
      { name: 'Price', systemOfRecord: ['retail-pricing'], readers: ['retail-storefront-bff'], schemaVariants: 1, driftFindings: 0 },
      { name: 'StockLevel', systemOfRecord: ['retail-inventory'], readers: ['retail-warehouse-events', 'retail-storefront-bff'], schemaVariants: 2, driftFindings: 0 },
    ],
    estateFindings: [
      {
        ruleId: 'estate-sor-conflict',
        severity: 'error',
        message: 'Customer has two systems of record: retail-customer-crm and retail-loyalty.',
        locations: [
          { file: 'contracts/crm/customer.yaml', pointer: '/info/x-system-of-record/0' },
          { file: 'contracts/loyalty/loyalty.yaml', pointer: '/info/x-system-of-record/1' },
        ],
      },
      {
        ruleId: 'estate-sor-missing',
        severity: 'warn',
        message: 'Product is used by 3 contracts but no contract is its system of record.',
        locations: [{ file: 'contracts/web/storefront-bff.yaml', pointer: '/components/schemas/Product' }],
      },
      {
        ruleId: 'estate-orphan-consumed-event',
        severity: 'error',
        message: 'com.retail.stock.reserved.v1 is consumed but no contract produces it.',
        locations: [{ file: 'contracts/wms/warehouse-events.yaml', pointer: '/channels/stock/publish/message' }],
      },
      {
        ruleId: 'estate-consumer-producer-schema-mismatch',
        severity: 'error',
        message: 'com.retail.order.created.v2: the consumer requires totalAmount.currency, which the producer does not send.',
        locations: [
          { file: 'contracts/wms/warehouse-events.yaml', pointer: '/components/messages/OrderCreated/payload/required/2' },
          { file: 'contracts/oms/order-events.yaml', pointer: '/components/messages/OrderCreated/payload/properties' },
        ],
      },
      {
        ruleId: 'estate-canonical-shape-drift',
        severity: 'error',
        message: 'Customer.customerId is an integer in retail-loyalty but a string in the system of record.',
        locations: [{ file: 'contracts/loyalty/loyalty.yaml', pointer: '/components/schemas/Member/properties/customerId' }],
      },
      {
        ruleId: 'estate-deprecated-dependency',
        severity: 'warn',
        message: 'retail-storefront-bff depends on retail-inventory, deprecated with sunset 2026-09-30.',
        locations: [{ file: 'contracts/web/storefront-bff.yaml', pointer: '/info/x-consumes/0' }],
      },
      {
        ruleId: 'estate-owner-unknown',
        severity: 'warn',
        message: 'Owner store-systems is not listed in estate.yaml.',
        locations: [{ file: 'contracts/pos/pos-legacy.yaml', pointer: '/info/x-owner' }],
      },
      {
        ruleId: 'estate-unconsumed-event',
        severity: 'info',
        message: 'com.retail.stock.level-changed.v1 is produced but nothing in the estate consumes it.',
        locations: [{ file: 'contracts/wms/warehouse-events.yaml', pointer: '/channels/stock/subscribe/message' }],
      },
    ],
    waivers: [
      { rule: 'owner-contact-email', files: ['contracts/crm/customer.yaml'], pointer: '/info/contact', fingerprint: null, reason: 'CRM is contacted through the service desk only.', approvedBy: 'governance-board', expires: '2026-12-31', status: 'active', matches: 1 },
      { rule: 'security-https-only', files: ['contracts/pos/pos-legacy.yaml'], pointer: '/schemes', fingerprint: null, reason: 'In-store network only; replaced by POS v2.', approvedBy: 'ciso', expires: '2026-01-31', status: 'expired', matches: 0 },
      { rule: 'ops-pagination', files: ['contracts/old/catalog.yaml', 'contracts/old/search.yaml'], pointer: null, fingerprint: null, reason: 'Catalog API removed last quarter.', approvedBy: null, expires: null, status: 'stale', matches: 0 },
    ],
    history: [
      { generatedAt: '2026-02-02T09:30:00Z', score: 61.2, error: 24, warn: 30, contracts: 8 },
      { generatedAt: '2026-03-02T09:30:00Z', score: 66.8, error: 19, warn: 27, contracts: 9 },
      { generatedAt: '2026-04-06T09:30:00Z', score: 72.2, error: 15, warn: 20, contracts: 10 },
    ],
  };
  return catalog;
}

/** A catalog with nothing in it: every renderer must cope. */
export function emptyCatalog(): Catalog {
  return {
    generatedAt: GENERATED_AT,
    toolVersion: '0.1.0',
    rulesetVersion: 'apigov:retail',
    estate: { contracts: 0, services: 0, domains: 0, teams: 0 },
    summary: {
      contracts: 0,
      error: 0,
      warn: 0,
      info: 0,
      hint: 0,
      score: 0,
      grade: 'not-compliant',
      grades: { gold: 0, silver: 0, bronze: 0, 'not-compliant': 0 },
      estateFindings: { error: 0, warn: 0, info: 0, hint: 0 },
      waived: 0,
      inlineIgnores: 0,
    },
    apis: [],
    events: [],
    entities: [],
    estateFindings: [],
    waivers: [],
    history: [],
  };
}

/** Script and markup in every place a contract's text reaches the reports. */
export const HOSTILE = {
  script: '</script><script>window.__pwned = "script"</script>',
  img: '"><img src=x onerror="window.__pwned=\'img\'">',
  svg: '<svg onload="window.__pwned=\'svg\'"></svg>',
  pipe: 'Orders | Returns\n| --- |',
  mention: '@retail/board please approve',
  control: 'bell\u0007 escape\u001b[31m rtl\u202eevil',
  jsUrl: 'javascript:alert(1)',
  jsUrlObfuscated: ' JaVa\nScRiPt:window.__pwned="href"',
  dataUrl: 'data:text/html,<script>window.__pwned="data"</script>',
};

/** The fixture estate with hostile text in titles, descriptions, ids, property names, messages and URLs. */
export function hostileCatalog(): Catalog {
  const catalog = fixtureCatalog();
  const [first, second, third] = catalog.apis;
  first!.title = `Orders ${HOSTILE.script}`;
  first!.description = `${HOSTILE.img}\n${HOSTILE.svg}\n${HOSTILE.control}`;
  first!.contact = { name: HOSTILE.img, email: `x@y.z?bcc=${HOSTILE.img}`, url: HOSTILE.jsUrl };
  first!.findings.list[0]!.message = `Property ${HOSTILE.img} ${HOSTILE.pipe}`;
  first!.findings.list[0]!.docsUrl = HOSTILE.jsUrl;
  first!.findings.list[1]!.pointer = `/components/schemas/Order/properties/${HOSTILE.svg}`;
  first!.findings.list[1]!.docsUrl = HOSTILE.jsUrlObfuscated;
  first!.owner = HOSTILE.mention;
  second!.title = HOSTILE.pipe;
  second!.contact = { url: HOSTILE.dataUrl };
  second!.domain = `order ${HOSTILE.img}`;
  third!.contact = { url: HOSTILE.jsUrlObfuscated };
  catalog.entities[0]!.name = `Order${HOSTILE.svg}`;
  catalog.events[0]!.type = `com.retail.${HOSTILE.script}`;
  catalog.estateFindings[0]!.message = `${HOSTILE.script} ${HOSTILE.img}`;
  catalog.estateFindings[2]!.message = HOSTILE.control;
  catalog.waivers[0]!.reason = `${HOSTILE.img} ${HOSTILE.mention}`;
  return catalog;
}
