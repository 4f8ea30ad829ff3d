/** errors- rules: a failing and a passing contract per rule and format, asserting rule, severity and pointer. */
import { describe, expect, it } from 'vitest';
import { lintText } from './harness.js';
import { checkCase, edit, governedOpenApi, governedSwagger, toYaml, type Doc, type RuleCase } from './governed-contracts.js';

const op = (d: Doc, path = '/orders', method = 'post') => d.paths[path][method];
const jsonProblem = { description: 'problem', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } };

const cases: RuleCase[] = [
  // errors-problem-json
  {
    name: 'a shared application/json error response is reported once, at the component',
    rule: 'errors-problem-json',
    doc: edit(governedOpenApi(), (d) => (d.components.responses.Problem = jsonProblem)),
    expect: [['error', '/components/responses/Problem/content']],
  },
  {
    name: 'an inline error response without a body',
    rule: 'errors-problem-json',
    doc: edit(governedOpenApi(), (d) => (op(d, '/orders', 'get').responses['404'] = { description: 'not found' })),
    expect: [['error', '/paths/~1orders/get/responses/404']],
  },
  {
    name: 'HEAD responses carry no body, and problem+json beside application/json passes',
    rule: 'errors-problem-json',
    doc: edit(governedOpenApi(), (d) => {
      d.paths['/orders'].head = { operationId: 'checkOrders', responses: { '200': { description: 'ok' }, '404': { description: 'none' }, '500': { description: 'down' } } };
      d.components.responses.Problem.content['application/json'] = { schema: { $ref: '#/components/schemas/Problem' } };
    }),
    expect: [],
  },
  {
    name: 'Swagger 2.0: root produces without problem+json',
    rule: 'errors-problem-json',
    doc: edit(governedSwagger(), (d) => (d.produces = ['application/json'])),
    expect: [['error', '/produces']],
  },
  {
    name: 'Swagger 2.0: operation produces overrides the root',
    rule: 'errors-problem-json',
    doc: edit(governedSwagger(), (d) => (op(d).produces = ['application/json'])),
    expect: [['error', '/paths/~1orders/post/produces']],
  },
  { name: 'Swagger 2.0: produces lists problem+json', rule: 'errors-problem-json', doc: governedSwagger(), expect: [] },

  // errors-problem-schema
  {
    name: 'an ad-hoc {code, message} error schema, shared by every operation, is one finding at the schema',
    rule: 'errors-problem-schema',
    doc: edit(governedOpenApi(), (d) => (d.components.schemas.Problem = { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } })),
    expect: [['error', '/components/schemas/Problem']],
  },
  {
    name: 'status as a string and type without uri-reference',
    rule: 'errors-problem-schema',
    doc: edit(governedOpenApi(), (d) => {
      d.components.schemas.Problem.properties.status = { type: 'string' };
      delete d.components.schemas.Problem.properties.type.format;
    }),
    expect: [['error', '/components/schemas/Problem']],
  },
  {
    name: 'an allOf extension of Problem (after $ref and allOf) passes',
    rule: 'errors-problem-schema',
    doc: edit(governedOpenApi(), (d) => {
      d.components.schemas.ValidationProblem = { allOf: [{ $ref: '#/components/schemas/Problem' }, { type: 'object', properties: { errors: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 200 } } } }] };
      op(d).responses['400'] = { description: 'invalid', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ValidationProblem' } } } };
    }),
    expect: [],
  },
  {
    name: 'oneOf branches are judged one at a time',
    rule: 'errors-problem-schema',
    doc: edit(governedOpenApi(), (d) => {
      d.components.schemas.Legacy = { type: 'object', properties: { error: { type: 'string' } } };
      op(d).responses['400'] = { description: 'invalid', content: { 'application/problem+json': { schema: { oneOf: [{ $ref: '#/components/schemas/Problem' }, { $ref: '#/components/schemas/Legacy' }] } } } };
    }),
    expect: [['error', '/components/schemas/Legacy']],
  },
  {
    name: 'Swagger 2.0: an ad-hoc error definition',
    rule: 'errors-problem-schema',
    doc: edit(governedSwagger(), (d) => (d.definitions.Problem = { type: 'object', properties: { error: { type: 'string' } } })),
    expect: [['error', '/definitions/Problem']],
  },
  { name: 'Swagger 2.0: a Problem definition passes', rule: 'errors-problem-schema', doc: governedSwagger(), expect: [] },

  // errors-responses-declared
  {
    name: 'an operation with only a success response',
    rule: 'errors-responses-declared',
    doc: edit(governedOpenApi(), (d) => (op(d, '/orders', 'get').responses = { '200': { description: 'ok' } })),
    expect: [['error', '/paths/~1orders/get']],
  },
  {
    name: 'unregistered and reserved status codes are reported at the response key',
    rule: 'errors-responses-declared',
    doc: edit(governedOpenApi(), (d) => {
      op(d, '/orders', 'get').responses['299'] = { description: 'odd' };
      op(d, '/orders', 'get').responses['418'] = { description: 'teapot' };
    }),
    expect: [
      ['error', '/paths/~1orders/get/responses/299'],
      ['error', '/paths/~1orders/get/responses/418'],
    ],
  },
  {
    name: 'a 4XX range and default satisfy the classes; 429 and 511 are registered',
    rule: 'errors-responses-declared',
    doc: edit(governedOpenApi(), (d) => (op(d, '/orders', 'get').responses = { '200': { description: 'ok' }, '4XX': { $ref: '#/components/responses/Problem' }, '429': { $ref: '#/components/responses/Problem' }, '511': { $ref: '#/components/responses/Problem' }, default: { $ref: '#/components/responses/Problem' } })),
    expect: [],
  },
  {
    name: 'Swagger 2.0: no 5XX or default',
    rule: 'errors-responses-declared',
    doc: edit(governedSwagger(), (d) => delete op(d).responses.default),
    expect: [['error', '/paths/~1orders/post']],
  },

  // errors-auth-responses
  {
    name: 'a secured operation without 401',
    rule: 'errors-auth-responses',
    doc: edit(governedOpenApi(), (d) => delete op(d, '/orders', 'get').responses['401']),
    expect: [['warn', '/paths/~1orders/get']],
  },
  {
    name: 'an operation requiring scopes without 403',
    rule: 'errors-auth-responses',
    doc: edit(governedOpenApi(), (d) => delete op(d).responses['403']),
    expect: [['warn', '/paths/~1orders/post']],
  },
  {
    name: 'a public operation needs neither',
    rule: 'errors-auth-responses',
    doc: edit(governedOpenApi(), (d) => {
      Object.assign(op(d, '/orders', 'get'), { security: [], 'x-public': true, 'x-public-reason': 'store locator' });
      delete op(d, '/orders', 'get').responses['401'];
      delete op(d, '/orders', 'get').responses['403'];
    }),
    expect: [],
  },
  {
    name: 'Swagger 2.0: root security without 401',
    rule: 'errors-auth-responses',
    doc: edit(governedSwagger(), (d) => delete op(d).responses['401']),
    expect: [['warn', '/paths/~1orders/post']],
  },

  // errors-validation-response
  {
    name: 'a request body without 400 or 422',
    rule: 'errors-validation-response',
    doc: edit(governedOpenApi(), (d) => delete op(d).responses['400']),
    expect: [['warn', '/paths/~1orders/post']],
  },
  {
    name: 'a required query parameter without 400 or 422',
    rule: 'errors-validation-response',
    doc: edit(governedOpenApi(), (d) => (op(d, '/orders', 'get').parameters[0].required = true)),
    expect: [['warn', '/paths/~1orders/get']],
  },
  {
    name: 'path parameters and closed empty bodies (Stripe GETs) take nothing to validate; 422 counts',
    rule: 'errors-validation-response',
    doc: edit(governedOpenApi(), (d) => {
      d.paths['/orders/{orderId}'] = {
        get: {
          operationId: 'getOrder',
          parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string', maxLength: 36 } }],
          requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: {}, additionalProperties: false } } } },
          responses: { '200': { description: 'ok' }, '401': { $ref: '#/components/responses/Problem' }, '403': { $ref: '#/components/responses/Problem' }, '404': { $ref: '#/components/responses/Problem' }, default: { $ref: '#/components/responses/Problem' } },
        },
      };
      op(d).responses['422'] = op(d).responses['400'];
      delete op(d).responses['400'];
    }),
    expect: [],
  },
  {
    name: 'Swagger 2.0: a body parameter without 400 or 422',
    rule: 'errors-validation-response',
    doc: edit(governedSwagger(), (d) => delete op(d).responses['400']),
    expect: [['warn', '/paths/~1orders/post']],
  },

  // errors-no-internals
  {
    name: 'stack_trace and a nested debug member in the error schema',
    rule: 'errors-no-internals',
    doc: edit(governedOpenApi(), (d) => {
      d.components.schemas.Problem.properties.stack_trace = { type: 'string' };
      d.components.schemas.Problem.properties.errors = { type: 'array', items: { type: 'object', properties: { debug: { type: 'string' } } } };
    }),
    expect: [
      ['warn', '/components/schemas/Problem/properties/errors/items/properties/debug'],
      ['warn', '/components/schemas/Problem/properties/stack_trace'],
    ],
  },
  {
    name: 'a debug member outside error schemas is not judged',
    rule: 'errors-no-internals',
    doc: edit(governedOpenApi(), (d) => (d.components.schemas.Order.properties.debug = { type: 'boolean' })),
    expect: [],
  },
  {
    name: 'Swagger 2.0: exception in the error definition',
    rule: 'errors-no-internals',
    doc: edit(governedSwagger(), (d) => (d.definitions.Problem.properties.exception = { type: 'string' })),
    expect: [['warn', '/definitions/Problem/properties/exception']],
  },
];

