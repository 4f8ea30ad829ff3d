/**
 * A synthetic retail estate for benchmarks and scale tests: deterministic (seeded), varied
 * (OpenAPI 2.0/3.0/3.1 and AsyncAPI 2.6/3.0 across nine domains), realistic in shape (paged
 * collections, problem+json errors, money objects, canonical ids, CloudEvents envelopes, Kafka keys,
 * producers and consumers of each other's events) and with the odd estate problem a real estate has.
 */
import jsyaml from 'js-yaml';

interface DomainSpec {
  domain: string;
  entities: Array<{ name: string; id: string; collection: string }>;
}

const DOMAINS: DomainSpec[] = [
  { domain: 'order', entities: [{ name: 'Order', id: 'orderId', collection: 'orders' }, { name: 'OrderLine', id: 'orderLineId', collection: 'order-lines' }] },
  { domain: 'inventory', entities: [{ name: 'InventoryPosition', id: 'sku', collection: 'inventory-positions' }, { name: 'StockAdjustment', id: 'adjustmentId', collection: 'stock-adjustments' }] },
  { domain: 'pricing', entities: [{ name: 'Price', id: 'sku', collection: 'prices' }, { name: 'PriceList', id: 'priceListId', collection: 'price-lists' }, { name: 'Promotion', id: 'promotionId', collection: 'promotions' }] },
  { domain: 'loyalty', entities: [{ name: 'LoyaltyAccount', id: 'loyaltyAccountId', collection: 'loyalty-accounts' }, { name: 'LoyaltyTransaction', id: 'transactionId', collection: 'loyalty-transactions' }] },
  { domain: 'customer', entities: [{ name: 'Customer', id: 'customerId', collection: 'customers' }] },
  { domain: 'product', entities: [{ name: 'Product', id: 'productId', collection: 'products' }, { name: 'Sku', id: 'sku', collection: 'skus' }] },
  { domain: 'payment', entities: [{ name: 'Payment', id: 'paymentId', collection: 'payments' }, { name: 'GiftCard', id: 'giftCardId', collection: 'gift-cards' }] },
  { domain: 'fulfilment', entities: [{ name: 'Shipment', id: 'shipmentId', collection: 'shipments' }, { name: 'Return', id: 'returnId', collection: 'returns' }] },
  { domain: 'store', entities: [{ name: 'Store', id: 'storeId', collection: 'stores' }, { name: 'Location', id: 'locationId', collection: 'locations' }] },
];

const EVENT_VERBS = ['created', 'changed', 'cancelled'];

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same estate. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function eventType(domain: string, entity: string, verb: string): string {
  return `com.acme.${domain}.${kebab(entity)}-${verb}.v1`;
}

const MONEY = { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'string', pattern: '^-?\\d+(\\.\\d{1,4})?$', maxLength: 20 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } } };

function idSchema(id: string): Record<string, unknown> {
  if (id === 'sku') return { type: 'string', pattern: '^[A-Z0-9-]{1,40}$', maxLength: 40 };
  if (id === 'storeId') return { type: 'string', pattern: '^[0-9]{4}$', maxLength: 4 };
  if (id === 'orderId') return { type: 'string', pattern: '^[A-Z0-9-]{6,36}$', maxLength: 36 };
  return { type: 'string', format: 'uuid', maxLength: 36 };
}

