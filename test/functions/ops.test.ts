/**
 * The ops- rule functions as pure functions over the model: what they report, where, with which
 * message, and how the canonical dictionary steers them.
 */
import { describe, expect, it } from 'vitest';
import { checkIdempotencyKey } from '../../src/functions/opsIdempotencyKey.js';
import { checkPagination } from '../../src/functions/opsPagination.js';
import { checkPageSizeBounded } from '../../src/functions/opsPageSizeBounded.js';
import { checkCollectionEnvelope } from '../../src/functions/opsCollectionEnvelope.js';
import { checkRateLimit429 } from '../../src/functions/opsRateLimit429.js';
import { checkRateLimitHeaders } from '../../src/functions/opsRateLimitHeaders.js';
import { checkTraceContext } from '../../src/functions/opsTraceContext.js';
import { checkOptimisticConcurrency } from '../../src/functions/opsOptimisticConcurrency.js';
import { checkAsyncAccepted } from '../../src/functions/opsAsyncAccepted.js';
import { checkDegradedMode } from '../../src/functions/opsDegradedMode.js';
import { dictionary, openApi, pointers } from './fixtures.js';

const head = `openapi: 3.0.3
info: {title: t, version: 1.0.0, x-domain: order}
paths:
`;

describe('checkIdempotencyKey', () => {
  it('names the domain and a body idempotency_key in its message', async () => {
    const model = await openApi(`${head}  /orders:
    post:
      operationId: createOrder
      requestBody: {content: {application/json: {schema: {type: object, properties: {idempotency_key: {type: string}}}}}}
      responses: {'200': {description: ok}}
`);
    const [problem] = checkIdempotencyKey(model, dictionary());
    expect(problem!.message).toBe('POST /orders (a create: 201 or a create verb) must accept a required Idempotency-Key header (domain order) (the body member idempotency_key does not let gateways and retries deduplicate)');
  });

  it('uses the header name and required domains of the dictionary', async () => {
    const model = await openApi(`${head}  /orders:
    post:
      operationId: createOrder
      parameters: [{name: Repeatability-Request-ID, in: header, schema: {type: string, maxLength: 64}}]
      responses: {'201': {description: ok}}
`);
    expect(pointers(checkIdempotencyKey(model, dictionary()))).toEqual(['/paths/~1orders/post']);
    const custom = dictionary({ idempotency: { header: 'Repeatability-Request-ID', requiredDomains: [] } });
    expect(checkIdempotencyKey(model, custom)).toEqual([]);
  });
});

describe('checkPagination', () => {
  it('lists exactly what is missing', async () => {
    const model = await openApi(`${head}  /orders:
    get:
      parameters: [{name: limit, in: query, schema: {type: integer}}]
      responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {items: {type: array}}}}}}}
`);
    expect(checkPagination(model, dictionary()).map((p) => p.message)).toEqual([
      'collection GET /orders is not paged: add a continuation parameter (cursor, pageToken or offset) and a continuation member in the response (next, nextCursor, nextPageToken, links.next)',
    ]);
    const custom = dictionary({ pagination: { cursorParameters: ['after'], offsetParameters: [], continuationFields: ['items'] } });
    expect(checkPagination(model, custom)[0]!.message).toContain('add a continuation parameter');
  });
});

describe('checkPageSizeBounded and checkCollectionEnvelope', () => {
  it('judge the parameter and the response where they are defined', async () => {
    const model = await openApi(`${head}  /orders:
    get:
      parameters: [{$ref: '#/components/parameters/Limit'}]
      responses: {'200': {$ref: '#/components/responses/Orders'}}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, minimum: 0}}
  responses:
    Orders: {description: ok, content: {application/json: {schema: {type: array}}}}
`);
    const bounded = checkPageSizeBounded(model, dictionary());
    expect(pointers(bounded)).toEqual(['/components/parameters/Limit']);
    expect(bounded[0]!.message).toBe('page-size parameter limit needs minimum: 1, a maximum and a default');
    expect(pointers(checkCollectionEnvelope(model, dictionary()))).toEqual(['/components/responses/Orders']);
  });
});

