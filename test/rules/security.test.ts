/** security- rules: a failing and a passing contract per rule and format, asserting rule, severity and pointer. */
import { describe, it } from 'vitest';
import { checkCase, edit, governedAsyncApi2, governedAsyncApi3, governedOpenApi, governedSwagger, type Doc, type RuleCase } from './governed-contracts.js';

const op = (d: Doc, path = '/orders', method = 'post') => d.paths[path][method];
const v2op = (d: Doc) => d.channels['order.orders.v1'].subscribe;

const cases: RuleCase[] = [
  // security-every-operation
  {
    name: 'no security on the operation or the document',
    rule: 'security-every-operation',
    doc: edit(governedOpenApi(), (d) => delete d.security),
    expect: [['error', '/paths/~1orders/get']],
  },
  {
    name: 'security: [] without x-public',
    rule: 'security-every-operation',
    doc: edit(governedOpenApi(), (d) => (op(d).security = [])),
    expect: [['error', '/paths/~1orders/post']],
  },
  {
    name: 'x-public without a reason, and an anonymous {} alternative',
    rule: 'security-every-operation',
    doc: edit(governedOpenApi(), (d) => {
      Object.assign(op(d), { security: [], 'x-public': true });
      op(d, '/orders', 'get').security = [{}, { oauth: ['order.orders.read'] }];
    }),
    expect: [
      ['error', '/paths/~1orders/get'],
      ['error', '/paths/~1orders/post'],
    ],
  },
  {
    name: 'security: [] with x-public and x-public-reason passes',
    rule: 'security-every-operation',
    doc: edit(governedOpenApi(), (d) => Object.assign(op(d, '/orders', 'get'), { security: [], 'x-public': true, 'x-public-reason': 'store locator for the public web shop' })),
    expect: [],
  },
  {
    name: 'Swagger 2.0: no security anywhere',
    rule: 'security-every-operation',
    doc: edit(governedSwagger(), (d) => {
      delete d.security;
      delete op(d).security;
    }),
    expect: [['error', '/paths/~1orders/post']],
  },
  {
    name: 'AsyncAPI 2.6: the channel\'s server declares no security',
    rule: 'security-every-operation',
    doc: edit(governedAsyncApi2(), (d) => delete d.servers.production.security),
    expect: [['error', '/channels/order.orders.v1/subscribe']],
  },
  {
    name: 'AsyncAPI 2.6: operation security is enough',
    rule: 'security-every-operation',
    doc: edit(governedAsyncApi2(), (d) => {
      delete d.servers.production.security;
      v2op(d).security = [{ scram: [] }];
    }),
    expect: [],
  },
  {
    name: 'AsyncAPI 3.0: the channel is on an open server',
    rule: 'security-every-operation',
    doc: edit(governedAsyncApi3(), (d) => {
      d.servers.public = { host: 'public.example.com:9093', protocol: 'kafka-secure' };
      d.channels.orders.servers.push({ $ref: '#/servers/public' });
    }),
    expect: [['error', '/operations/publishOrderPlaced']],
  },
  {
    name: 'AsyncAPI 3.0: server security is enough; a channel on other servers is not affected by an open one',
    rule: 'security-every-operation',
    doc: edit(governedAsyncApi3(), (d) => (d.servers.public = { host: 'public.example.com:9093', protocol: 'kafka-secure' })),
    expect: [],
  },
  {
    name: 'AsyncAPI 3.0: no servers and no operation security',
    rule: 'security-every-operation',
    doc: edit(governedAsyncApi3(), (d) => {
      delete d.servers;
      delete d.channels.orders.servers;
    }),
    expect: [['error', '/operations/publishOrderPlaced']],
  },

  // security-scheme-allowed
  {
    name: 'HTTP basic and an API key in the query',
    rule: 'security-scheme-allowed',
    doc: edit(governedOpenApi(), (d) => {
      d.components.securitySchemes.basic = { type: 'http', scheme: 'basic' };
      d.components.securitySchemes.key = { type: 'apiKey', in: 'query', name: 'api_key' };
    }),
    expect: [
      ['error', '/components/securitySchemes/basic'],
      ['error', '/components/securitySchemes/key'],
    ],
  },
  {
    name: 'HTTP bearer, OpenID Connect and mutual TLS pass',
    rule: 'security-scheme-allowed',
    doc: edit(governedOpenApi(), (d) => {
      d.openapi = '3.1.0';
      d.components.securitySchemes.bearer = { type: 'http', scheme: 'Bearer', bearerFormat: 'JWT' };
      d.components.securitySchemes.oidc = { type: 'openIdConnect', openIdConnectUrl: 'https://auth.example.com/.well-known/openid-configuration' };
      d.components.securitySchemes.mtls = { type: 'mutualTLS' };
    }),
    expect: [],
  },
  {
    name: 'Swagger 2.0: basic; an Authorization header key (the 2.0 spelling of bearer) passes',
    rule: 'security-scheme-allowed',
    doc: edit(governedSwagger(), (d) => {
      d.securityDefinitions.basic = { type: 'basic' };
      d.securityDefinitions.jwt = { type: 'apiKey', in: 'header', name: 'Authorization' };
    }),
    expect: [['error', '/securityDefinitions/basic']],
  },
  {
    name: 'AsyncAPI 2.6: SASL PLAIN, and SCRAM on a plaintext server',
    rule: 'security-scheme-allowed',
    doc: edit(governedAsyncApi2(), (d) => {
      d.components.securitySchemes.plain = { type: 'plain' };
      d.servers.production.protocol = 'kafka';
    }),
    expect: [
      ['error', '/components/securitySchemes/plain'],
      ['error', '/components/securitySchemes/scram'],
    ],
  },
  {
    name: 'AsyncAPI 2.6: SCRAM over TLS declared in bindings passes',
    rule: 'security-scheme-allowed',
    doc: edit(governedAsyncApi2(), (d) => {
      d.servers.production.protocol = 'kafka';
      d.servers.production.bindings = { kafka: { 'x-security.protocol': 'SASL_SSL' } };
    }),
    expect: [],
  },
  {
    name: 'AsyncAPI 3.0: an inline userPassword scheme on a server',
    rule: 'security-scheme-allowed',
    doc: edit(governedAsyncApi3(), (d) => (d.servers.production.security = [{ type: 'userPassword' }])),
    expect: [['error', '/servers/production/security/0']],
  },
  {
    name: 'AsyncAPI 3.0: X509 passes',
    rule: 'security-scheme-allowed',
    doc: edit(governedAsyncApi3(), (d) => (d.components.securitySchemes.scram = { type: 'X509' })),
    expect: [],
  },

  // security-oauth-scopes
  {
    name: 'an operation requirement with no scope, reported where written',
    rule: 'security-oauth-scopes',
    doc: edit(governedOpenApi(), (d) => (op(d).security = [{ oauth: [] }])),
    expect: [['warn', '/paths/~1orders/post/security/0/oauth']],
  },
  {
    name: 'a document requirement with no scope is reported once',
    rule: 'security-oauth-scopes',
    doc: edit(governedOpenApi(), (d) => {
      d.security = [{ oauth: [] }];
      d.paths['/carts'] = { get: structuredClone(op(d, '/orders', 'get')) };
    }),
    expect: [['warn', '/security/0/oauth']],
  },
  {
    name: 'scope names that are not <domain>.<resource>.<read|write|admin>',
    rule: 'security-oauth-scopes',
    doc: edit(governedOpenApi(), (d) => (d.components.securitySchemes.oauth.flows.clientCredentials.scopes['read:orders'] = 'legacy')),
    expect: [['warn', '/components/securitySchemes/oauth/flows/clientCredentials/scopes/read:orders']],
  },
  {
    name: 'Swagger 2.0: a scope name',
    rule: 'security-oauth-scopes',
    doc: edit(governedSwagger(), (d) => (d.securityDefinitions.oauth.scopes.ORDERS_WRITE = 'legacy')),
    expect: [['warn', '/securityDefinitions/oauth/scopes/ORDERS_WRITE']],
  },
  { name: 'Swagger 2.0: scoped requirements pass', rule: 'security-oauth-scopes', doc: governedSwagger(), expect: [] },

  // security-https-only
  {
    name: 'an http server, and a {scheme} variable that allows http',
    rule: 'security-https-only',
    doc: edit(governedOpenApi(), (d) => {
      d.servers = [{ url: 'http://api.example.com/v1' }, { url: '{scheme}://eu.example.com/v1', variables: { scheme: { default: 'https', enum: ['https', 'http'] } } }];
    }),
    expect: [
      ['error', '/servers/0/url'],
      ['error', '/servers/1/url'],
    ],
  },
  {
    name: 'relative and loopback servers pass',
    rule: 'security-https-only',
    doc: edit(governedOpenApi(), (d) => (d.servers = [{ url: '/v1' }, { url: 'http://localhost:8080/v1' }])),
    expect: [],
  },
  {
    name: 'Swagger 2.0: schemes lists http',
    rule: 'security-https-only',
    doc: edit(governedSwagger(), (d) => (d.schemes = ['http', 'https'])),
    expect: [['error', '/schemes']],
  },
  {
    name: 'Swagger 2.0: a host without schemes',
    rule: 'security-https-only',
    doc: edit(governedSwagger(), (d) => delete d.schemes),
    expect: [['error', '']],
  },
  {
    name: 'AsyncAPI 2.6: plaintext kafka',
    rule: 'security-https-only',
    doc: edit(governedAsyncApi2(), (d) => (d.servers.production.protocol = 'kafka')),
    expect: [['error', '/servers/production/protocol']],
  },
  {
    name: 'AsyncAPI 2.6: an mqtts URL passes',
    rule: 'security-https-only',
    doc: edit(governedAsyncApi2(), (d) => (d.servers.production = { url: 'mqtts://broker.example.com:8883', protocol: 'mqtt', security: [{ scram: [] }] })),
    expect: [],
  },
  {
    name: 'AsyncAPI 3.0: mqtt',
    rule: 'security-https-only',
    doc: edit(governedAsyncApi3(), (d) => (d.servers.production.protocol = 'mqtt')),
    expect: [['error', '/servers/production/protocol']],
  },
  {
    name: 'AsyncAPI 3.0: mutual TLS implies TLS',
    rule: 'security-https-only',
    doc: edit(governedAsyncApi3(), (d) => {
      d.servers.production.protocol = 'kafka';
      d.components.securitySchemes.scram = { type: 'X509' };
    }),
    expect: [],
  },

  {
    name: 'AsyncAPI 3.0: plain kafka whose security scheme sets x-security.protocol: SASL_SSL (Adeo) is TLS',
    rule: 'security-https-only',
    doc: edit(governedAsyncApi3(), (d) => {
      d.servers.production.protocol = 'kafka';
      d.components.securitySchemes.scram['x-security.protocol'] = 'SASL_SSL';
    }),
    expect: [],
  },
  {
    name: 'AsyncAPI 3.0: a server behind an unresolvable $ref is left to structure-ref-resolvable',
    rule: 'security-https-only',
    doc: edit(governedAsyncApi3(), (d) => (d.servers.shared = { $ref: 'missing/servers.yaml#/websocket' })),
    expect: [],
  },

  // security-no-sensitive-in-url
  {
    name: 'email in the query and card_number in the path',
    rule: 'security-no-sensitive-in-url',
    doc: edit(governedOpenApi(), (d) => {
      d.paths['/cards/{card_number}'] = { parameters: [{ name: 'card_number', in: 'path', required: true, schema: { type: 'string', maxLength: 19 } }], get: structuredClone(op(d, '/orders', 'get')) };
      op(d, '/orders', 'get').parameters.push({ name: 'email', in: 'query', schema: { type: 'string', maxLength: 200 } });
    }),
    expect: [
      ['error', '/paths/~1cards~1{card_number}/parameters/0'],
      ['error', '/paths/~1orders/get/parameters/1'],
    ],
  },
  {
    name: 'pageToken is a cursor, and a token header is not in the URL',
    rule: 'security-no-sensitive-in-url',
    doc: edit(governedOpenApi(), (d) => {
      op(d, '/orders', 'get').parameters.push({ name: 'pageToken', in: 'query', schema: { type: 'string', maxLength: 200 } });
      op(d, '/orders', 'get').parameters.push({ name: 'token', in: 'header', schema: { type: 'string', maxLength: 200 } });
    }),
    expect: [],
  },
  {
    name: 'a shared parameter is reported once, at the component',
    rule: 'security-no-sensitive-in-url',
    doc: edit(governedOpenApi(), (d) => {
      d.components.parameters = { Pin: { name: 'giftCardPin', in: 'query', schema: { type: 'string', maxLength: 8 } } };
      op(d, '/orders', 'get').parameters.push({ $ref: '#/components/parameters/Pin' });
      op(d).parameters = [{ $ref: '#/components/parameters/Pin' }];
    }),
    expect: [['error', '/components/parameters/Pin']],
  },
  {
    name: 'Swagger 2.0: password in the query',
    rule: 'security-no-sensitive-in-url',
    doc: edit(governedSwagger(), (d) => op(d).parameters.push({ name: 'password', in: 'query', type: 'string', maxLength: 64 })),
    expect: [['error', '/paths/~1orders/post/parameters/1']],
  },

  // security-bounded-inputs
  {
    name: 'an unbounded request string, array and integer',
    rule: 'security-bounded-inputs',
    doc: edit(governedOpenApi(), (d) => {
      Object.assign(d.components.schemas.Order.properties, { note: { type: 'string' }, tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } } });
      op(d, '/orders', 'get').parameters[0].schema = { type: 'integer', minimum: 1 };
    }),
    expect: [
      ['info', '/components/schemas/Order/properties/note'],
      ['info', '/components/schemas/Order/properties/tags'],
      ['info', '/paths/~1orders/get/parameters/0/schema'],
    ],
  },
  {
    name: 'enum, fixed-size formats, anchored patterns, readOnly members and response-only schemas pass',
    rule: 'security-bounded-inputs',
    doc: edit(governedOpenApi(), (d) => {
      Object.assign(d.components.schemas.Order.properties, {
        channel: { type: 'string', enum: ['pos', 'web'] },
        placedAt: { type: 'string', format: 'date-time' },
        currency: { type: 'string', pattern: '^[A-Z]{3}$' },
        status: { type: 'string', readOnly: true },
      });
      d.components.schemas.Receipt = { type: 'object', properties: { text: { type: 'string' } } };
      op(d).responses['201'].content = { 'application/json': { schema: { $ref: '#/components/schemas/Receipt' } } };
    }),
    expect: [],
  },
  {
    name: 'Swagger 2.0: a query string parameter without maxLength',
    rule: 'security-bounded-inputs',
    doc: edit(governedSwagger(), (d) => op(d).parameters.push({ name: 'note', in: 'query', type: 'string' })),
    expect: [['info', '/paths/~1orders/post/parameters/1']],
  },
];

describe('security- rules', () => {
  it.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_name, row) => {
    await checkCase(row);
  });
});
