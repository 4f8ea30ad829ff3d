/**
 * ops- rules: each rule with failing and passing snippets (Swagger 2.0 and OpenAPI 3.x), asserting
 * rule id, severity and JSON pointer, plus the traps the heuristics must not fall into.
 */
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/lint/finding.js';
import { expectFindings, lintText } from './harness.js';

interface Case {
  name: string;
  yaml: string;
  expected: Array<[Severity, string]>;
  files?: Record<string, string>;
}

/** An OpenAPI 3.0 document with these paths (YAML indented by two) and optional components. */
function oas3(paths: string, options: { domain?: string; components?: string } = {}): string {
  return `openapi: 3.0.3
info:
  title: Retail
  version: 1.0.0
${options.domain === undefined ? '' : `  x-domain: ${options.domain}\n`}paths:
${paths}
${options.components === undefined ? '' : `components:\n${options.components}`}`;
}

function swagger(paths: string, extra = ''): string {
  return `swagger: "2.0"
info: {title: Retail, version: 1.0.0}
host: api.example.com
basePath: /v1
produces: [application/json]
paths:
${paths}
${extra}`;
}

function runTable(rule: string, cases: Case[]): void {
  describe(rule, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const findings = await lintText(c.yaml, c.files === undefined ? {} : { files: c.files });
        expectFindings(findings, rule, c.expected);
      });
    }
  });
}

const ok200 = `responses:
          '200': {description: ok}`;

runTable('ops-idempotency-key', [
  {
    name: 'flags a POST returning 201 without the header',
    yaml: oas3(`  /orders:
    post:
      operationId: createOrder
      responses:
        '201': {description: created}`),
    expected: [['error', '/paths/~1orders/post']],
  },
  {
    name: 'flags a PATCH without the header',
    yaml: oas3(`  /orders/{orderId}:
    patch:
      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]
      ${ok200}`),
    expected: [['error', '/paths/~1orders~1{orderId}/patch']],
  },
  {
    name: 'flags an optional header in the order domain, at the parameter',
    yaml: oas3(
      `  /orders:
    post:
      operationId: placeOrder
      parameters:
        - {name: Idempotency-Key, in: header, schema: {type: string, maxLength: 64}}
      ${ok200}`,
      { domain: 'order' },
    ),
    expected: [['error', '/paths/~1orders/post/parameters/0']],
  },
  {
    name: 'accepts an optional header outside the required domains',
    yaml: oas3(
      `  /products:
    post:
      operationId: createProduct
      parameters:
        - {name: idempotency-key, in: header, schema: {type: string, maxLength: 64}}
      ${ok200}`,
      { domain: 'product' },
    ),
    expected: [],
  },
  {
    name: 'accepts a required header in the payment domain',
    yaml: oas3(
      `  /payments/{paymentId}/capture:
    post:
      summary: Capture a payment
      parameters:
        - {name: paymentId, in: path, required: true, schema: {type: string}}
        - {name: Idempotency-Key, in: header, required: true, schema: {type: string, maxLength: 64}}
      ${ok200}`,
      { domain: 'payment' },
    ),
    expected: [],
  },
  {
    name: 'reports a shared header component once, at the component',
    yaml: oas3(
      `  /orders:
    post:
      operationId: createOrder
      parameters: [{$ref: '#/components/parameters/IdempotencyKey'}]
      responses: {'201': {description: created}}
  /returns:
    post:
      operationId: createReturn
      parameters: [{$ref: '#/components/parameters/IdempotencyKey'}]
      responses: {'201': {description: created}}`,
      { components: `  parameters:\n    IdempotencyKey: {name: Idempotency-Key, in: header, schema: {type: string}}` },
    ),
    expected: [['error', '/components/parameters/IdempotencyKey']],
  },
  {
    name: 'Swagger 2.0: a header parameter typed integer is flagged at the parameter',
    yaml: swagger(`  /orders:
    post:
      operationId: submitOrder
      parameters:
        - {name: Idempotency-Key, in: header, type: integer}
      responses: {'201': {description: created}}`),
    expected: [['error', '/paths/~1orders/post/parameters/0']],
  },
  {
    name: 'Swagger 2.0: a string header with maxLength passes',
    yaml: swagger(`  /orders:
    post:
      operationId: submitOrder
      parameters:
        - {name: Idempotency-Key, in: header, type: string, maxLength: 64}
      responses: {'201': {description: created}}`),
    expected: [],
  },
  {
    name: 'trap: POST /products/search, /orders:search and .../query are not creates',
    yaml: oas3(`  /products/search:
    post:
      summary: Search products
      ${ok200}
  /orders:search:
    post:
      operationId: searchOrders
      ${ok200}
  /stock/query:
    post:
      operationId: queryStock
      ${ok200}`),
    expected: [],
  },
  {
    name: 'trap: a POST that neither returns 201 nor uses a create verb is not a create',
    yaml: oas3(`  /orders/{orderId}/cancel:
    post:
      operationId: cancelOrder
      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]
      ${ok200}`),
    expected: [],
  },
  {
    name: 'trap: Stripe-style ids (PostRefundsRefund) are not verbs; the description decides',
    yaml: oas3(`  /v1/refunds/{refund}:
    post:
      operationId: PostRefundsRefund
      description: <p>Updates the specified refund.</p>
      parameters: [{name: refund, in: path, required: true, schema: {type: string}}]
      ${ok200}
  /v1/refunds:
    post:
      operationId: PostRefunds
      description: <p>Creates a refund.</p>
      ${ok200}`),
    expected: [['error', '/paths/~1v1~1refunds/post']],
  },
  {
    name: 'trap: webhooks are sent by the provider and are not checked',
    yaml: `openapi: 3.1.0
info: {title: Retail, version: 1.0.0}
paths: {}
webhooks:
  orderPlaced:
    post:
      operationId: createOrderNotification
      responses: {'201': {description: ok}}
`,
    expected: [],
  },
]);

