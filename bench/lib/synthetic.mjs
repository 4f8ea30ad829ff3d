/**
 * A large, deterministic, retail-shaped OpenAPI 3.0 contract for the benchmark.
 *
 * It looks like a real platform API (20 business modules x 5 entities x 20 path shapes = 2,000 paths at
 * the default size): shared components reached through `$ref` (schemas, parameters, responses, headers),
 * paging, problem+json errors, OAuth scopes, ETags. A seeded random stream sprinkles in the mistakes real
 * contracts have (bare float prices, epoch timestamps, id synonyms, missing 429s, ad-hoc error bodies...),
 * so every linter has both passing and failing nodes to walk. Same options, same bytes, every run.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

export const DEFAULT_SYNTHETIC_PATHS = 2000;
const DEFAULT_SEED = 0x5eed2026;

/** module -> its five entities as [plural path segment, singular camelCase name]. */
const MODULES = {
  catalog: [['products', 'product'], ['categories', 'category'], ['brands', 'brand'], ['attributes', 'attribute'], ['assortments', 'assortment']],
  pricing: [['price-lists', 'priceList'], ['prices', 'price'], ['markdowns', 'markdown'], ['tax-rates', 'taxRate'], ['price-zones', 'priceZone']],
  promotions: [['promotions', 'promotion'], ['coupons', 'coupon'], ['bundles', 'bundle'], ['campaigns', 'campaign'], ['vouchers', 'voucher']],
  inventory: [['stock-levels', 'stockLevel'], ['reservations', 'reservation'], ['adjustments', 'adjustment'], ['stock-transfers', 'stockTransfer'], ['cycle-counts', 'cycleCount']],
  orders: [['orders', 'order'], ['order-lines', 'orderLine'], ['carts', 'cart'], ['quotes', 'quote'], ['subscriptions', 'subscription']],
  fulfilment: [['shipments', 'shipment'], ['picks', 'pick'], ['parcels', 'parcel'], ['carriers', 'carrier'], ['delivery-slots', 'deliverySlot']],
  returns: [['returns', 'return'], ['refunds', 'refund'], ['exchanges', 'exchange'], ['return-reasons', 'returnReason'], ['inspections', 'inspection']],
  customers: [['customers', 'customer'], ['addresses', 'address'], ['consents', 'consent'], ['segments', 'segment'], ['wishlists', 'wishlist']],
  loyalty: [['loyalty-accounts', 'loyaltyAccount'], ['point-transactions', 'pointTransaction'], ['rewards', 'reward'], ['tiers', 'tier'], ['redemptions', 'redemption']],
  payments: [['payments', 'payment'], ['tenders', 'tender'], ['gift-cards', 'giftCard'], ['settlements', 'settlement'], ['chargebacks', 'chargeback']],
  stores: [['stores', 'store'], ['registers', 'register'], ['shifts', 'shift'], ['tills', 'till'], ['opening-hours', 'openingHour']],
  purchasing: [['suppliers', 'supplier'], ['purchase-orders', 'purchaseOrder'], ['goods-receipts', 'goodsReceipt'], ['supplier-invoices', 'supplierInvoice'], ['supply-contracts', 'supplyContract']],
  warehouse: [['locations', 'location'], ['bins', 'bin'], ['waves', 'wave'], ['putaways', 'putaway'], ['replenishments', 'replenishment']],
  content: [['banners', 'banner'], ['pages', 'page'], ['media-assets', 'mediaAsset'], ['reviews', 'review'], ['questions', 'question']],
  marketplace: [['sellers', 'seller'], ['offers', 'offer'], ['listings', 'listing'], ['commissions', 'commission'], ['payouts', 'payout']],
  finance: [['journal-entries', 'journalEntry'], ['ledgers', 'ledger'], ['cost-centres', 'costCentre'], ['budgets', 'budget'], ['accruals', 'accrual']],
  workforce: [['employees', 'employee'], ['schedules', 'schedule'], ['time-entries', 'timeEntry'], ['tasks', 'task'], ['roles', 'role']],
  'store-operations': [['planograms', 'planogram'], ['shelf-labels', 'shelfLabel'], ['store-audits', 'storeAudit'], ['incidents', 'incident'], ['deliveries', 'delivery']],
  forecasting: [['demand-forecasts', 'demandForecast'], ['sales-plans', 'salesPlan'], ['seasons', 'season'], ['events', 'event'], ['allocations', 'allocation']],
  channels: [['sales-channels', 'salesChannel'], ['storefronts', 'storefront'], ['feeds', 'feed'], ['click-and-collect-points', 'clickAndCollectPoint'], ['marketplace-connections', 'marketplaceConnection']],
};

