/** Unit tests of the errors- rule functions: messages and edge cases, on plain contract snippets. */
import { describe, expect, it } from 'vitest';
import { checkAuthResponses } from '../../src/functions/authResponses.js';
import { checkErrorInternals } from '../../src/functions/errorInternals.js';
import { errorSchemas } from '../../src/functions/lib/error-responses.js';
import { checkProblemJson } from '../../src/functions/problemJson.js';
import { checkProblemSchema, problemIssues } from '../../src/functions/problemSchema.js';
import { checkResponsesDeclared } from '../../src/functions/responsesDeclared.js';
import { checkValidationResponse } from '../../src/functions/validationResponse.js';
import { toPointer } from '../../src/document/pointer.js';
import { openApiModelOf } from '../../src/model/index.js';
import { edit, governedOpenApi, governedSwagger, type Doc } from '../rules/governed-contracts.js';
import { dictionary, loadContract, shown } from './contracts.js';

const op = (d: Doc, path = '/orders', method = 'post') => d.paths[path][method];

async function model(doc: Doc) {
  const contract = await loadContract(doc);
  return { contract, model: openApiModelOf(contract)! };
}

describe('problemJson', () => {
  it('names the media types found, and reads problem types from the dictionary', async () => {
    const { contract, model: m } = await model(edit(governedOpenApi(), (d) => (d.components.responses.Problem.content = { 'application/json; charset=utf-8': {}, 'text/plain': {} })));
    expect(shown(checkProblemJson(contract, m, dictionary()))).toEqual([
      '/components/responses/Problem/content: error response content is application/json; charset=utf-8 and text/plain; use application/problem+json (RFC 9457)',
    ]);
    expect(checkProblemJson(contract, m, dictionary({ errors: { problemMediaTypes: ['text/plain'] } }))).toEqual([]);
  });

  it('ignores webhook and callback responses, which the consumer sends', async () => {
    const { contract, model: m } = await model(
      edit(governedOpenApi(), (d) => {
        d.openapi = '3.1.0';
        d.webhooks = { orderPlaced: { post: { responses: { '200': { description: 'ok' }, '500': { description: 'down' } } } } };
      }),
    );
    expect(checkProblemJson(contract, m, dictionary())).toEqual([]);
  });

  it('Swagger 2.0: an empty operation produces falls back to the document, and no produces at all is reported at the operation', async () => {
    const fallback = await model(edit(governedSwagger(), (d) => ((op(d).produces = []), (d.produces = ['application/json']))));
    expect(shown(checkProblemJson(fallback.contract, fallback.model, dictionary()))).toEqual(['/produces: produces application/json but not application/problem+json, so error responses are not Problem Details']);
    const none = await model(edit(governedSwagger(), (d) => delete d.produces));
    expect(shown(checkProblemJson(none.contract, none.model, dictionary()))).toEqual(['/paths/~1orders/post: no produces declared for the error responses; declare application/problem+json']);
  });

  it('Swagger 2.0: an error response without a schema has no body', async () => {
    const { contract, model: m } = await model(edit(governedSwagger(), (d) => (op(d).responses['409'] = { description: 'conflict' })));
    expect(shown(checkProblemJson(contract, m, dictionary()))).toEqual(['/paths/~1orders/post/responses/409: error response has no body; return application/problem+json (RFC 9457)']);
  });
});

