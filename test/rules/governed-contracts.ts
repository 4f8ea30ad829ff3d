/**
 * Contracts that satisfy every errors-, version-, security- and owner- rule, in each format. Rule
 * tests start from one and break one thing, so a failing case fails for one reason only.
 */
import jsyaml from 'js-yaml';
import type { ApigovConfig } from '../../src/lint/config.js';
import type { Finding, Severity } from '../../src/lint/finding.js';
import { expectFindings, lintText, type LintTextOptions } from './harness.js';

export type Doc = Record<string, any>;

export function toYaml(doc: Doc): string {
  return jsyaml.dump(doc, { noRefs: true, lineWidth: -1 });
}

/** Apply edits to a fresh copy of a document. */
export function edit(doc: Doc, ...edits: Array<(d: Doc) => void>): Doc {
  const copy = structuredClone(doc);
  for (const e of edits) e(copy);
  return copy;
}

export const governedInfo = (): Doc => ({
  title: 'Orders',
  version: '1.2.0',
  description: 'Order capture for stores, web shop and partners.',
  contact: { name: 'Order team', email: 'order-team@example.com' },
  'x-owner': 'order-team',
  'x-domain': 'order',
  'x-system': 'oms',
  'x-lifecycle': 'production',
  'x-system-of-record': ['Order'],
  'x-api-id': 'com.acme.orders',
});

const problemSchema = (): Doc => ({
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri-reference', maxLength: 200 },
    title: { type: 'string', maxLength: 200 },
    status: { type: 'integer', minimum: 100, maximum: 599 },
    detail: { type: 'string', maxLength: 2000 },
  },
});

const orderSchema = (): Doc => ({
  type: 'object',
  properties: { orderId: { type: 'string', maxLength: 36 }, lines: { type: 'array', maxItems: 500, items: { type: 'string', format: 'uuid' } } },
});

const problemRef = { $ref: '#/components/responses/Problem' };

export function governedOpenApi(): Doc {
  return {
    openapi: '3.0.3',
    info: governedInfo(),
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ oauth: ['order.orders.read'] }],
    paths: {
      '/orders': {
        get: {
          operationId: 'listOrders',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }],
          responses: { '200': { description: 'ok' }, '401': problemRef, '403': problemRef, '500': problemRef },
        },
        post: {
          operationId: 'placeOrder',
          security: [{ oauth: ['order.orders.write'] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
          responses: { '201': { description: 'created' }, '400': problemRef, '401': problemRef, '403': problemRef, default: problemRef },
        },
      },
    },
    components: {
      responses: { Problem: { description: 'problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
      schemas: { Problem: problemSchema(), Order: orderSchema() },
      securitySchemes: {
        oauth: {
          type: 'oauth2',
          flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { 'order.orders.read': 'read', 'order.orders.write': 'write' } } },
        },
      },
    },
  };
}

export function governedSwagger(): Doc {
  const problem = { description: 'problem', schema: { $ref: '#/definitions/Problem' } };
  return {
    swagger: '2.0',
    info: governedInfo(),
    host: 'api.example.com',
    basePath: '/v1',
    schemes: ['https'],
    produces: ['application/json', 'application/problem+json'],
    security: [{ oauth: ['order.orders.read'] }],
    paths: {
      '/orders': {
        post: {
          operationId: 'placeOrder',
          security: [{ oauth: ['order.orders.write'] }],
          parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Order' } }],
          responses: { '201': { description: 'created' }, '400': problem, '401': problem, '403': problem, default: problem },
        },
      },
    },
    definitions: { Problem: problemSchema(), Order: orderSchema() },
    securityDefinitions: {
      oauth: { type: 'oauth2', flow: 'application', tokenUrl: 'https://auth.example.com/token', scopes: { 'order.orders.read': 'read', 'order.orders.write': 'write' } },
    },
  };
}

export function governedAsyncApi2(): Doc {
  return {
    asyncapi: '2.6.0',
    info: governedInfo(),
    servers: { production: { url: 'broker.example.com:9093', protocol: 'kafka-secure', security: [{ scram: [] }] } },
    channels: {
      'order.orders.v1': { subscribe: { operationId: 'publishOrderPlaced', message: { $ref: '#/components/messages/OrderPlaced' } } },
    },
    components: {
      messages: { OrderPlaced: { name: 'OrderPlaced', payload: { $ref: '#/components/schemas/Order' } } },
      schemas: { Order: orderSchema() },
      securitySchemes: { scram: { type: 'scramSha512' } },
    },
  };
}

export function governedAsyncApi3(): Doc {
  return {
    asyncapi: '3.0.0',
    info: governedInfo(),
    servers: { production: { host: 'broker.example.com:9093', protocol: 'kafka-secure', security: [{ $ref: '#/components/securitySchemes/scram' }] } },
    channels: {
      orders: {
        address: 'order.orders.v1',
        servers: [{ $ref: '#/servers/production' }],
        messages: { OrderPlaced: { $ref: '#/components/messages/OrderPlaced' } },
      },
    },
    operations: {
      publishOrderPlaced: { action: 'send', channel: { $ref: '#/channels/orders' }, messages: [{ $ref: '#/channels/orders/messages/OrderPlaced' }] },
    },
    components: {
      messages: { OrderPlaced: { name: 'OrderPlaced', payload: { $ref: '#/components/schemas/Order' } } },
      schemas: { Order: orderSchema() },
      securitySchemes: { scram: { type: 'scramSha512' } },
    },
  };
}

/** The rules this family owns, for "a governed contract raises none of them" checks. */
export const RULES_B = [
  'errors-problem-json',
  'errors-problem-schema',
  'errors-responses-declared',
  'errors-auth-responses',
  'errors-validation-response',
  'errors-no-internals',
  'version-semver',
  'version-major-in-url',
  'version-single-major',
  'version-deprecated-sunset',
  'version-sunset-headers',
  'security-every-operation',
  'security-scheme-allowed',
  'security-oauth-scopes',
  'security-https-only',
  'security-no-sensitive-in-url',
  'security-bounded-inputs',
  'owner-team',
  'owner-domain',
  'owner-system',
  'owner-lifecycle',
  'owner-system-of-record',
  'owner-api-id',
  'owner-contact',
];

/** One row of a rule table: a contract, the rule, and exactly the findings it must raise. */
export interface RuleCase {
  name: string;
  rule: string;
  doc: Doc | string;
  expect: Array<[Severity, string]>;
  files?: Record<string, string>;
  config?: ApigovConfig;
}

export async function checkCase(row: RuleCase): Promise<Finding[]> {
  const text = typeof row.doc === 'string' ? row.doc : toYaml(row.doc);
  const options: LintTextOptions = {};
  if (row.files !== undefined) options.files = row.files;
  if (row.config !== undefined) options.config = row.config;
  const findings = await lintText(text, options);
  expectFindings(findings, row.rule, row.expect);
  return findings;
}
