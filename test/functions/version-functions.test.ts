/** Unit tests of the version- rule functions: messages and edge cases, on plain contract snippets. */
import { describe, expect, it } from 'vitest';
import { checkDeprecationSunset, deprecatedNodes } from '../../src/functions/deprecationSunset.js';
import { versionSitesOf } from '../../src/functions/lib/version-sites.js';
import { checkMajorVersionInUrl } from '../../src/functions/majorVersionInUrl.js';
import { checkSemver } from '../../src/functions/semverVersion.js';
import { checkSingleMajorVersion } from '../../src/functions/singleMajorVersion.js';
import { checkSunsetHeaders } from '../../src/functions/sunsetHeaders.js';
import { toPointer } from '../../src/document/pointer.js';
import { modelOf, openApiModelOf, schemaInventoryOf } from '../../src/model/index.js';
import { edit, governedAsyncApi2, governedOpenApi, governedSwagger, type Doc } from '../rules/governed-contracts.js';
import { dictionary, loadContract, shown } from './contracts.js';

const op = (d: Doc, path = '/orders', method = 'post') => d.paths[path][method];

describe('semverVersion', () => {
  it('explains what is wrong', async () => {
    const info = async (version: unknown, extra: Doc = {}) => {
      const contract = await loadContract(edit(governedOpenApi(), (d) => Object.assign(d.info, { version }, extra)));
      return shown(checkSemver(modelOf(contract).info));
    };
    expect(await info('1.0')).toEqual(['/info/version: info.version "1.0" is not MAJOR.MINOR.PATCH; use MAJOR.MINOR.PATCH such as 1.4.0']);
    expect(await info('1.0.0-rc.1')).toEqual(['/info/version: pre-release version "1.0.0-rc.1" is allowed only with info.x-lifecycle: experimental']);
    expect(await info('1.0.0-rc.1', { 'x-lifecycle': 'experimental' })).toEqual([]);
  });
});

describe('version sites', () => {
  it('lists document, path-item and operation servers, and each path once', async () => {
    const contract = await loadContract(
      edit(governedOpenApi(), (d) => {
        d.paths['/orders'].servers = [{ url: 'https://orders.example.com/v1' }];
        op(d, '/orders', 'get').servers = [{ url: '/v1' }];
      }),
    );
    const sites = versionSitesOf(contract, openApiModelOf(contract)!);
    expect(sites.servers.map((s) => toPointer(s.at.path)).sort()).toEqual(['/paths/~1orders/get/servers/0/url', '/paths/~1orders/servers/0/url', '/servers/0/url']);
    expect(sites.paths.map((p) => p.path)).toEqual(['/orders']);
    expect(sites.operations.map((o) => `${o.operation.method} ${o.servers.map((s) => s.url).join()}`)).toEqual(['get /v1', 'post https://orders.example.com/v1']);
  });
});

describe('majorVersionInUrl and singleMajorVersion', () => {
  it('names the expected major', async () => {
    const contract = await loadContract(edit(governedOpenApi(), (d) => (d.servers = [{ url: 'https://api.example.com/v2.1' }])));
    expect(shown(checkMajorVersionInUrl(contract, openApiModelOf(contract)!)).sort()).toEqual([
      '/servers/0/url: /v2 does not match info.version "1.2.0" (MAJOR 1); use /v1',
      '/servers/0/url: /v2.1: the URL carries the major version only (/v2)',
    ]);
  });

  it('wants the version as the first path segment', async () => {
    const contract = await loadContract(
      edit(governedOpenApi(), (d) => {
        d.servers = [{ url: 'https://api.example.com' }];
        d.paths = { '/orders/v1/lines': d.paths['/orders'] };
      }),
    );
    expect(shown(checkMajorVersionInUrl(contract, openApiModelOf(contract)!))).toEqual(['/paths/~1orders~1v1~1lines: /v1 must be the first path segment']);
  });

  it('ignores a document with no served operations', async () => {
    const contract = await loadContract(edit(governedOpenApi(), (d) => ((d.paths = {}), (d.servers = [{ url: 'https://x.example.com' }]))));
    expect(checkMajorVersionInUrl(contract, openApiModelOf(contract)!)).toEqual([]);
  });

  it('breaks a tie between majors in favour of info.version', async () => {
    const contract = await loadContract(
      edit(governedOpenApi(), (d) => {
        d.info.version = '2.0.0';
        d.servers = [{ url: 'https://api.example.com' }];
        d.paths = { '/v1/orders': d.paths['/orders'], '/v2/orders': structuredClone(d.paths['/orders']) };
      }),
    );
    expect(shown(checkSingleMajorVersion(contract, openApiModelOf(contract)!))).toEqual([
      '/paths/~1v1~1orders: /v1 here, while the rest of the document uses /v2 (1 place); one document serves one major version',
    ]);
  });
});

describe('deprecationSunset', () => {
  it('finds deprecated operations, parameters, body parameters and schemas once each', async () => {
    const contract = await loadContract(
      edit(governedSwagger(), (d) => {
        op(d).deprecated = true;
        op(d).parameters[0].deprecated = true;
        d.definitions.Order.properties.orderId.deprecated = true;
      }),
    );
    const found = deprecatedNodes(contract, modelOf(contract), schemaInventoryOf(contract)).map((n) => `${n.kind} ${toPointer(n.node.path)}`);
    expect(found).toEqual(['operation /paths/~1orders/post', 'parameter /paths/~1orders/post/parameters/0', 'schema /definitions/Order/properties/orderId']);
  });

  it('lists every missing part, and honours replacement phrases from the dictionary', async () => {
    const contract = await loadContract(edit(governedAsyncApi2(), (d) => Object.assign(d.components.messages.OrderPlaced, { deprecated: true, description: 'Superseded by OrderSubmitted.', 'x-sunset': 'next year' })));
    const m = modelOf(contract);
    const inventory = schemaInventoryOf(contract);
    expect(shown(checkDeprecationSunset(contract, m, inventory, dictionary()))).toEqual(['/components/messages/OrderPlaced: deprecated message: x-sunset "next year" is not an RFC 3339 date']);
    expect(shown(checkDeprecationSunset(contract, m, inventory, dictionary({ deprecation: { replacementPhrases: ['see'] } })))).toEqual([
      '/components/messages/OrderPlaced: deprecated message: x-sunset "next year" is not an RFC 3339 date; no x-replaced-by, and the description names no replacement',
    ]);
  });
});

describe('sunsetHeaders', () => {
  it('names the missing header', async () => {
    const contract = await loadContract(
      edit(governedOpenApi(), (d) => {
        op(d).deprecated = true;
        op(d).responses['201'].headers = { Deprecation: { schema: { type: 'string' } } };
        op(d).responses['202'] = { description: 'queued' };
      }),
    );
    expect(shown(checkSunsetHeaders(openApiModelOf(contract)!))).toEqual([
      '/paths/~1orders/post/responses/201: success response of a deprecated operation does not declare the Sunset header',
      '/paths/~1orders/post/responses/202: success response of a deprecated operation does not declare the Deprecation and Sunset headers',
    ]);
  });
});
