/** Unit tests of the security- rule functions: messages and edge cases, on plain contract snippets. */
import { describe, expect, it } from 'vitest';
import { checkAllowedSecuritySchemes, schemeProblem } from '../../src/functions/allowedSecuritySchemes.js';
import { checkBoundedInputs, isBoundedPattern } from '../../src/functions/boundedInputs.js';
import { checkOauthScopes } from '../../src/functions/oauthScopes.js';
import { checkSecuredOperations } from '../../src/functions/securedOperations.js';
import { checkSensitiveUrlParameters } from '../../src/functions/sensitiveUrlParameters.js';
import { checkTlsOnly } from '../../src/functions/tlsOnly.js';
import { modelOf, openApiModelOf, schemaInventoryOf } from '../../src/model/index.js';
import { edit, governedAsyncApi2, governedAsyncApi3, governedOpenApi, type Doc } from '../rules/governed-contracts.js';
import { dictionary, loadContract, shown } from './contracts.js';

const op = (d: Doc, path = '/orders', method = 'post') => d.paths[path][method];
const node = (value: unknown) => ({ source: undefined as never, path: [], value });

describe('securedOperations', () => {
  it('says why an operation is open', async () => {
    const contract = await loadContract(edit(governedOpenApi(), (d) => ((op(d).security = []), delete d.security)));
    expect(shown(checkSecuredOperations(contract, modelOf(contract)))).toEqual([
      '/paths/~1orders/get: no security requirement: neither the operation nor the document declares security; declare a requirement, or x-public: true with an x-public-reason',
      '/paths/~1orders/post: security: [] on the operation leaves it open; declare a requirement, or x-public: true with an x-public-reason',
    ]);
  });

  it('AsyncAPI: names the open servers; x-public with a reason waives', async () => {
    const doc = edit(governedAsyncApi3(), (d) => delete d.servers.production.security);
    const contract = await loadContract(doc);
    expect(shown(checkSecuredOperations(contract, modelOf(contract)))).toEqual([
      '/operations/publishOrderPlaced: no security: the operation declares none, and server "production" of its channel declares none',
    ]);
    const waived = await loadContract(edit(doc, (d) => Object.assign(d.operations.publishOrderPlaced, { 'x-public': true, 'x-public-reason': 'public price feed' })));
    expect(checkSecuredOperations(waived, modelOf(waived))).toEqual([]);
  });
});

describe('allowedSecuritySchemes', () => {
  it('judges scheme types case-insensitively', () => {
    expect(schemeProblem(node({ type: 'oauth2' }), false)).toBeUndefined();
    expect(schemeProblem(node({ type: 'http', scheme: 'BEARER' }), false)).toBeUndefined();
    expect(schemeProblem(node({ type: 'http', scheme: 'digest' }), false)).toMatch(/^HTTP "digest" is not an allowed scheme/);
    expect(schemeProblem(node({ type: 'apiKey', in: 'header', name: 'Authorization' }), false)).toMatch(/static API key in the header/);
    expect(schemeProblem(node({ type: 'apiKey', in: 'header', name: 'Authorization' }), true)).toBeUndefined();
    expect(schemeProblem(node({ type: 'httpApiKey', in: 'query', name: 'key' }), false)).toMatch(/query string/);
    expect(schemeProblem(node({ type: 'symmetricEncryption' }), false)).toMatch(/not allowed/);
  });

  it('AsyncAPI: SCRAM only over TLS, naming the plaintext servers', async () => {
    const contract = await loadContract(edit(governedAsyncApi2(), (d) => (d.servers.dev = { url: 'dev:9092', protocol: 'kafka', security: [{ scram: [] }] })));
    expect(shown(checkAllowedSecuritySchemes(contract, modelOf(contract), dictionary()))).toEqual([
      '/components/securitySchemes/scram: SASL scramSha512 is used on "dev" without TLS; use a TLS protocol such as kafka-secure',
    ]);
  });
});