/** Mistakes and how often (per entity or per operation) they appear. */
const RATES = {
  floatPrice: 0.08, epochTime: 0.08, idSynonym: 0.06, snakeCase: 0.05, unformattedCountry: 0.06, stringQuantity: 0.05,
  genericIdParam: 0.1, missingDescription: 0.1, missing429: 0.07, adHocError: 0.04, deprecatedNoSunset: 0.02, unboundedLimit: 0.1,
};

/** The contract as a plain object with exactly `paths` entries under `paths`. */
export function syntheticContract({ paths: pathCount = DEFAULT_SYNTHETIC_PATHS, seed = DEFAULT_SEED } = {}) {
  if (!Number.isInteger(pathCount) || pathCount < 1) throw new RangeError(`paths must be a positive integer, got ${pathCount}`);
  const random = mulberry32(seed);
  const chance = (rate) => random() < rate;
  const doc = baseDocument();
  const entities = allEntities();
  const perRound = entities.length * PATH_SHAPES.length;

  for (let index = 0; index < pathCount; index += 1) {
    const round = Math.floor(index / perRound);
    const entity = entities[Math.floor((index % perRound) / PATH_SHAPES.length)];
    const shape = PATH_SHAPES[index % PATH_SHAPES.length];
    // Past one full set (only for sizes over 2,000) the same shapes repeat under a partner prefix.
    const names = round === 0 ? entity : { ...entity, prefix: `/partners/p${round}${entity.prefix}`, opSuffix: `ForPartner${round}` };
    if (index % PATH_SHAPES.length === 0 && round === 0) addEntityComponents(doc, entity, chance);
    const [route, operations] = shape(names);
    doc.paths[route] = Object.fromEntries(
      Object.entries(operations).map(([method, op]) => [method, operation(op, names, method, chance)]),
    );
  }
  return doc;
}

/** Writes the contract as YAML into `dir` and returns the file path. */
export function writeSyntheticContract(dir, options = {}) {
  const doc = syntheticContract(options);
  const file = path.join(dir, `synthetic-retail-${Object.keys(doc.paths).length}-paths.yaml`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, yaml.dump(doc, { noRefs: true, lineWidth: -1 }));
  return file;
}

/** Small, fast, seedable PRNG (mulberry32): the generator must not depend on Math.random. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pascal = (name) => name[0].toUpperCase() + name.slice(1);
const words = (name) => name.replace(/([A-Z])/g, ' $1').toLowerCase();
const ref = (kind, name) => ({ $ref: `#/components/${kind}/${name}` });

function allEntities() {
  return Object.entries(MODULES).flatMap(([module, list]) =>
    list.map(([plural, singular]) => ({
      module,
      plural,
      singular,
      type: pascal(singular),
      prefix: `/${module}/${plural}`,
      opSuffix: '',
      idParam: `${singular}Id`,
    })),
  );
}

/**
 * Twenty path shapes per entity, each `entity -> [path, {method: operation sketch}]`. An operation sketch
 * names its verb (for the operationId), what it returns and what it needs; `operation()` fills in the
 * shared parts.
 */