function entitySchema(entity: DomainSpec['entities'][number], rnd: () => number, refBase: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    [entity.id]: { ...idSchema(entity.id), description: `The ${entity.name} identifier.` },
    status: { type: 'string', enum: ['active', 'inactive', 'archived'], description: 'Lifecycle state.' },
    name: { type: 'string', maxLength: 200, description: `Display name of the ${entity.name}.` },
    createdAt: { type: 'string', format: 'date-time', description: 'When it was created.', example: '2026-03-14T09:30:00Z' },
    updatedAt: { type: 'string', format: 'date-time', description: 'When it last changed.', example: '2026-03-14T10:02:11Z' },
    version: { type: 'integer', minimum: 1, description: 'Optimistic concurrency version.' },
    tags: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 40 } },
    attributes: { type: 'object', maxProperties: 50, additionalProperties: { type: 'string', maxLength: 200 } },
  };
  const extras = ['customerId', 'storeId', 'sku', 'locationId'].filter(() => rnd() < 0.4);
  for (const extra of extras) if (!(extra in properties)) properties[extra] = idSchema(extra);
  if (rnd() < 0.6) properties.totalPrice = { $ref: `${refBase}Money` };
  if (rnd() < 0.5) properties.quantity = { type: 'integer', minimum: 0 };
  if (rnd() < 0.4) properties.address = { $ref: `${refBase}Address` };
  if (rnd() < 0.3) properties.notes = { type: 'string', maxLength: 500 };
  if (rnd() < 0.4) {
    properties.lines = {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        required: ['sku', 'quantity'],
        properties: { lineNumber: { type: 'integer', minimum: 1 }, sku: idSchema('sku'), quantity: { type: 'integer', minimum: 1 }, unitPrice: { $ref: `${refBase}Money` }, discount: { $ref: `${refBase}Money` } },
      },
    };
  }
  return { type: 'object', description: `A ${entity.name} as the ${entity.collection} resource returns it.`, required: [entity.id, 'status', 'createdAt'], properties };
}

const ADDRESS = {
  type: 'object',
  required: ['line1', 'city', 'country'],
  properties: {
    line1: { type: 'string', maxLength: 120 },
    line2: { type: 'string', maxLength: 120 },
    city: { type: 'string', maxLength: 80 },
    postalCode: { type: 'string', maxLength: 16 },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
  },
};

const PROBLEM = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: { type: { type: 'string', format: 'uri-reference' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, traceId: { type: 'string' } },
};

function info(title: string, apiId: string, domain: string, owner: string, system: string, sor: string[], version: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title,
    version,
    description: `${title}: part of the ${domain} domain.`,
    contact: { name: owner, email: `${owner}@acme-retail.example` },
    'x-api-id': apiId,
    'x-owner': owner,
    'x-domain': domain,
    'x-system': system,
    'x-lifecycle': 'production',
    'x-system-of-record': sor,
    ...extra,
  };
}