describe('rate limits', () => {
  it('checkRateLimit429 reports a missing 429 at the operation and a weak one at the response', async () => {
    const model = await openApi(`${head}  /a:
    get: {responses: {'200': {description: ok}}}
  /b:
    get: {responses: {'429': {description: slow, content: {application/json: {}}}}}
`);
    const problems = checkRateLimit429(model, dictionary());
    expect(pointers(problems)).toEqual(['/paths/~1a/get', '/paths/~1b/get/responses/429']);
    expect(problems[1]!.message).toBe('429 response needs a Retry-After header and application/problem+json content');
  });

  it('checkRateLimitHeaders accepts any configured complete set', async () => {
    const model = await openApi(`${head}  /a:
    get: {responses: {'200': {description: ok, headers: {X-RateLimit-Limit: {schema: {type: integer}}, X-RateLimit-Remaining: {schema: {type: integer}}}}}}
`);
    expect(checkRateLimitHeaders(model, dictionary())).toHaveLength(1);
    expect(checkRateLimitHeaders(model, dictionary({ rateLimit: { headerSets: [['X-RateLimit-Limit', 'X-RateLimit-Remaining']] } }))).toEqual([]);
  });
});

describe('checkTraceContext', () => {
  it('folds the operation and its inline responses into one message', async () => {
    const model = await openApi(`${head}  /a:
    get: {responses: {'200': {description: ok}, '404': {description: no}}}
`);
    expect(checkTraceContext(model, dictionary()).map((p) => p.message)).toEqual(['GET /a accepts no traceparent header; responses 200 and 404 return no traceparent or Correlation-Id header']);
  });
});

describe('checkOptimisticConcurrency', () => {
  it('reports the GET once even when PUT, PATCH and DELETE share the path', async () => {
    const model = await openApi(`${head}  /orders/{orderId}:
    get: {responses: {'200': {description: ok}}}
    put: {responses: {'200': {description: ok}}}
    delete: {responses: {'204': {description: ok}}}
`);
    const problems = checkOptimisticConcurrency(model, dictionary());
    // the engine drops exact duplicates (same rule, place and message): the GET's message does not name the writer
    const unique = [...new Set(problems.map((p) => `${p.at.path.join('/')} ${p.message}`))];
    expect(unique).toHaveLength(3);
    expect([...new Set(pointers(problems))]).toEqual(['/paths/~1orders~1{orderId}/delete', '/paths/~1orders~1{orderId}/get/responses/200', '/paths/~1orders~1{orderId}/put']);
  });

  it('follows the configured path words', async () => {
    const model = await openApi(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /carts/{cartId}:
    put: {responses: {'200': {description: ok}}}
`);
    expect(checkOptimisticConcurrency(model, dictionary())).toEqual([]);
    expect(checkOptimisticConcurrency(model, dictionary({ concurrency: { pathWords: ['carts'] } }))).toHaveLength(1);
  });
});

describe('checkAsyncAccepted and checkDegradedMode', () => {
  it('use the configured status headers and criticality values', async () => {
    const model = await openApi(`${head}  /imports:
    post:
      x-criticality: critical
      responses: {'202': {description: ok, headers: {Content-Location: {schema: {type: string}}}}}
`);
    expect(checkAsyncAccepted(model, dictionary())).toHaveLength(1);
    expect(checkAsyncAccepted(model, dictionary({ asyncAccepted: { statusHeaders: ['Content-Location'] } }))).toEqual([]);
    expect(checkDegradedMode(model, dictionary())).toEqual([]);
    expect(checkDegradedMode(model, dictionary({ degradedMode: { criticalValues: ['critical'] } }))[0]!.message).toBe(
      'critical operation POST /imports must declare 503 with Retry-After and describe its degraded behaviour in x-fallback',
    );
  });
});