runTable('ops-pagination', [
  {
    name: 'flags an unpaged collection GET',
    yaml: oas3(`  /orders:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: object}}`),
    expected: [['error', '/paths/~1orders/get']],
  },
  {
    name: 'flags an envelope named after the path without a continuation member',
    yaml: oas3(`  /price-lists:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  priceLists: {type: array, items: {type: object}}`),
    expected: [['error', '/paths/~1price-lists/get']],
  },
  {
    name: 'accepts limit + cursor with nextCursor',
    yaml: oas3(`  /orders:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {type: array, items: {type: object}}
                  nextCursor: {type: string}`),
    expected: [],
  },
  {
    name: 'accepts offset paging with a total, and links.next',
    yaml: oas3(`  /products:
    get:
      parameters:
        - {name: pageSize, in: query, schema: {type: integer}}
        - {name: offset, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  results: {type: array, items: {type: object}}
                  total: {type: integer}
  /stores:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: pageToken, in: query, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {type: object}}
                  links: {type: object, properties: {next: {type: string}}}`),
    expected: [],
  },
  {
    name: 'accepts a Link response header as the continuation of an array',
    yaml: oas3(`  /orders:
    get:
      parameters:
        - {name: per_page, in: query, schema: {type: integer}}
        - {name: page, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          headers:
            Link: {schema: {type: string}}
          content:
            application/json:
              schema: {type: array, items: {type: object}}`),
    expected: [],
  },
  {
    name: 'Swagger 2.0: flags an array response with a page size but no continuation',
    yaml: swagger(`  /orders:
    get:
      parameters:
        - {name: limit, in: query, type: integer}
      responses:
        '200':
          description: ok
          schema: {type: array, items: {type: object}}`),
    expected: [['error', '/paths/~1orders/get']],
  },
  {
    name: 'trap: GET /orders/{orderId} is an item, even with an array property',
    yaml: oas3(`  /orders/{orderId}:
    get:
      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  orderId: {type: string}
                  lines: {type: array, items: {type: object}}`),
    expected: [],
  },
  {
    name: 'trap: a single object with an array property is not a collection (GET /cart)',
    yaml: oas3(`  /cart:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  cartId: {type: string}
                  lines: {type: array, items: {type: object}}`),
    expected: [],
  },
  {
    name: 'trap: an array the contract bounds with maxItems needs no paging',
    yaml: oas3(`  /stores/{storeId}/opening-hours:
    get:
      parameters: [{name: storeId, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, maxItems: 7, items: {type: object}}`),
    expected: [],
  },
]);