function openApiContract(i: number, spec: DomainSpec, rnd: () => number, sor: string[], flavour: 'oas2' | 'oas3.0' | 'oas3.1'): Record<string, unknown> {
  const apiId = `retail-${spec.domain}-api-${i}`;
  const owner = i % 53 === 7 ? `team-${spec.domain}-satellite` : `team-${spec.domain}`;
  const base = `/${spec.domain}-${i}/v1`;
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { Money: MONEY, Problem: PROBLEM };
  const errorResponse = flavour === 'oas2' ? { description: 'problem', schema: { $ref: '#/definitions/Problem' } } : { description: 'problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
  const ok = (ref: string, list = false) => {
    const schema = list ? { type: 'object', properties: { items: { type: 'array', items: { $ref: ref } }, nextCursor: { type: 'string' } } } : { $ref: ref };
    return flavour === 'oas2' ? { description: 'ok', schema } : { description: 'ok', content: { 'application/json': { schema } } };
  };
  const refBase = flavour === 'oas2' ? '#/definitions/' : '#/components/schemas/';
  const param = (name: string, where: string, schema: Record<string, unknown>, required = false) => (flavour === 'oas2' ? { name, in: where, required, ...schema } : { name, in: where, required, schema });
  schemas.Address = ADDRESS;
  const traceparent = param('traceparent', 'header', { type: 'string', pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$', maxLength: 55 });
  const rateHeaders = {
    RateLimit: { description: 'Remaining quota.', ...(flavour === 'oas2' ? { type: 'string' } : { schema: { type: 'string' } }) },
    'RateLimit-Policy': { description: 'Quota policy.', ...(flavour === 'oas2' ? { type: 'string' } : { schema: { type: 'string' } }) },
  };
  const withHeaders = (response: Record<string, unknown>) => ({ ...response, headers: rateHeaders });
  // every entity but, now and then, one of several
  const entities = spec.entities.filter((_, k) => k === 0 || rnd() >= 0.25);
  for (const entity of entities) {
    const owned = sor.includes(entity.name);
    schemas[entity.name] = entitySchema(entity, rnd, refBase);
    schemas[`${entity.name}Page`] = {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', maxItems: 200, items: { $ref: `${refBase}${entity.name}` } }, nextCursor: { type: 'string', maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 200 } },
    };
    schemas[`${entity.name}Search`] = {
      type: 'object',
      properties: { text: { type: 'string', maxLength: 200 }, status: { type: 'array', maxItems: 3, items: { type: 'string', enum: ['active', 'inactive', 'archived'] } }, updatedSince: { type: 'string', format: 'date-time' } },
    };
    const ref = `${refBase}${entity.name}`;
    const errors = Object.fromEntries(['400', '401', '403', '404', '409', '422', '429', '500', '503'].map((status) => [status, errorResponse]));
    const bodyOf = (schemaRef: string) =>
      flavour === 'oas2'
        ? { parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: schemaRef } }] }
        : { requestBody: { required: true, content: { 'application/json': { schema: { $ref: schemaRef } } } } };
    const idempotency = param('Idempotency-Key', 'header', { type: 'string', maxLength: 64 }, true);
    const ifMatch = param('If-Match', 'header', { type: 'string', maxLength: 64 });
    const withParams = (extra: Record<string, unknown>, parameters: unknown[]) => {
      const body = extra.parameters as unknown[] | undefined;
      return { ...extra, parameters: [...parameters, ...(body ?? [])] };
    };
    paths[`/${entity.collection}`] = {
      get: {
        operationId: `list${entity.name}s${i}`,
        summary: `List ${entity.collection}`,
        tags: [entity.collection],
        parameters: [
          traceparent,
          param('limit', 'query', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
          param('cursor', 'query', { type: 'string', maxLength: 200 }),
          param('status', 'query', { type: 'string', enum: ['active', 'inactive', 'archived'] }),
          param('updatedSince', 'query', { type: 'string', format: 'date-time' }),
        ],
        responses: { '200': withHeaders(ok(`${refBase}${entity.name}Page`)), ...errors },
      },
      ...(owned || rnd() < 0.05
        ? { post: { operationId: `create${entity.name}${i}`, summary: `Create a ${entity.name}`, tags: [entity.collection], ...withParams(bodyOf(ref), [traceparent, idempotency]), responses: { '201': withHeaders(ok(ref)), ...errors } } }
        : {}),
    };
    paths[`/${entity.collection}/search`] = {
      post: {
        operationId: `search${entity.name}s${i}`,
        summary: `Search ${entity.collection}`,
        tags: [entity.collection],
        ...withParams(bodyOf(`${refBase}${entity.name}Search`), [traceparent, param('limit', 'query', { type: 'integer', minimum: 1, maximum: 200, default: 50 }), param('cursor', 'query', { type: 'string', maxLength: 200 })]),
        responses: { '200': withHeaders(ok(`${refBase}${entity.name}Page`)), ...errors },
      },
    };
    paths[`/${entity.collection}/{${entity.id}}`] = {
      parameters: [param(entity.id, 'path', idSchema(entity.id), true)],
      get: { operationId: `get${entity.name}${i}`, summary: `Read a ${entity.name}`, tags: [entity.collection], parameters: [traceparent], responses: { '200': withHeaders(ok(ref)), ...errors } },
      ...(owned && rnd() < 0.8
        ? {
            put: { operationId: `replace${entity.name}${i}`, tags: [entity.collection], ...withParams(bodyOf(ref), [traceparent, ifMatch]), responses: { '200': withHeaders(ok(ref)), ...errors } },
            patch: { operationId: `update${entity.name}${i}`, tags: [entity.collection], ...withParams(bodyOf(ref), [traceparent, idempotency, ifMatch]), responses: { '200': withHeaders(ok(ref)), ...errors } },
          }
        : {}),
      ...(rnd() < 0.2
        ? { delete: { operationId: `delete${entity.name}${i}`, deprecated: true, 'x-sunset': '2027-06-30', 'x-replaced-by': `update${entity.name}${i}`, parameters: [traceparent], responses: { '204': { description: 'deleted' }, ...errors } } }
        : {}),
    };
  }
  const security = [{ oauth: [`${spec.domain}.${spec.entities[0]!.collection}.read`] }];
  const oauth = { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.acme-retail.example/token', scopes: { [`${spec.domain}.${spec.entities[0]!.collection}.read`]: 'read' } } } };
  const title = `${spec.domain[0]!.toUpperCase()}${spec.domain.slice(1)} API ${i}`;
  if (flavour === 'oas2') {
    return {
      swagger: '2.0',
      info: info(title, apiId, spec.domain, owner, `${spec.domain}-system-${i % 7}`, sor, '1.2.0'),
      host: 'api.acme-retail.example',
      basePath: base,
      schemes: ['https'],
      produces: ['application/json', 'application/problem+json'],
      consumes: ['application/json'],
      security,
      securityDefinitions: { oauth: { type: 'oauth2', flow: 'application', tokenUrl: 'https://auth.acme-retail.example/token', scopes: { [`${spec.domain}.${spec.entities[0]!.collection}.read`]: 'read' } } },
      paths,
      definitions: schemas,
    };
  }
  return {
    openapi: flavour === 'oas3.1' ? '3.1.0' : '3.0.3',
    info: info(title, apiId, spec.domain, owner, `${spec.domain}-system-${i % 7}`, sor, '1.4.0', i % 11 === 3 ? { 'x-consumes': [{ api: `retail-${spec.domain}-api-${Math.max(0, i - 5)}`, major: 1 }] } : {}),
    servers: [{ url: `https://api.acme-retail.example${base}` }],
    security,
    paths,
    components: { schemas, securitySchemes: { oauth } },
  };
}

function cloudEventPayload(type: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    required: ['specversion', 'id', 'source', 'type', 'time', 'data'],
    properties: {
      specversion: { type: 'string', const: '1.0' },
      id: { type: 'string', format: 'uuid', minLength: 1 },
      source: { type: 'string', format: 'uri-reference' },
      type: { type: 'string', const: type },
      time: { type: 'string', format: 'date-time' },
      data,
    },
  };
}

function eventData(entity: DomainSpec['entities'][number]): Record<string, unknown> {
  return {
    type: 'object',
    description: `What changed on the ${entity.name}.`,
    required: [entity.id, 'occurredAt'],
    properties: {
      [entity.id]: idSchema(entity.id),
      occurredAt: { type: 'string', format: 'date-time', description: 'When it happened at the source.' },
      status: { type: 'string', enum: ['active', 'inactive', 'archived'] },
      changedFields: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 60 } },
      storeId: idSchema('storeId'),
      amount: MONEY,
      actor: { type: 'object', properties: { userId: { type: 'string', maxLength: 64 }, channel: { type: 'string', enum: ['web', 'app', 'store', 'call-centre', 'system'] } } },
    },
  };
}