const PATH_SHAPES = [
  (e) => [e.prefix, {
    get: { verb: 'list', noun: `${e.type}s`, paged: true, returns: `${e.type}Page` },
    post: { verb: 'create', noun: e.type, body: `${e.type}Create`, status: '201', returns: e.type, write: true },
  }],
  (e) => [`${e.prefix}/{${e.idParam}}`, {
    get: { verb: 'get', noun: e.type, id: true, returns: e.type, etag: true },
    put: { verb: 'replace', noun: e.type, id: true, body: `${e.type}Create`, returns: e.type, write: true, ifMatch: true },
    patch: { verb: 'update', noun: e.type, id: true, body: `${e.type}Patch`, patch: true, returns: e.type, write: true, ifMatch: true },
    delete: { verb: 'delete', noun: e.type, id: true, status: '204', write: true, ifMatch: true },
  }],
  (e) => [`${e.prefix}/searches`, { post: { verb: 'search', noun: `${e.type}s`, body: 'SearchRequest', returns: `${e.type}Page` } }],
  (e) => [`${e.prefix}/bulk-imports`, { post: { verb: 'import', noun: `${e.type}s`, body: 'BulkRequest', status: '202', write: true } }],
  (e) => [`${e.prefix}/exports`, { post: { verb: 'export', noun: `${e.type}s`, body: 'SearchRequest', status: '202' } }],
  (e) => [`${e.prefix}/keys/{key}`, { get: { verb: 'get', noun: `${e.type}ByKey`, params: ['Key'], returns: e.type, etag: true } }],
  (e) => [`${e.prefix}/{${e.idParam}}/versions`, { get: { verb: 'list', noun: `${e.type}Versions`, id: true, paged: true, returns: 'AuditEventPage' } }],
  (e) => [`${e.prefix}/{${e.idParam}}/attachments`, {
    get: { verb: 'list', noun: `${e.type}Attachments`, id: true, paged: true, returns: 'AttachmentPage' },
    post: { verb: 'add', noun: `${e.type}Attachment`, id: true, body: 'Attachment', status: '201', returns: 'Attachment', write: true },
  }],
  (e) => [`${e.prefix}/{${e.idParam}}/attachments/{attachmentId}`, {
    get: { verb: 'get', noun: `${e.type}Attachment`, id: true, params: ['AttachmentId'], returns: 'Attachment' },
    delete: { verb: 'remove', noun: `${e.type}Attachment`, id: true, params: ['AttachmentId'], status: '204', write: true },
  }],
  (e) => [`${e.prefix}/{${e.idParam}}/notes`, {
    get: { verb: 'list', noun: `${e.type}Notes`, id: true, paged: true, returns: 'NotePage' },
    post: { verb: 'add', noun: `${e.type}Note`, id: true, body: 'Note', status: '201', returns: 'Note', write: true },
  }],
  (e) => [`${e.prefix}/{${e.idParam}}/notes/{noteId}`, {
    get: { verb: 'get', noun: `${e.type}Note`, id: true, params: ['NoteId'], returns: 'Note' },
    patch: { verb: 'update', noun: `${e.type}Note`, id: true, params: ['NoteId'], body: 'Note', patch: true, returns: 'Note', write: true },
    delete: { verb: 'remove', noun: `${e.type}Note`, id: true, params: ['NoteId'], status: '204', write: true },
  }],
  (e) => [`${e.prefix}/{${e.idParam}}/tags`, {
    get: { verb: 'get', noun: `${e.type}Tags`, id: true, returns: 'TagList' },
    put: { verb: 'replace', noun: `${e.type}Tags`, id: true, body: 'TagList', returns: 'TagList', write: true },
  }],
  (e) => [`${e.prefix}/{${e.idParam}}/approvals`, { post: { verb: 'approve', noun: e.type, id: true, body: 'Approval', returns: 'Approval', write: true } }],
  (e) => [`${e.prefix}/{${e.idParam}}/status-changes`, { post: { verb: 'change', noun: `${e.type}Status`, id: true, body: 'StatusChange', returns: e.type, write: true, ifMatch: true } }],
  (e) => [`${e.prefix}/{${e.idParam}}/audit-events`, { get: { verb: 'list', noun: `${e.type}AuditEvents`, id: true, paged: true, returns: 'AuditEventPage' } }],
  (e) => [`${e.prefix}/{${e.idParam}}/translations`, { get: { verb: 'list', noun: `${e.type}Translations`, id: true, paged: true, returns: 'TranslationPage' } }],
  (e) => [`${e.prefix}/{${e.idParam}}/translations/{locale}`, {
    get: { verb: 'get', noun: `${e.type}Translation`, id: true, params: ['Locale'], returns: 'Translation' },
    put: { verb: 'replace', noun: `${e.type}Translation`, id: true, params: ['Locale'], body: 'Translation', returns: 'Translation', write: true },
  }],
  (e) => [`${e.prefix}/{${e.idParam}}/custom-fields`, {
    get: { verb: 'get', noun: `${e.type}CustomFields`, id: true, returns: 'CustomFields' },
    patch: { verb: 'update', noun: `${e.type}CustomFields`, id: true, body: 'CustomFields', patch: true, returns: 'CustomFields', write: true },
  }],
  (e) => [`${e.prefix}/{${e.idParam}}/relationships`, { get: { verb: 'list', noun: `${e.type}Relationships`, id: true, paged: true, returns: 'RelationshipPage' } }],
  (e) => [`${e.prefix}/{${e.idParam}}/locks`, {
    post: { verb: 'lock', noun: e.type, id: true, body: 'Lock', status: '201', returns: 'Lock', write: true },
    delete: { verb: 'unlock', noun: e.type, id: true, status: '204', write: true },
  }],
];