runTable('ops-page-size-bounded', [
  {
    name: 'flags a required number page size, at the parameter',
    yaml: oas3(`  /orders:
    get:
      parameters:
        - {name: limit, in: query, required: true, schema: {type: number}}
      ${ok200}`),
    expected: [['warn', '/paths/~1orders/get/parameters/0']],
  },
  {
    name: 'accepts an optional integer with minimum 1, maximum and default',
    yaml: oas3(`  /orders:
    get:
      parameters:
        - {name: pageSize, in: query, schema: {type: integer, minimum: 1, maximum: 100, default: 20}}
      ${ok200}`),
    expected: [],
  },
  {
    name: 'Swagger 2.0: flags a page size without maximum and default',
    yaml: swagger(`  /orders:
    get:
      parameters:
        - {name: limit, in: query, type: integer, minimum: 1}
      responses: {'200': {description: ok}}`),
    expected: [['warn', '/paths/~1orders/get/parameters/0']],
  },
  {
    name: 'Swagger 2.0: a bounded page size passes',
    yaml: swagger(`  /orders:
    get:
      parameters:
        - {name: limit, in: query, type: integer, minimum: 1, maximum: 200, default: 50}
      responses: {'200': {description: ok}}`),
    expected: [],
  },
]);

const arrayResponse = `'200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: object}}`;

runTable('ops-collection-envelope', [
  {
    name: 'flags a top-level array, at the response',
    yaml: oas3(`  /orders:
    get:
      responses:
        ${arrayResponse}`),
    expected: [['warn', '/paths/~1orders/get/responses/200']],
  },
  {
    name: 'a shared array response used twice is one finding at the component',
    yaml: oas3(
      `  /orders:
    get:
      responses: {'200': {$ref: '#/components/responses/OrderList'}}
  /stores/{storeId}/orders:
    get:
      parameters: [{name: storeId, in: path, required: true, schema: {type: string}}]
      responses: {'200': {$ref: '#/components/responses/OrderList'}}`,
      { components: `  responses:\n    OrderList:\n      description: ok\n      content: {application/json: {schema: {type: array, items: {type: object}}}}` },
    ),
    expected: [['warn', '/components/responses/OrderList']],
  },
  {
    name: 'accepts an envelope',
    yaml: oas3(`  /orders:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {items: {type: array, items: {type: object}}}}`),
    expected: [],
  },
  {
    name: 'Swagger 2.0: flags a top-level array',
    yaml: swagger(`  /orders:
    get:
      responses:
        '200': {description: ok, schema: {type: array, items: {type: object}}}`),
    expected: [['warn', '/paths/~1orders/get/responses/200']],
  },
]);

const goodTooMany = `'429':
          description: slow down
          headers: {Retry-After: {schema: {type: integer}}}
          content: {application/problem+json: {schema: {type: object}}}`;

runTable('ops-rate-limit-429', [
  {
    name: 'flags an operation without 429',
    yaml: oas3(`  /orders:
    get:
      ${ok200}`),
    expected: [['error', '/paths/~1orders/get']],
  },
  {
    name: 'accepts 429 with Retry-After and problem+json',
    yaml: oas3(`  /orders:
    get:
      responses:
        '200': {description: ok}
        ${goodTooMany}`),
    expected: [],
  },
  {
    name: 'a shared TooManyRequests without Retry-After is one finding at the component',
    yaml: oas3(
      `  /orders:
    get:
      responses: {'200': {description: ok}, '429': {$ref: '#/components/responses/TooManyRequests'}}
    post:
      responses: {'201': {description: ok}, '429': {$ref: '#/components/responses/TooManyRequests'}}
  /stock:
    get:
      responses: {'200': {description: ok}, '429': {$ref: '#/components/responses/TooManyRequests'}}`,
      { components: `  responses:\n    TooManyRequests:\n      description: slow down\n      content: {application/problem+json: {schema: {type: object}}}` },
    ),
    expected: [['error', '/components/responses/TooManyRequests']],
  },
  {
    name: 'Swagger 2.0: 429 with Retry-After and problem+json produces passes',
    yaml: swagger(`  /orders:
    get:
      produces: [application/json, application/problem+json]
      responses:
        '200': {description: ok}
        '429':
          description: slow down
          schema: {type: object}
          headers: {Retry-After: {type: integer}}`),
    expected: [],
  },
  {
    name: 'Swagger 2.0: 429 without problem+json is flagged at the response',
    yaml: swagger(`  /orders:
    get:
      responses:
        '200': {description: ok}
        '429':
          description: slow down
          schema: {type: object}
          headers: {Retry-After: {type: integer}}`),
    expected: [['error', '/paths/~1orders/get/responses/429']],
  },
]);

