/**
 * `apigov catalog --previous` lists breaking changes: the catalog records the git commit it was made
 * at, and the next run reads each API (and its `$ref`s) from that commit and diffs it with the diff
 * engine. Each test builds its own git repository.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/types.js';
import { runCli, STARTER_CONFIG, tempProject, writeFiles } from '../helpers.js';
import { expectValidCatalog, yaml } from './helpers.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const ORDERS = yaml({
  openapi: '3.0.3',
  info: { title: 'Orders', version: '1.0.0', 'x-api-id': 'retail-orders', 'x-owner': 'team-orders' },
  servers: [{ url: 'https://api.acme-retail.com/v1' }],
  paths: {
    '/orders/{orderId}': {
      get: {
        operationId: 'getOrder',
        parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 'schemas/order.yaml#/Order' } } } } },
      },
    },
  },
});

const ORDER_V1 = yaml({ Order: { type: 'object', required: ['orderId', 'total'], properties: { orderId: { type: 'string' }, total: { type: 'string' } } } });
/** `total` removed from a response: a breaking change, made in the `$ref`'d file only */
const ORDER_V2 = yaml({ Order: { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' } } } });
const STOCK = yaml({ openapi: '3.0.3', info: { title: 'Stock', version: '1.0.0', 'x-api-id': 'retail-stock', 'x-owner': 'team-stock' }, servers: [{ url: 'https://api.acme-retail.com/v1' }], paths: {} });

const EPOCH = { SOURCE_DATE_EPOCH: '1780000000', APIGOV_NOW: '2026-06-01' };

/** A repository with the estate under `estate/`, committed as v1. */
function repository(): string {
  const dir = tempProject();
  fs.rmSync(path.join(dir, '.git'), { recursive: true });
  git(dir, 'init', '-q');
  writeFiles(dir, { 'apigov.yaml': STARTER_CONFIG, '.gitignore': 'out*/\n', 'estate/orders.yaml': ORDERS, 'estate/schemas/order.yaml': ORDER_V1, 'estate/stock.yaml': STOCK });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'v1');
  return dir;
}

function catalog(dir: string, out: string, ...args: string[]): { status: number | null; stderr: string; catalog: Catalog } {
  const result = runCli(['catalog', 'estate', '--out', out, '--format', 'json', ...args], { cwd: dir, env: EPOCH });
  const written = JSON.parse(fs.readFileSync(path.join(dir, out, 'catalog.json'), 'utf8')) as Catalog;
  expectValidCatalog(written);
  return { status: result.status, stderr: result.stderr, catalog: written };
}

const api = (c: Catalog, apiId: string) => c.apis.find((a) => a.apiId === apiId)!;

describe('apigov catalog --previous: breaking changes', () => {
  it('records the commit, then lists the breaking changes since it, found through a $ref of the old version', () => {
    const dir = repository();
    const first = catalog(dir, 'out1');
    expect(first.stderr).toBe('');
    expect(first.catalog.git).toEqual({ commit: git(dir, 'rev-parse', 'HEAD'), directory: '' });

    writeFiles(dir, { 'estate/schemas/order.yaml': ORDER_V2 });
    git(dir, 'commit', '-q', '-am', 'v2: total removed');
    const second = catalog(dir, 'out2', '--previous', 'out1/catalog.json');
    expect(second.stderr).toBe('');
    expect(second.catalog.git).toEqual({ commit: git(dir, 'rev-parse', 'HEAD'), directory: '' });
    expect(api(second.catalog, 'retail-orders').change!.breakingChanges).toEqual([
      {
        checkId: 'response-property-removed',
        message: "GET /orders/{orderId} response 200 (application/json) 'total': required property removed",
        operation: 'GET /orders/{orderId}',
        file: `${first.catalog.git!.commit.slice(0, 12)}:estate/schemas/order.yaml`,
        pointer: '/Order/properties/total',
        fingerprint: expect.stringMatching(/^[0-9a-f]{20}$/),
      },
    ]);
    expect(api(second.catalog, 'retail-stock').change!.breakingChanges).toEqual([]);
    expect(second.catalog.summary.change!.breakingChanges).toBe(1);
  });

  it('follows a moved contract and a run from another folder, and waives an approved change as diff does', () => {
    const dir = repository();
    const first = catalog(dir, 'out1');
    git(dir, 'mv', 'estate/orders.yaml', 'estate/orders-api.yaml');
    writeFiles(dir, { 'estate/schemas/order.yaml': ORDER_V2 });
    // uncommitted: compared as the files are now, and no commit is recorded for this catalog
    const moved = runCli(['catalog', '.', '--out', '../out2', '--format', 'json', '--previous', '../out1/catalog.json'], { cwd: path.join(dir, 'estate'), env: EPOCH });
    expect(moved.stderr).toBe('');
    const second = JSON.parse(fs.readFileSync(path.join(dir, 'out2', 'catalog.json'), 'utf8')) as Catalog;
    expect(second.git).toBeUndefined();
    const change = api(second, 'retail-orders').change!.breakingChanges[0]!;
    expect(change.checkId).toBe('response-property-removed');

    git(dir, 'commit', '-q', '-am', 'v2');
    writeFiles(dir, {
      'apigov-waivers.yaml': yaml({
        waivers: [{ rule: 'response-property-removed', files: 'estate/*.yaml', fingerprint: change.fingerprint, reason: 'No consumer reads the total any more (checked with the POS team).', approvedBy: 'api-board', expires: '2026-12-31' }],
      }),
    });
    const waived = catalog(dir, 'out3', '--previous', 'out1/catalog.json');
    expect(first.catalog.git).toBeDefined();
    expect(api(waived.catalog, 'retail-orders').change!.breakingChanges).toMatchObject([{ checkId: 'response-property-removed', waived: { kind: 'waiver', by: 'api-board' } }]);
    expect(waived.catalog.summary.change!.breakingChanges).toBe(0);
    expect(waived.catalog.waivers).toMatchObject([{ status: 'active', matches: 1 }]);
  });

  it('reports a diff-check waiver that matches nothing as stale only when the contracts were compared', () => {
    const dir = repository();
    writeFiles(dir, {
      'apigov-waivers.yaml': yaml({
        waivers: [{ rule: 'operation-removed', files: 'estate/orders.yaml', reason: 'The v1 read path is replaced by the order search.', approvedBy: 'api-board', expires: '2026-12-31' }],
      }),
    });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'waivers');
    const first = catalog(dir, 'out1');
    expect(first.catalog.waivers).toMatchObject([{ status: 'active' }]);
    const second = catalog(dir, 'out2', '--previous', 'out1/catalog.json');
    expect(second.catalog.waivers).toMatchObject([{ status: 'stale', matches: 0 }]);
    expect(second.catalog.estateFindings.filter((f) => f.ruleId.startsWith('waiver-')).map((f) => f.locations[0])).toEqual([{ file: 'apigov-waivers.yaml', pointer: '/waivers/0' }]);
  });

  it('records no commit when a catalogued file is modified, untracked or ignored', () => {
    const dir = repository();
    writeFiles(dir, { 'estate/schemas/order.yaml': ORDER_V2 });
    expect(catalog(dir, 'out1').catalog.git).toBeUndefined();
    git(dir, 'checkout', '-q', '--', '.');
    expect(catalog(dir, 'out1').catalog.git).toBeDefined();
    writeFiles(dir, { 'estate/new.yaml': STOCK.replace('retail-stock', 'retail-new') });
    expect(catalog(dir, 'out1').catalog.git).toBeUndefined();
    writeFiles(dir, { '.gitignore': 'out*/\nestate/new.yaml\n' });
    git(dir, 'commit', '-q', '-am', 'ignore new.yaml');
    expect(catalog(dir, 'out1').catalog.git).toBeUndefined();
  });

  it('says once why breaking changes are not listed when the commit cannot be read, and leaves the lists empty', () => {
    const dir = repository();
    const first = catalog(dir, 'out1');
    writeFiles(dir, { 'estate/schemas/order.yaml': ORDER_V2 });
    const missing = { ...first.catalog, git: { commit: 'a'.repeat(40), directory: '' } };
    writeFiles(dir, { 'old/missing.json': JSON.stringify(missing), 'old/none.json': JSON.stringify({ ...first.catalog, git: undefined }) });
    const unknown = catalog(dir, 'out2', '--previous', 'old/missing.json');
    expect(unknown.stderr).toBe('apigov: commit aaaaaaaaaaaa of the previous catalog is not in this repository (fetch it, or deepen a shallow clone); breaking changes since it are not listed\n');
    expect(unknown.catalog.apis.map((a) => a.change!.breakingChanges)).toEqual([[], []]);
    const none = catalog(dir, 'out3', '--previous', 'old/none.json');
    expect(none.stderr).toBe('apigov: the previous catalog records no git commit (it was made outside git, or from uncommitted files); breaking changes since it are not listed\n');
  });
});