/** A full operation object from a sketch; `names` carries the entity (and partner prefix, if any). */
function operation(sketch, names, method, chance) {
  const op = {
    operationId: `${sketch.verb}${sketch.noun}${names.opSuffix}`,
    summary: `${pascal(sketch.verb)} ${words(sketch.noun).trim()}`,
    tags: [names.module],
  };
  if (!chance(RATES.missingDescription)) {
    op.description = `${pascal(sketch.verb)}s ${words(sketch.noun).trim()} in the ${names.module} module. Changes are published as events on the ${names.module} topic.`;
  }
  const parameters = [ref('parameters', 'Traceparent')];
  if (sketch.id) parameters.push(ref('parameters', `${names.type}Id`));
  for (const name of sketch.params ?? []) parameters.push(ref('parameters', name));
  if (sketch.paged) parameters.push(ref('parameters', 'Limit'), ref('parameters', 'Cursor'), ref('parameters', 'Sort'));
  if (sketch.ifMatch) parameters.push(ref('parameters', 'IfMatch'));
  if (method === 'get') parameters.push(ref('parameters', 'AcceptLanguage'));
  op.parameters = parameters;
  if (sketch.body) {
    const media = sketch.patch ? 'application/merge-patch+json' : 'application/json';
    op.requestBody = { required: true, content: { [media]: { schema: ref('schemas', sketch.body) } } };
  }
  op.responses = responses(sketch, chance);
  op.security = [{ oauth2: [`${names.module.replace(/-/g, '')}.${names.plural}.${sketch.write ? 'write' : 'read'}`] }];
  if (chance(RATES.deprecatedNoSunset)) op.deprecated = true;
  return op;
}

function responses(sketch, chance) {
  const status = sketch.status ?? '200';
  const success = { description: status === '204' ? 'Done, no content.' : 'Success.' };
  const headers = { RateLimit: ref('headers', 'RateLimit'), 'RateLimit-Policy': ref('headers', 'RateLimit-Policy'), traceparent: ref('headers', 'Traceparent') };
  if (sketch.etag) headers.ETag = ref('headers', 'ETag');
  if (status === '201') headers.Location = ref('headers', 'Location');
  success.headers = headers;
  if (sketch.returns) success.content = { 'application/json': { schema: ref('schemas', sketch.returns) } };
  const result = status === '202' ? { 202: ref('responses', 'Accepted') } : { [status]: success };
  result[400] = chance(RATES.adHocError)
    ? { description: 'Bad request.', content: { 'application/json': { schema: { type: 'object', properties: { code: { type: 'integer' }, message: { type: 'string' } } } } } }
    : ref('responses', 'BadRequest');
  result[401] = ref('responses', 'Unauthorized');
  result[403] = ref('responses', 'Forbidden');
  if (sketch.id) result[404] = ref('responses', 'NotFound');
  if (sketch.ifMatch) result[412] = ref('responses', 'PreconditionFailed');
  if (sketch.write) result[409] = ref('responses', 'Conflict');
  if (!chance(RATES.missing429)) result[429] = ref('responses', 'TooManyRequests');
  result[500] = ref('responses', 'InternalError');
  result[503] = ref('responses', 'ServiceUnavailable');
  return result;
}