describe('problemSchema', () => {
  it('lists every gap in one message', async () => {
    const { contract, model: m } = await model(edit(governedOpenApi(), (d) => (d.components.schemas.Problem = { type: 'object', required: ['title'], properties: { title: { type: 'string' }, status: { type: 'number' } } })));
    expect(shown(checkProblemSchema(contract, m))).toEqual([
      '/components/schemas/Problem: error schema is not RFC 9457 Problem Details: missing type and detail; status must be an integer; status not required',
    ]);
  });

  it('refuses non-object schemas and JSON content without a schema', async () => {
    const { contract, model: m } = await model(
      edit(governedOpenApi(), (d) => {
        op(d).responses['400'] = { description: 'bad', content: { 'application/problem+json': {} } };
        op(d).responses['409'] = { description: 'conflict', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } };
      }),
    );
    expect(shown(checkProblemSchema(contract, m)).sort()).toEqual([
      '/paths/~1orders/post/responses/400/content/application~1problem+json: error content declares no schema; describe the Problem Details body',
      '/paths/~1orders/post/responses/409/content/application~1json/schema: error schema is not RFC 9457 Problem Details: it is array, not an object',
    ]);
  });

  it('accepts type as format uri; the merged allOf view counts', async () => {
    const contract = await loadContract(
      edit(governedOpenApi(), (d) => {
        d.components.schemas.Base = { type: 'object', required: ['type', 'title'], properties: { type: { type: 'string', format: 'uri' }, title: { type: 'string' } } };
        d.components.schemas.Problem = { allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['status'], properties: { status: { type: 'integer' }, detail: { type: 'string' } } }] };
      }),
    );
    const [schema] = errorSchemas(contract, openApiModelOf(contract)!);
    expect(toPointer(schema!.node.path)).toBe('/components/schemas/Problem');
    expect(problemIssues(contract, schema!.node)).toEqual([]);
  });
});

describe('responsesDeclared', () => {
  it('says which classes are missing and why a key is refused', async () => {
    const { model: m } = await model(edit(governedOpenApi(), (d) => (op(d, '/orders', 'get').responses = { '200': { description: 'ok' }, '2xxx': { description: '?' } })));
    expect(shown(checkResponsesDeclared(m))).toEqual([
      '/paths/~1orders/get/responses/2xxx: response key "2xxx" is not a status code, an NXX range or default',
      '/paths/~1orders/get: operation declares no 4XX response and no 5XX or default response; clients cannot handle undeclared failures',
    ]);
  });

  it('checks status codes of callbacks too, but not their classes', async () => {
    const { model: m } = await model(
      edit(governedOpenApi(), (d) => (op(d).callbacks = { placed: { '{$request.body#/url}': { post: { responses: { '200': { description: 'ok' }, '299': { description: '?' } } } } } })),
    );
    expect(shown(checkResponsesDeclared(m))).toEqual(['/paths/~1orders/post/callbacks/placed/{$request.body#~1url}/post/responses/299: status 299 is not in the IANA HTTP status code registry']);
  });
});

describe('authResponses and validationResponse', () => {
  it('asks for both 401 and 403 in one message', async () => {
    const { model: m } = await model(edit(governedOpenApi(), (d) => (op(d).responses = { '201': { description: 'ok' }, '400': { description: 'bad' }, default: { description: 'x' } })));
    expect(shown(checkAuthResponses(m))).toEqual(['/paths/~1orders/post: secured operation with scopes declares neither 401 nor 403']);
  });

  it('names the inputs that need validating', async () => {
    const { model: m } = await model(
      edit(governedOpenApi(), (d) => {
        delete op(d).responses['400'];
        op(d).parameters = [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 64 } }];
      }),
    );
    expect(shown(checkValidationResponse(m))).toEqual(['/paths/~1orders/post: operation takes a request body and header parameter Idempotency-Key but declares neither 400 nor 422 for invalid input']);
  });
});

describe('errorInternals', () => {
  it('follows $refs, arrays and branches, once per property, and reads the list from the dictionary', async () => {
    const { contract, model: m } = await model(
      edit(governedOpenApi(), (d) => {
        d.components.schemas.Detail = { type: 'object', properties: { SQL: { type: 'string' }, next: { $ref: '#/components/schemas/Detail' } } };
        d.components.schemas.Problem.properties.details = { type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/Detail' }] } };
      }),
    );
    expect(shown(checkErrorInternals(contract, m, dictionary()))).toEqual(['/components/schemas/Detail/properties/SQL: error schema property "SQL" exposes implementation internals to clients']);
    expect(checkErrorInternals(contract, m, dictionary({ errors: { internalProperties: [] } }))).toEqual([]);
  });
});