describe('ops-rate-limit-429 with a response in a separate file', () => {
  it('reports the shared response once, in the file that defines it', async () => {
    const findings = await lintText(
      oas3(`  /orders:
    get:
      responses: {'200': {description: ok}, '429': {$ref: 'responses.yaml#/TooManyRequests'}}
  /stock:
    get:
      responses: {'200': {description: ok}, '429': {$ref: 'responses.yaml#/TooManyRequests'}}`),
      { files: { 'responses.yaml': `TooManyRequests:\n  description: slow down\n  content: {application/json: {schema: {type: object}}}\n` } },
    );
    const mine = findings.filter((f) => f.ruleId === 'ops-rate-limit-429');
    expect(mine.map((f) => [f.file.endsWith('responses.yaml'), f.pointer, f.severity])).toEqual([[true, '/TooManyRequests', 'error']]);
    expect(mine[0]!.message).toContain('Retry-After');
    expect(mine[0]!.message).toContain('application/problem+json');
  });
});

runTable('ops-rate-limit-headers', [
  {
    name: 'flags a 200 without rate-limit headers, at the response',
    yaml: oas3(`  /orders:
    get:
      ${ok200}`),
    expected: [['warn', '/paths/~1orders/get/responses/200']],
  },
  {
    name: 'flags an incomplete set (RateLimit without RateLimit-Policy)',
    yaml: oas3(`  /orders:
    get:
      responses:
        '200':
          description: ok
          headers: {RateLimit: {schema: {type: string}}}`),
    expected: [['warn', '/paths/~1orders/get/responses/200']],
  },
  {
    name: 'accepts RateLimit + RateLimit-Policy, and the older trio',
    yaml: oas3(`  /orders:
    get:
      responses:
        '200':
          description: ok
          headers:
            RateLimit: {schema: {type: string}}
            RateLimit-Policy: {schema: {type: string}}
    post:
      responses:
        '201':
          description: ok
          headers:
            ratelimit-limit: {schema: {type: integer}}
            RateLimit-Remaining: {schema: {type: integer}}
            RateLimit-Reset: {schema: {type: integer}}`),
    expected: [],
  },
  {
    name: 'Swagger 2.0: flags a 200 without headers',
    yaml: swagger(`  /orders:
    get:
      responses: {'200': {description: ok}}`),
    expected: [['warn', '/paths/~1orders/get/responses/200']],
  },
]);

runTable('ops-trace-context', [
  {
    name: 'one finding at the operation for the missing request header and inline responses',
    yaml: oas3(`  /orders:
    get:
      responses:
        '200': {description: ok}
        '404': {description: missing}`),
    expected: [['warn', '/paths/~1orders/get']],
  },
  {
    name: 'a shared error response without traceparent or traceId is reported at the component',
    yaml: oas3(
      `  /orders:
    get:
      parameters: [{name: traceparent, in: header, schema: {type: string}}]
      responses:
        '200': {description: ok, headers: {traceparent: {schema: {type: string}}}}
        '404': {$ref: '#/components/responses/NotFound'}`,
      { components: `  responses:\n    NotFound:\n      description: missing\n      content: {application/problem+json: {schema: {type: object, properties: {title: {type: string}}}}}` },
    ),
    expected: [['warn', '/components/responses/NotFound']],
  },
  {
    name: 'accepts traceparent in, Correlation-Id out, and traceId in a problem body',
    yaml: oas3(
      `  /orders:
    get:
      parameters: [{$ref: '#/components/parameters/TraceParent'}]
      responses:
        '200': {description: ok, headers: {Correlation-Id: {schema: {type: string}}}}
        '404':
          description: missing
          content:
            application/problem+json:
              schema:
                allOf:
                  - {type: object, properties: {title: {type: string}}}
                  - {type: object, properties: {traceId: {type: string}}}`,
      { components: `  parameters:\n    TraceParent: {name: traceparent, in: header, schema: {type: string}}` },
    ),
    expected: [],
  },
  {
    name: 'Swagger 2.0: header parameter and response header pass',
    yaml: swagger(`  /orders:
    get:
      parameters: [{name: traceparent, in: header, type: string}]
      responses:
        '200': {description: ok, headers: {traceparent: {type: string}}}`),
    expected: [],
  },
]);

