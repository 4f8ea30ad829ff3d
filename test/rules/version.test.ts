/** version- rules: a failing and a passing contract per rule and format, asserting rule, severity and pointer. */
import { describe, it } from 'vitest';
import { checkCase, edit, governedAsyncApi2, governedAsyncApi3, governedOpenApi, governedSwagger, type Doc, type RuleCase } from './governed-contracts.js';

const op = (d: Doc, path = '/orders', method = 'post') => d.paths[path][method];
const deprecate = (target: Doc, extra: Doc = {}) => Object.assign(target, { deprecated: true }, extra);
const sunsetHeaders = { Deprecation: { schema: { type: 'string', maxLength: 40 } }, sunset: { schema: { type: 'string', maxLength: 40 } } };

const cases: RuleCase[] = [
  // version-semver
  {
    name: 'YAML 1.0 is a number, not a version',
    rule: 'version-semver',
    doc: 'openapi: 3.0.3\ninfo:\n  title: t\n  version: 1.0\npaths: {}\n',
    expect: [['error', '/info/version']],
  },
  { name: 'v1.2.3 has a leading v', rule: 'version-semver', doc: edit(governedOpenApi(), (d) => (d.info.version = 'v1.2.3')), expect: [['error', '/info/version']] },
  { name: 'build metadata', rule: 'version-semver', doc: edit(governedOpenApi(), (d) => (d.info.version = '1.2.3+20240101')), expect: [['error', '/info/version']] },
  { name: 'a pre-release of a production API', rule: 'version-semver', doc: edit(governedOpenApi(), (d) => (d.info.version = '2.0.0-beta.1')), expect: [['error', '/info/version']] },
  {
    name: 'a pre-release of an experimental API passes',
    rule: 'version-semver',
    doc: edit(governedOpenApi(), (d) => Object.assign(d.info, { version: '2.0.0-beta.1', 'x-lifecycle': 'experimental' })),
    expect: [],
  },
  { name: 'Swagger 2.0: a date version', rule: 'version-semver', doc: edit(governedSwagger(), (d) => (d.info.version = '2024-05-01')), expect: [['error', '/info/version']] },
  { name: 'AsyncAPI 2.6: "1.0"', rule: 'version-semver', doc: edit(governedAsyncApi2(), (d) => (d.info.version = '1.0')), expect: [['error', '/info/version']] },
  { name: 'AsyncAPI 3.0: "1"', rule: 'version-semver', doc: edit(governedAsyncApi3(), (d) => (d.info.version = '1')), expect: [['error', '/info/version']] },
  { name: 'AsyncAPI 3.0: 1.2.0 passes', rule: 'version-semver', doc: governedAsyncApi3(), expect: [] },

  // version-major-in-url
  {
    name: 'no version in the server URL or the paths: one finding at the server',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => (d.servers = [{ url: 'https://api.example.com' }])),
    expect: [['error', '/servers/0/url']],
  },
  {
    name: 'the server says /v2 but info.version is 1.2.0',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => (d.servers = [{ url: 'https://api.example.com/v2' }])),
    expect: [['error', '/servers/0/url']],
  },
  {
    name: '/v1 is accepted while MAJOR is 0',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => Object.assign(d.info, { version: '0.3.0', 'x-lifecycle': 'experimental' })),
    expect: [],
  },
  {
    name: 'the version as first path segment, with an unversioned server',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => {
      d.servers = [{ url: 'https://api.example.com' }];
      d.paths = { '/v1/orders': d.paths['/orders'] };
    }),
    expect: [],
  },
  {
    name: 'the version twice: in the server and in the path',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => (d.paths = { '/v1/orders': d.paths['/orders'] })),
    expect: [['error', '/paths/~1v1~1orders']],
  },
  {
    name: 'a path without the version the other paths carry',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => {
      d.servers = [{ url: 'https://api.example.com' }];
      d.paths = { '/v1/orders': d.paths['/orders'], '/health': { get: structuredClone(d.paths['/orders'].get) } };
    }),
    expect: [['error', '/paths/~1health']],
  },
  {
    name: 'server variables are read at their default',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => (d.servers = [{ url: 'https://{region}.example.com/{version}', variables: { region: { default: 'eu' }, version: { default: 'v1', enum: ['v1'] } } }])),
    expect: [],
  },
  {
    name: 'a date version names no major: only presence is judged',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => (d.info.version = '2023-08-16')),
    expect: [],
  },
  {
    name: 'a bare integer version ("71", as Adyen writes it) names MAJOR 71: /v71 passes here (version-semver reports the version)',
    rule: 'version-major-in-url',
    doc: edit(governedOpenApi(), (d) => ((d.info.version = '71'), (d.servers = [{ url: 'https://checkout-test.example.com/v71' }]))),
    expect: [],
  },
  {
    name: 'Swagger 2.0: a basePath without the version',
    rule: 'version-major-in-url',
    doc: edit(governedSwagger(), (d) => (d.basePath = '/api')),
    expect: [['error', '/basePath']],
  },
  {
    name: 'Swagger 2.0: no basePath and unversioned paths',
    rule: 'version-major-in-url',
    doc: edit(governedSwagger(), (d) => delete d.basePath),
    expect: [['error', '']],
  },
  { name: 'Swagger 2.0: basePath /v1 passes', rule: 'version-major-in-url', doc: governedSwagger(), expect: [] },

  // version-single-major
  {
    name: '/v1 and /v2 paths in one document: the minority is reported',
    rule: 'version-single-major',
    doc: edit(governedOpenApi(), (d) => {
      d.servers = [{ url: 'https://api.example.com' }];
      d.paths = { '/v1/orders': d.paths['/orders'], '/v2/orders': structuredClone(d.paths['/orders']), '/v2/carts': structuredClone(d.paths['/orders']) };
    }),
    expect: [['error', '/paths/~1v1~1orders']],
  },
  {
    name: 'an operation server on another major',
    rule: 'version-single-major',
    doc: edit(governedOpenApi(), (d) => (op(d).servers = [{ url: 'https://api.example.com/v2' }])),
    expect: [['error', '/paths/~1orders/post/servers/0/url']],
  },
  { name: 'one major throughout', rule: 'version-single-major', doc: governedOpenApi(), expect: [] },
  {
    name: 'Swagger 2.0: basePath /v1 with a /v2 path',
    rule: 'version-single-major',
    doc: edit(governedSwagger(), (d) => {
      d.basePath = '/';
      d.paths['/v1/orders'] = d.paths['/orders'];
      d.paths['/v1/carts'] = structuredClone(d.paths['/orders']);
      d.paths['/v2/orders'] = structuredClone(d.paths['/orders']);
      delete d.paths['/orders'];
    }),
    expect: [['error', '/paths/~1v2~1orders']],
  },

  // version-deprecated-sunset
  {
    name: 'a deprecated operation without sunset or replacement',
    rule: 'version-deprecated-sunset',
    doc: edit(governedOpenApi(), (d) => deprecate(op(d, '/orders', 'get'))),
    expect: [['error', '/paths/~1orders/get']],
  },
  {
    name: 'x-sunset and x-replaced-by naming an operation of the document pass',
    rule: 'version-deprecated-sunset',
    doc: edit(governedOpenApi(), (d) => deprecate(op(d, '/orders', 'get'), { 'x-sunset': '2026-06-30', 'x-replaced-by': 'placeOrder' })),
    expect: [],
  },
  {
    name: 'a description that names the replacement passes; a full date-time sunset too',
    rule: 'version-deprecated-sunset',
    doc: edit(governedOpenApi(), (d) => deprecate(op(d, '/orders', 'get'), { 'x-sunset': '2026-06-30T00:00:00Z', description: 'Use searchOrders instead.' })),
    expect: [],
  },
  {
    name: 'x-replaced-by naming no operation, an impossible date, a sunset before x-deprecated-at',
    rule: 'version-deprecated-sunset',
    doc: edit(governedOpenApi(), (d) => {
      deprecate(op(d, '/orders', 'get'), { 'x-sunset': '2026-06-30', 'x-replaced-by': 'listOrdersV2' });
      deprecate(op(d), { 'x-sunset': '2026-02-30', 'x-replaced-by': 'https://developer.example.com/orders-v2' });
      deprecate(d.components.schemas.Order.properties.orderId, { 'x-sunset': '2025-01-01', 'x-deprecated-at': '2025-06-01', 'x-replaced-by': 'id' });
    }),
    expect: [
      ['error', '/components/schemas/Order/properties/orderId'],
      ['error', '/paths/~1orders/get'],
      ['error', '/paths/~1orders/post'],
    ],
  },
  {
    name: 'a shared deprecated parameter is reported once, at the component',
    rule: 'version-deprecated-sunset',
    doc: edit(governedOpenApi(), (d) => {
      d.components.parameters = { Legacy: { name: 'legacy', in: 'query', deprecated: true, schema: { type: 'boolean' } } };
      op(d, '/orders', 'get').parameters.push({ $ref: '#/components/parameters/Legacy' });
      op(d).parameters = [{ $ref: '#/components/parameters/Legacy' }];
    }),
    expect: [['error', '/components/parameters/Legacy']],
  },
  {
    name: 'Swagger 2.0: a deprecated operation',
    rule: 'version-deprecated-sunset',
    doc: edit(governedSwagger(), (d) => deprecate(op(d), { 'x-sunset': '2026-06-30' })),
    expect: [['error', '/paths/~1orders/post']],
  },
  {
    name: 'AsyncAPI 2.6: a deprecated payload member',
    rule: 'version-deprecated-sunset',
    doc: edit(governedAsyncApi2(), (d) => deprecate(d.components.schemas.Order.properties.lines)),
    expect: [['error', '/components/schemas/Order/properties/lines']],
  },
  {
    name: 'AsyncAPI 3.0: a deprecated operation pointing at its successor passes',
    rule: 'version-deprecated-sunset',
    doc: edit(governedAsyncApi3(), (d) => {
      d.operations.publishOrderPlacedV2 = structuredClone(d.operations.publishOrderPlaced);
      deprecate(d.operations.publishOrderPlaced, { 'x-sunset': '2026-06-30', 'x-replaced-by': 'publishOrderPlacedV2' });
    }),
    expect: [],
  },
  {
    name: 'AsyncAPI 3.0: a deprecated message without sunset',
    rule: 'version-deprecated-sunset',
    doc: edit(governedAsyncApi3(), (d) => deprecate(d.components.messages.OrderPlaced, { description: 'Replaced by OrderSubmitted.' })),
    expect: [['error', '/components/messages/OrderPlaced']],
  },

  // version-sunset-headers
  {
    name: 'the 2xx response of a deprecated operation without Deprecation and Sunset',
    rule: 'version-sunset-headers',
    doc: edit(governedOpenApi(), (d) => deprecate(op(d, '/orders', 'get'), { 'x-sunset': '2026-06-30', 'x-replaced-by': 'placeOrder' })),
    expect: [['warn', '/paths/~1orders/get/responses/200']],
  },
  {
    name: 'both headers declared (any case) pass',
    rule: 'version-sunset-headers',
    doc: edit(governedOpenApi(), (d) => {
      deprecate(op(d, '/orders', 'get'), { 'x-sunset': '2026-06-30', 'x-replaced-by': 'placeOrder' });
      op(d, '/orders', 'get').responses['200'].headers = sunsetHeaders;
    }),
    expect: [],
  },
  {
    name: 'Swagger 2.0: only Sunset declared',
    rule: 'version-sunset-headers',
    doc: edit(governedSwagger(), (d) => {
      deprecate(op(d), { 'x-sunset': '2026-06-30', 'x-replaced-by': 'https://developer.example.com/v2' });
      op(d).responses['201'].headers = { Sunset: { type: 'string' } };
    }),
    expect: [['warn', '/paths/~1orders/post/responses/201']],
  },
];

describe('version- rules', () => {
  it.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_name, row) => {
    await checkCase(row);
  });
});