/** The entity's id parameter and its schemas: the resource, its create and patch bodies, and its page. */
function addEntityComponents(doc, entity, chance) {
  const { schemas, parameters } = doc.components;
  const genericId = chance(RATES.genericIdParam);
  parameters[`${entity.type}Id`] = {
    name: entity.idParam,
    in: 'path',
    required: true,
    description: `The ${words(entity.singular).trim()}'s id.`,
    schema: genericId ? { type: 'integer', format: 'int64' } : { type: 'string', format: 'uuid' },
  };

  const properties = {
    id: { type: 'string', format: 'uuid', readOnly: true, description: `The ${words(entity.singular).trim()}'s id.` },
    key: { type: 'string', maxLength: 64, pattern: '^[a-z0-9-]+$', description: 'Business key, unique per tenant.' },
    name: { type: 'string', maxLength: 200, example: `Sample ${words(entity.singular).trim()}` },
    status: { type: 'string', enum: ['draft', 'active', 'suspended', 'archived'] },
    storeId: { type: 'string', pattern: '^[0-9]{4}$', example: '0042' },
    countryCode: chance(RATES.unformattedCountry) ? { type: 'string' } : ref('schemas', 'CountryCode'),
    quantity: chance(RATES.stringQuantity) ? { type: 'string' } : { type: 'integer', minimum: 0, maximum: 1000000 },
    unitPrice: chance(RATES.floatPrice) ? { type: 'number', format: 'double' } : ref('schemas', 'Money'),
    totalAmount: ref('schemas', 'Money'),
    businessDate: { type: 'string', format: 'date' },
    shippingAddress: ref('schemas', 'Address'),
    tags: ref('schemas', 'TagList'),
    audit: ref('schemas', 'AuditInfo'),
    customFields: ref('schemas', 'CustomFields'),
    links: ref('schemas', 'Links'),
  };
  if (chance(RATES.epochTime)) properties.createdTimestamp = { type: 'integer', format: 'int64', description: 'Epoch milliseconds.' };
  if (chance(RATES.idSynonym)) properties.custNo = { type: 'string', description: 'Customer number from the legacy ERP.' };
  if (chance(RATES.snakeCase)) properties.external_ref = { type: 'string', maxLength: 64 };
  schemas[entity.type] = {
    type: 'object',
    description: `A ${words(entity.singular).trim()} in the ${entity.module} module.`,
    required: ['id', 'name', 'status'],
    properties,
  };
  const writable = Object.fromEntries(Object.entries(properties).filter(([name]) => !['id', 'audit', 'links'].includes(name)));
  schemas[`${entity.type}Create`] = { type: 'object', required: ['name'], properties: writable };
  schemas[`${entity.type}Patch`] = { type: 'object', minProperties: 1, properties: writable };
  schemas[`${entity.type}Page`] = pageOf(ref('schemas', entity.type));
}

function pageOf(items) {
  return {
    type: 'object',
    required: ['items', 'page'],
    properties: { items: { type: 'array', maxItems: 200, items }, page: ref('schemas', 'PageInfo') },
  };
}

function problemResponse(description, extraHeaders) {
  const response = { description, content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } } };
  if (extraHeaders) response.headers = extraHeaders;
  return response;
}

