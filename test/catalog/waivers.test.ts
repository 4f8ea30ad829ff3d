/**
 * Waivers and inline ignores in the catalog: the same semantics as `apigov lint` (rules, inline
 * ignores, overrides, waivers), waived findings listed but not scored, every waiver and inline
 * ignore listed with its status, expired and stale waivers reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli, STARTER_CONFIG, tempProject, writeFiles } from '../helpers.js';
import { catalogIn, expectValidCatalog, openApi, yaml } from './helpers.js';

/** version-semver is an error of the starter rules: `one` is not a semantic version. */
const ORDERS = openApi({ apiId: 'retail-orders', version: 'one' });
const STOCK = openApi({ apiId: 'retail-stock' });

function waiver(rule: string, files: string, expires: string, extra = ''): string {
  return `  - rule: ${rule}
    files: ${files}
    reason: The gateway routes on the legacy version string until the OMS cut-over.
    approvedBy: api-board
    expires: ${expires}
${extra}`;
}

function project(waivers: string[] | undefined, files: Record<string, string> = {}): string {
  const dir = tempProject({ 'apigov.yaml': STARTER_CONFIG, 'contracts/orders.yaml': ORDERS, 'contracts/stock.yaml': STOCK, ...files });
  if (waivers !== undefined) writeFiles(dir, { 'apigov-waivers.yaml': `waivers:\n${waivers.join('')}` });
  return dir;
}

describe('waivers in the catalog', () => {
  beforeEach(() => vi.stubEnv('APIGOV_NOW', '2026-06-01T09:00:00Z'));
  afterEach(() => vi.unstubAllEnvs());

  it('lists a waived finding, marked, without lowering the score or the grade', async () => {
    const clean = await catalogIn(project(undefined, { 'contracts/orders.yaml': openApi({ apiId: 'retail-orders', version: '1.0.0' }) }));
    const unwaived = await catalogIn(project(undefined));
    const waived = await catalogIn(project([waiver('version-semver', 'contracts/orders.yaml', '2026-12-31')]));
    const orders = (c: typeof waived) => c.apis.find((a) => a.apiId === 'retail-orders')!;

    expect(orders(unwaived).score.total).toBeLessThan(orders(clean).score.total);
    expect(orders(waived).score).toEqual(orders(clean).score);
    expect(orders(waived).findings.error).toBe(0);
    expect(orders(waived).findings.list).toMatchObject([
      { ruleId: 'version-semver', waived: { kind: 'waiver', reason: expect.stringContaining('legacy version string'), by: 'api-board' } },
    ]);
    expect(waived.summary).toMatchObject({ error: 0, waived: 1, score: clean.summary.score, grade: clean.summary.grade });
    expect(orders(waived).waivers).toMatchObject([{ rule: 'version-semver', files: ['contracts/orders.yaml'], status: 'active', matches: 1 }]);
    expect(waived.apis.find((a) => a.apiId === 'retail-stock')!.waivers).toEqual([]);
    expect(waived.waivers).toEqual([
      {
        rule: 'version-semver',
        files: ['contracts/orders.yaml'],
        pointer: null,
        fingerprint: null,
        reason: 'The gateway routes on the legacy version string until the OMS cut-over.',
        approvedBy: 'api-board',
        expires: '2026-12-31',
        status: 'active',
        matches: 1,
      },
    ]);
    expect(waived.estateFindings).toEqual([]);
  });

  it('counts the findings of an expired waiver again, and reports the waiver', async () => {
    const unwaived = await catalogIn(project(undefined));
    const expired = await catalogIn(project([waiver('version-semver', 'contracts/orders.yaml', '2026-05-31')]));
    const orders = expired.apis.find((a) => a.apiId === 'retail-orders')!;
    expect(orders.score).toEqual(unwaived.apis.find((a) => a.apiId === 'retail-orders')!.score);
    expect(orders.findings.list.map((f) => [f.ruleId, f.waived])).toEqual([['version-semver', undefined]]);
    expect(expired.summary).toMatchObject({ error: 1, waived: 0, estateFindings: { error: 0, warn: 1, info: 0, hint: 0 } });
    expect(expired.waivers).toMatchObject([{ status: 'expired', matches: 0 }]);
    expect(expired.estateFindings).toEqual([
      {
        ruleId: 'waiver-expired',
        severity: 'warn',
        message: 'waiver for version-semver on contracts/orders.yaml expired on 2026-05-31; its findings count again (renew it with a new approval, or fix them)',
        locations: [{ file: 'apigov-waivers.yaml', pointer: '/waivers/0' }],
      },
    ]);
  });

  it('reports a waiver that matches nothing in the catalogued files as stale, and leaves waivers of other files and unevaluated rules alone', async () => {
    const catalog = await catalogIn(
      project([
        waiver('owner-team', 'contracts/stock.yaml', '2026-12-31'), // stock has an owner: nothing to waive
        waiver('owner-team', 'legacy/*.yaml', '2026-12-31'), // not catalogued in this run
        waiver('ops-pagination', 'contracts/stock.yaml', '2026-12-31'), // not in the starter rules
        waiver('response-property-removed', 'contracts/*.yaml', '2026-12-31'), // a diff check: no --previous
      ]),
    );
    expect(catalog.waivers.map((w) => `${w.rule} ${w.files.join(',')} ${w.status}`)).toEqual([
      'owner-team contracts/stock.yaml stale',
      'owner-team legacy/*.yaml active',
      'ops-pagination contracts/stock.yaml active',
      'response-property-removed contracts/*.yaml active',
    ]);
    expect(catalog.estateFindings.map((f) => `${f.ruleId} ${f.locations[0]!.pointer}`)).toEqual(['waiver-stale /waivers/0']);
  });

  it('applies inline ignores where they are written, lists them per API and counts one in a shared file once', async () => {
    const ignored = (apiId: string) =>
      yaml({
        openapi: '3.1.0',
        info: { title: apiId, version: 'one', 'x-api-id': apiId, 'x-owner': 'team-a', 'x-apigov-ignore': [{ rule: 'version-semver', reason: 'Version names follow the ERP release train.' }] },
        servers: [{ url: 'https://api.acme-retail.com/v1' }],
        paths: {},
        components: { schemas: { Version: { $ref: 'common.yaml#/Version' } } },
      });
    const common = yaml({ Version: { type: 'string', 'x-apigov-ignore': [{ rule: 'data-money-shape', reason: 'Not money, a version label.' }] } });
    const dir = tempProject({ 'apigov.yaml': STARTER_CONFIG, 'contracts/a.yaml': ignored('retail-a'), 'contracts/b.yaml': ignored('retail-b'), 'contracts/common.yaml': common });
    const catalog = await catalogIn(dir);
    for (const api of catalog.apis) {
      expect(api.findings.list).toMatchObject([{ ruleId: 'version-semver', waived: { kind: 'inline', reason: 'Version names follow the ERP release train.', by: null } }]);
      expect(api.findings.error).toBe(0);
      expect(api.inlineIgnores.map((i) => `${i.rule} ${i.file}#${i.pointer}`)).toEqual([
        `version-semver ${api.file}#/info`,
        `data-money-shape ${path.join('contracts', 'common.yaml')}#/Version`,
      ]);
    }
    expect(catalog.summary).toMatchObject({ error: 0, waived: 2, inlineIgnores: 3 });
  });
});