runTable('ops-optimistic-concurrency', [
  {
    name: 'flags a PUT on stock without If-Match and 412, and its GET without ETag',
    yaml: oas3(`  /stock/{sku}:
    parameters: [{name: sku, in: path, required: true, schema: {type: string}}]
    get:
      ${ok200}
    put:
      ${ok200}`),
    expected: [
      ['warn', '/paths/~1stock~1{sku}/put'],
      ['warn', '/paths/~1stock~1{sku}/get/responses/200'],
    ],
  },
  {
    name: 'applies by x-domain and passes with If-Match, 412 and ETag',
    yaml: oas3(
      `  /price-rules/{ruleId}:
    parameters: [{name: ruleId, in: path, required: true, schema: {type: string}}]
    get:
      responses:
        '200': {description: ok, headers: {ETag: {schema: {type: string}}}}
    delete:
      parameters: [{name: If-Match, in: header, required: true, schema: {type: string}}]
      responses:
        '204': {description: gone}
        '412': {description: stale}`,
      { domain: 'pricing' },
    ),
    expected: [],
  },
  {
    name: 'leaves resources outside stock, price and order alone',
    yaml: oas3(`  /carts/{cartId}:
    put:
      parameters: [{name: cartId, in: path, required: true, schema: {type: string}}]
      ${ok200}`),
    expected: [],
  },
  {
    name: 'Swagger 2.0: flags a PATCH on an order',
    yaml: swagger(`  /orders/{orderId}:
    patch:
      parameters: [{name: orderId, in: path, required: true, type: string}]
      responses: {'200': {description: ok}}`),
    expected: [['warn', '/paths/~1orders~1{orderId}/patch']],
  },
]);

runTable('ops-async-accepted', [
  {
    name: 'flags a 202 without Location, at the response',
    yaml: oas3(`  /price-imports:
    post:
      responses:
        '202': {description: accepted}`),
    expected: [['info', '/paths/~1price-imports/post/responses/202']],
  },
  {
    name: 'accepts Operation-Location; a GET answering 202 is its own status resource',
    yaml: oas3(`  /price-imports:
    post:
      responses:
        '202': {description: accepted, headers: {Operation-Location: {schema: {type: string, format: uri}}}}
  /reports/sales:
    get:
      responses:
        '202': {description: still computing}`),
    expected: [],
  },
  {
    name: 'Swagger 2.0: flags a 202 without Location',
    yaml: swagger(`  /price-imports:
    post:
      responses: {'202': {description: accepted}}`),
    expected: [['info', '/paths/~1price-imports/post/responses/202']],
  },
]);

runTable('ops-degraded-mode', [
  {
    name: 'flags a tier-1 operation without 503 and x-fallback',
    yaml: oas3(`  /checkout:
    post:
      x-criticality: tier-1
      ${ok200}`),
    expected: [['warn', '/paths/~1checkout/post']],
  },
  {
    name: 'flags a 503 without Retry-After, at the response',
    yaml: oas3(`  /checkout:
    post:
      x-criticality: tier-1
      x-fallback: accept offline, reconcile later
      responses:
        '200': {description: ok}
        '503': {description: degraded}`),
    expected: [['warn', '/paths/~1checkout/post/responses/503']],
  },
  {
    name: 'accepts 503 with Retry-After and an x-fallback; other tiers are not checked',
    yaml: oas3(`  /checkout:
    post:
      x-criticality: tier-1
      x-fallback: {mode: offline-tender, reconcile: nightly}
      responses:
        '200': {description: ok}
        '503': {description: degraded, headers: {Retry-After: {schema: {type: integer}}}}
  /wishlist:
    post:
      x-criticality: tier-3
      ${ok200}`),
    expected: [],
  },
  {
    name: 'Swagger 2.0: flags a tier-1 operation without x-fallback',
    yaml: swagger(`  /tenders:
    post:
      x-criticality: tier-1
      responses:
        '200': {description: ok}
        '503': {description: degraded, headers: {Retry-After: {type: integer}}}`),
    expected: [['warn', '/paths/~1tenders/post']],
  },
]);