/** Everything the entities share: info, servers, security, shared schemas, parameters, responses, headers. */
function baseDocument() {
  const scopes = {};
  for (const [module, list] of Object.entries(MODULES)) {
    for (const [plural] of list) {
      const area = module.replace(/-/g, '');
      scopes[`${area}.${plural}.read`] = `Read ${plural}.`;
      scopes[`${area}.${plural}.write`] = `Create, change and delete ${plural}.`;
    }
  }
  const stringProp = (maxLength, extra = {}) => ({ type: 'string', maxLength, ...extra });
  return {
    openapi: '3.0.3',
    info: {
      title: 'Retail Platform API',
      version: '1.14.0',
      description: 'Synthetic benchmark contract: one platform API across catalog, pricing, inventory, orders, fulfilment, loyalty, payments and store operations.',
      contact: { name: 'Platform API team', email: 'platform-api@example.com', url: 'https://developer.example.com' },
      license: { name: 'Proprietary', url: 'https://developer.example.com/terms' },
      'x-api-id': 'retail-platform',
      'x-owner': 'team-platform-api',
      'x-domain': 'order',
      'x-system': 'retail-platform',
      'x-lifecycle': 'production',
    },
    servers: [
      { url: 'https://api.northwind-retail.com/v1', description: 'Production' },
      { url: 'https://api.sandbox.northwind-retail.com/v1', description: 'Sandbox' },
    ],
    security: [{ oauth2: [] }],
    tags: Object.keys(MODULES).map((name) => ({ name, description: `${pascal(words(name))} resources.` })),
    paths: {},
    components: {
      securitySchemes: {
        oauth2: {
          type: 'oauth2',
          description: 'Client credentials for services, authorization code for staff apps.',
          flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/oauth2/token', scopes } },
        },
      },
      schemas: {
        Money: {
          type: 'object',
          required: ['amount', 'currency'],
          properties: { amount: { type: 'string', pattern: '^-?\\d+(\\.\\d{1,4})?$', example: '19.99' }, currency: ref('schemas', 'CurrencyCode') },
        },
        CurrencyCode: { type: 'string', pattern: '^[A-Z]{3}$', example: 'EUR' },
        CountryCode: { type: 'string', pattern: '^[A-Z]{2}$', example: 'DE' },
        Address: {
          type: 'object',
          required: ['line1', 'city', 'countryCode'],
          properties: {
            line1: stringProp(120), line2: stringProp(120), city: stringProp(80), region: stringProp(80),
            postalCode: stringProp(16), countryCode: ref('schemas', 'CountryCode'),
          },
        },
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details.',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string', format: 'uri-reference' }, title: stringProp(200), status: { type: 'integer', minimum: 100, maximum: 599 },
            detail: stringProp(2000), instance: { type: 'string', format: 'uri-reference' }, traceId: stringProp(64),
          },
        },
        PageInfo: {
          type: 'object',
          required: ['limit'],
          properties: { limit: { type: 'integer', minimum: 1, maximum: 200 }, nextCursor: stringProp(512), total: { type: 'integer', minimum: 0 } },
        },
        AuditInfo: {
          type: 'object',
          properties: {
            createdAt: { type: 'string', format: 'date-time', example: '2026-08-14T09:30:00Z' }, createdBy: stringProp(120),
            updatedAt: { type: 'string', format: 'date-time', example: '2026-08-14T10:00:00Z' }, updatedBy: stringProp(120),
          },
        },
        Attachment: { type: 'object', required: ['fileName', 'mediaType'], properties: { id: { type: 'string', format: 'uuid', readOnly: true }, fileName: stringProp(255), mediaType: stringProp(100), sizeBytes: { type: 'integer', minimum: 0 }, url: { type: 'string', format: 'uri', readOnly: true } } },
        AttachmentPage: pageOf(ref('schemas', 'Attachment')),
        Note: { type: 'object', required: ['text'], properties: { id: { type: 'string', format: 'uuid', readOnly: true }, text: stringProp(4000), audit: ref('schemas', 'AuditInfo') } },
        NotePage: pageOf(ref('schemas', 'Note')),
        TagList: { type: 'array', maxItems: 50, items: stringProp(40, { pattern: '^[a-z0-9-]+$' }) },
        Translation: { type: 'object', required: ['locale'], properties: { locale: stringProp(35), name: stringProp(200), description: stringProp(4000) } },
        TranslationPage: pageOf(ref('schemas', 'Translation')),
        AuditEvent: { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, occurredAt: { type: 'string', format: 'date-time' }, actor: stringProp(120), action: { type: 'string', enum: ['created', 'updated', 'deleted', 'approved', 'archived'] }, changes: { type: 'object', additionalProperties: true } } },
        AuditEventPage: pageOf(ref('schemas', 'AuditEvent')),
        CustomFields: { type: 'object', maxProperties: 100, additionalProperties: { oneOf: [stringProp(1000), { type: 'number' }, { type: 'boolean' }] } },
        Relationship: { type: 'object', required: ['type', 'targetId'], properties: { type: stringProp(60), targetId: { type: 'string', format: 'uuid' }, targetType: stringProp(60) } },
        RelationshipPage: pageOf(ref('schemas', 'Relationship')),
        Lock: { type: 'object', required: ['reason'], properties: { reason: stringProp(500), expiresAt: { type: 'string', format: 'date-time' } } },
        StatusChange: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['draft', 'active', 'suspended', 'archived'] }, reason: stringProp(500) } },
        Approval: { type: 'object', required: ['decision'], properties: { decision: { type: 'string', enum: ['approved', 'rejected'] }, comment: stringProp(2000), decidedAt: { type: 'string', format: 'date-time', readOnly: true } } },
        SearchRequest: {
          type: 'object',
          properties: {
            query: stringProp(500),
            filters: { type: 'array', maxItems: 20, items: { type: 'object', required: ['field', 'operator'], properties: { field: stringProp(100), operator: { type: 'string', enum: ['eq', 'ne', 'lt', 'gt', 'in', 'contains'] }, value: stringProp(500) } } },
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            cursor: stringProp(512),
          },
        },
        BulkRequest: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 10000, items: { type: 'object', additionalProperties: true } }, mode: { type: 'string', enum: ['upsert', 'create', 'delete'] } } },
        Job: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string', format: 'uuid' }, status: { type: 'string', enum: ['queued', 'running', 'succeeded', 'failed'] }, submittedAt: { type: 'string', format: 'date-time' } } },
        Links: { type: 'object', properties: { self: { type: 'string', format: 'uri' }, next: { type: 'string', format: 'uri' } } },
      },
      parameters: {
        Traceparent: { name: 'traceparent', in: 'header', required: false, description: 'W3C Trace Context.', schema: stringProp(55, { pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$' }) },
        Limit: { name: 'limit', in: 'query', description: 'Page size.', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
        Cursor: { name: 'cursor', in: 'query', description: 'Opaque cursor from `page.nextCursor`.', schema: stringProp(512) },
        Sort: { name: 'sort', in: 'query', description: 'Sort fields, `-` for descending.', schema: stringProp(200, { example: '-updatedAt' }) },
        IfMatch: { name: 'If-Match', in: 'header', required: true, description: 'ETag from the last read.', schema: stringProp(100) },
        AcceptLanguage: { name: 'Accept-Language', in: 'header', description: 'Preferred languages for translated fields.', schema: stringProp(200) },
        AttachmentId: { name: 'attachmentId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
        NoteId: { name: 'noteId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
        Locale: { name: 'locale', in: 'path', required: true, schema: stringProp(35, { example: 'de-DE' }) },
        Key: { name: 'key', in: 'path', required: true, schema: stringProp(64, { pattern: '^[a-z0-9-]+$' }) },
      },
      headers: {
        RateLimit: { description: 'Remaining quota (draft-ietf-httpapi-ratelimit-headers).', schema: stringProp(200) },
        'RateLimit-Policy': { description: 'Quota policy.', schema: stringProp(200) },
        'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
        ETag: { description: 'Entity tag for optimistic concurrency.', schema: stringProp(100) },
        Location: { description: 'URL of the created resource or of the job.', schema: { type: 'string', format: 'uri' } },
        Traceparent: { description: 'W3C Trace Context of the response.', schema: stringProp(55) },
      },
      responses: {
        Accepted: { description: 'Accepted; poll the job at Location.', headers: { Location: ref('headers', 'Location') }, content: { 'application/json': { schema: ref('schemas', 'Job') } } },
        BadRequest: problemResponse('The request is malformed or fails validation.'),
        Unauthorized: problemResponse('Missing or expired token.'),
        Forbidden: problemResponse('The token lacks the scope.'),
        NotFound: problemResponse('No such resource.'),
        Conflict: problemResponse('The resource changed state meanwhile.'),
        PreconditionFailed: problemResponse('If-Match does not match the current ETag.'),
        TooManyRequests: problemResponse('Rate limit exceeded.', { 'Retry-After': ref('headers', 'Retry-After') }),
        InternalError: problemResponse('Unexpected server error.'),
        ServiceUnavailable: problemResponse('A dependency is down; retry later.', { 'Retry-After': ref('headers', 'Retry-After') }),
      },
    },
  };
}