describe('apigov catalog --waivers', () => {
  const env = { APIGOV_NOW: '2026-06-01', SOURCE_DATE_EPOCH: '1780000000' };
  const catalogOfRun = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'out', 'catalog.json'), 'utf8'));

  it('uses apigov-waivers.yaml beside apigov.yaml, another file with --waivers, none with --no-waivers', () => {
    const dir = project([waiver('version-semver', 'contracts/orders.yaml', '2026-12-31')]);
    const found = runCli(['catalog', 'contracts', '--out', 'out'], { cwd: dir, env });
    expect([found.status, found.stderr]).toEqual([0, '']);
    expect(found.stdout).toContain('lint findings: 0 errors');
    expect(found.stdout).toContain('1 waived');
    const catalog = catalogOfRun(dir);
    expectValidCatalog(catalog);
    expect(catalog.summary.waived).toBe(1);

    const none = runCli(['catalog', 'contracts', '--out', 'out', '--no-waivers'], { cwd: dir, env });
    expect(none.status).toBe(1);
    expect(catalogOfRun(dir).waivers).toEqual([]);

    writeFiles(dir, { 'governance/expired.yaml': `waivers:\n${waiver('version-semver', '../contracts/orders.yaml', '2026-01-31')}` });
    const other = runCli(['catalog', 'contracts', '--out', 'out', '--waivers', 'governance/expired.yaml', '--fail-severity', 'warn'], { cwd: dir, env });
    expect(other.status).toBe(1);
    expect(other.stdout).toMatch(/warn\s+waiver-expired\s+waiver for version-semver on \.\.\/contracts\/orders\.yaml expired on 2026-01-31/);
    const expired = catalogOfRun(dir);
    expectValidCatalog(expired);
    expect(expired.waivers).toMatchObject([{ files: ['../contracts/orders.yaml'], status: 'expired' }]);

    const missing = runCli(['catalog', 'contracts', '--out', 'out', '--waivers', 'nope.yaml'], { cwd: dir, env });
    expect([missing.status, missing.stderr]).toEqual([2, 'apigov: nope.yaml: waivers file not found\n']);
  });
});