const TRACE_HEADERS = {
  type: 'object',
  required: ['traceparent'],
  properties: {
    traceparent: { type: 'string', pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$', maxLength: 55 },
    tracestate: { type: 'string', maxLength: 512 },
  },
};

function asyncApiContract(i: number, spec: DomainSpec, rnd: () => number, v2: boolean): Record<string, unknown> {
  const apiId = `retail-${spec.domain}-events-${i}`;
  const owner = `team-${spec.domain}`;
  const sends: Array<{ type: string; entity: DomainSpec['entities'][number]; address: string }> = [];
  for (const entity of spec.entities) {
    for (const verb of EVENT_VERBS) {
      if (rnd() < 0.45) sends.push({ type: eventType(spec.domain, entity.name, verb), entity, address: `retail.${spec.domain}.${kebab(entity.name)}-${verb}.v1` });
    }
  }
  const receives: typeof sends = [];
  for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) {
    const other = DOMAINS[Math.floor(rnd() * DOMAINS.length)]!;
    if (other === spec) continue;
    const entity = other.entities[Math.floor(rnd() * other.entities.length)]!;
    // now and then a type nobody produces: the orphan a real estate has
    const verb = i % 97 === 13 ? 'archived' : EVENT_VERBS[Math.floor(rnd() * EVENT_VERBS.length)]!;
    const address = `retail.${other.domain}.${kebab(entity.name)}-${verb}.v1`;
    // one subscription per address: a service does not consume the same topic twice
    if (!receives.some((r) => r.address === address)) receives.push({ type: eventType(other.domain, entity.name, verb), entity, address });
  }
  const messageOf = (e: (typeof sends)[number]) => ({
    name: `${e.entity.name}${e.type.split('.').slice(-2, -1)[0]!.split('-').pop()!.replace(/^./, (c) => c.toUpperCase())}`,
    title: `${e.entity.name} ${e.type.split('.').slice(-2, -1)[0]!.split('-').pop()}`,
    summary: `A ${e.entity.name} event from the ${e.address.split('.')[1]} domain.`,
    contentType: 'application/cloudevents+json',
    'x-schema-version': '1.0.0',
    headers: TRACE_HEADERS,
    payload: cloudEventPayload(e.type, eventData(e.entity)),
    bindings: { kafka: { key: { ...idSchema(e.entity.id), 'x-canonical-id': e.entity.id }, bindingVersion: '0.4.0' } },
  });
  const title = `${spec.domain[0]!.toUpperCase()}${spec.domain.slice(1)} events ${i}`;
  const infoBlock = info(title, apiId, spec.domain, owner, `${spec.domain}-system-${i % 7}`, [], '1.1.0');
  if (v2) {
    const channels: Record<string, unknown> = {};
    for (const e of sends) channels[e.address] = { subscribe: { operationId: `send${i}${Object.keys(channels).length}`, message: messageOf(e) } };
    for (const e of receives) {
      const existing = channels[e.address] as Record<string, unknown> | undefined;
      channels[e.address] = { ...(existing ?? {}), publish: { operationId: `receive${i}${Object.keys(channels).length}`, 'x-dead-letter': `retail.${spec.domain}.dlq`, 'x-retry': { maxAttempts: 5 }, message: messageOf(e) } };
    }
    return { asyncapi: '2.6.0', info: infoBlock, servers: { production: { url: 'kafka.acme-retail.example:9093', protocol: 'kafka-secure' } }, channels };
  }
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const add = (e: (typeof sends)[number], action: 'send' | 'receive') => {
    const id = `${action}${Object.keys(operations).length}`;
    const message = messageOf(e);
    channels[id] = { address: e.address, messages: { [message.name]: message } };
    operations[id] = { action, channel: { $ref: `#/channels/${id}` }, messages: [{ $ref: `#/channels/${id}/messages/${message.name}` }] };
  };
  for (const e of sends) add(e, 'send');
  for (const e of receives) add(e, 'receive');
  return { asyncapi: '3.0.0', info: infoBlock, servers: { production: { host: 'kafka.acme-retail.example:9093', protocol: 'kafka-secure' } }, channels, operations };
}