describe('errors- rules', () => {
  it.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_name, row) => {
    await checkCase(row);
  });

  it('a shared Problem used by many operations is reported once per rule, at the component', async () => {
    const doc = edit(governedOpenApi(), (d) => {
      d.components.schemas.Problem = { type: 'object', properties: { error: { type: 'string' }, stackTrace: { type: 'string' } } };
      d.components.responses.Problem = jsonProblem;
      for (const path of ['/carts', '/stores', '/prices']) d.paths[path] = structuredClone(d.paths['/orders']);
    });
    const findings = await lintText(toYaml(doc));
    const mine = findings.filter((f) => f.ruleId.startsWith('errors-')).map((f) => `${f.ruleId} ${f.file} ${f.pointer}`);
    expect(mine.sort()).toEqual([
      'errors-no-internals api.yaml /components/schemas/Problem/properties/stackTrace',
      'errors-problem-json api.yaml /components/responses/Problem/content',
      'errors-problem-schema api.yaml /components/schemas/Problem',
    ]);
  });

  it('an error schema and response in a $ref\'d file are reported in that file', async () => {
    const doc = edit(governedOpenApi(), (d) => {
      d.components.responses.Problem = { $ref: 'errors.yaml#/responses/Problem' };
      d.paths['/carts'] = structuredClone(d.paths['/orders']);
    });
    const errorsFile = toYaml({
      responses: { Problem: { description: 'problem', content: { 'application/json': { schema: { $ref: '#/schemas/Problem' } } } } },
      schemas: { Problem: { type: 'object', properties: { message: { type: 'string' }, sql: { type: 'string' } } } },
    });
    const findings = await lintText(toYaml(doc), { files: { 'errors.yaml': errorsFile } });
    const mine = findings.filter((f) => f.ruleId.startsWith('errors-')).map((f) => `${f.ruleId} ${f.severity} ${f.file} ${f.pointer}`);
    expect(mine.sort()).toEqual([
      'errors-no-internals warn errors.yaml /schemas/Problem/properties/sql',
      'errors-problem-json error errors.yaml /responses/Problem/content',
      'errors-problem-schema error errors.yaml /schemas/Problem',
    ]);
  });
});