describe('oauthScopes', () => {
  it('reads the scope pattern from the dictionary', async () => {
    const contract = await loadContract(edit(governedOpenApi(), (d) => (d.components.securitySchemes.oauth.flows.clientCredentials.scopes = { 'orders:read': 'r' })));
    const m = openApiModelOf(contract)!;
    expect(shown(checkOauthScopes(contract, m, dictionary()))).toEqual([
      '/components/securitySchemes/oauth/flows/clientCredentials/scopes/orders:read: scope "orders:read" does not match ^[a-z]+(\\.[a-z-]+)+\\.(read|write|admin)$ (e.g. order.orders.write)',
    ]);
    expect(checkOauthScopes(contract, m, dictionary({ security: { oauthScopePattern: '^[a-z]+:(read|write)$' } }))).toEqual([]);
  });
});

describe('tlsOnly', () => {
  it('names the insecure scheme', async () => {
    const contract = await loadContract(edit(governedOpenApi(), (d) => (op(d).servers = [{ url: 'ws://push.example.com/v1' }])));
    expect(shown(checkTlsOnly(contract, modelOf(contract), dictionary()))).toEqual(['/paths/~1orders/post/servers/0/url: server URL "ws://push.example.com/v1" allows ws; serve the API over https only']);
  });

  it('AsyncAPI: protocols come from the dictionary', async () => {
    const contract = await loadContract(edit(governedAsyncApi3(), (d) => (d.servers.production.protocol = 'solace')));
    const m = modelOf(contract);
    expect(shown(checkTlsOnly(contract, m, dictionary()))).toEqual(['/servers/production/protocol: server "production" uses solace, not a TLS protocol; use kafka-secure, amqps, mqtts, wss or https, or declare TLS in its bindings']);
    expect(checkTlsOnly(contract, m, dictionary({ security: { tlsProtocols: ['solace'] } }))).toEqual([]);
  });
});

describe('sensitiveUrlParameters', () => {
  it('compares whole names ignoring case, _ and -; the list comes from the dictionary', async () => {
    const contract = await loadContract(
      edit(governedOpenApi(), (d) => {
        op(d, '/orders', 'get').parameters.push(
          { name: 'Access_Token', in: 'query', schema: { type: 'string', maxLength: 200 } },
          { name: 'emailVerified', in: 'query', schema: { type: 'boolean' } },
          { name: 'nextPageToken', in: 'query', schema: { type: 'string', maxLength: 200 } },
        );
      }),
    );
    const m = openApiModelOf(contract)!;
    expect(shown(checkSensitiveUrlParameters(m, dictionary()))).toEqual([
      '/paths/~1orders/get/parameters/1: query parameter "Access_Token" (accessToken) puts sensitive data in the URL, which CDNs and gateways log; send it in the request body or a header',
    ]);
    expect(checkSensitiveUrlParameters(m, dictionary({ sensitiveParameters: [] }))).toEqual([]);
  });
});

describe('boundedInputs', () => {
  it('knows bounded patterns', () => {
    expect(['^[A-Z]{3}$', '^\\d{4}$', '^[A-Z0-9-]{1,40}$', '^(a|b)$'].every(isBoundedPattern)).toBe(true);
    expect(['^[a-z]+$', '[A-Z]{3}', '^.*$', '^\\d{4,}$', undefined].some(isBoundedPattern)).toBe(false);
  });

  it('reads bounds merged from allOf parts, and exclusive bounds (3.1)', async () => {
    const contract = await loadContract(
      edit(governedOpenApi(), (d) => {
        d.openapi = '3.1.0';
        d.components.schemas.Bounded = { maxLength: 10 };
        d.components.schemas.Order.properties.code = { type: 'string', allOf: [{ $ref: '#/components/schemas/Bounded' }] };
        d.components.schemas.Order.properties.count = { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 1000 };
        d.components.schemas.Order.properties.total = { type: 'integer', minimum: 0 };
      }),
    );
    expect(shown(checkBoundedInputs(contract, schemaInventoryOf(contract), dictionary()))).toEqual(['/components/schemas/Order/properties/total: request integer has no maximum']);
  });
});