/** `count` contracts as file path → YAML text, under `<domain>/`. */
export function generateEstate(count: number, seed = 42): Map<string, string> {
  const rnd = random(seed);
  const files = new Map<string, string>();
  const claimed = new Set<string>();
  for (let i = 0; i < count; i++) {
    const spec = DOMAINS[i % DOMAINS.length]!;
    const kind = rnd();
    let doc: Record<string, unknown>;
    let name: string;
    if (kind < 0.62) {
      // the first OpenAPI contract of a domain owns its entities; a rare later one claims one again (an SoR conflict)
      const sor = spec.entities.filter((e) => !claimed.has(e.name) || i % 211 === 17).map((e) => e.name);
      for (const entity of sor) claimed.add(entity);
      const flavour = kind < 0.12 ? 'oas2' : kind < 0.35 ? 'oas3.0' : 'oas3.1';
      doc = openApiContract(i, spec, rnd, sor, flavour);
      name = `${spec.domain}/${spec.domain}-api-${i}.${flavour === 'oas2' ? 'swagger' : 'openapi'}.yaml`;
    } else {
      doc = asyncApiContract(i, spec, rnd, kind < 0.8);
      name = `${spec.domain}/${spec.domain}-events-${i}.asyncapi.yaml`;
    }
    files.set(name, jsyaml.dump(doc, { noRefs: true, lineWidth: 160 }));
  }
  return files;
}
