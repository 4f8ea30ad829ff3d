/** `apigov catalog` as users run it (the built CLI): exit codes, output folder rules, atomic writes, workers. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateEstate } from '../../src/catalog/synthetic-estate.js';
import { hasStackTrace, runCli, STARTER_CONFIG, tempProject, writeFiles } from '../helpers.js';
import { expectValidCatalog, openApi } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const EPOCH = { SOURCE_DATE_EPOCH: '1780000000' };

function fixtureProject(): string {
  const dir = tempProject({ 'apigov.yaml': STARTER_CONFIG });
  fs.cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

function readCatalog(dir: string) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'catalog.json'), 'utf8'));
}

describe('apigov catalog', () => {
  it('catalogs an estate, reports its orphan consumed event and exits 1', () => {
    const dir = fixtureProject();
    const result = runCli(['catalog', 'estate', '--out', 'out'], { cwd: dir, env: EPOCH });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('apigov catalog: 4 contracts');
    expect(result.stdout).toMatch(/error\s+estate-orphan-consumed-event\s+com\.acme\.payment\.payment-captured\.v1 is received by retail-pos-store-events v1/);
    expect(result.stdout).toContain('estate/pos.asyncapi.yaml#/channels/retail.payment.payment-captured.v1/publish');
    expect(result.stdout).toContain(`wrote ${path.join('out', 'catalog.json')}`);
    const catalog = readCatalog(path.join(dir, 'out'));
    expectValidCatalog(catalog);
    expect(catalog.generatedAt).toBe('2026-05-28T20:26:40.000Z');
    expect(catalog.rulesetVersion).toMatch(/starter-ruleset\.yaml@[0-9a-f]{8}$/);
    expect(catalog.apis.map((a: { apiId: string }) => a.apiId)).toEqual(['retail-order-management', 'retail-pos-store-events', 'retail-pricing-events', 'retail-pricing']);
    // the estate.yaml beside the scanned folder is found and used
    expect(catalog.organization.file).toBe('estate.yaml');
  });

  it('exits 0 for an estate without findings at the threshold, 1 when --fail-severity reaches them', () => {
    const dir = fixtureProject();
    const files = ['estate/oms.openapi.yaml', 'estate/pricing.swagger.yaml', 'estate/pricing-events.asyncapi.yaml'];
    const clean = runCli(['catalog', ...files, '--out', 'out'], { cwd: dir });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('estate findings: 0 errors, 0 warnings, 1 info');
    expect(runCli(['catalog', ...files, '--out', 'out', '--fail-severity', 'info'], { cwd: dir }).status).toBe(1);
  });

  it('gives the same catalog with worker threads as in process', () => {
    const dir = tempProject({ 'apigov.yaml': STARTER_CONFIG });
    for (const [file, text] of generateEstate(24, 7)) writeFiles(dir, { [path.join('contracts', file)]: text });
    const one = runCli(['catalog', 'contracts', '--out', 'one', '--jobs', '1'], { cwd: dir, env: EPOCH });
    const two = runCli(['catalog', 'contracts', '--out', 'two', '--jobs', '2'], { cwd: dir, env: EPOCH });
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(two.status).toBe(one.status);
    const catalog = readCatalog(path.join(dir, 'one'));
    expectValidCatalog(catalog);
    expect(catalog.apis).toHaveLength(24);
    expect(fs.readFileSync(path.join(dir, 'two', 'catalog.json'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'one', 'catalog.json'), 'utf8'));
  }, 180_000);

  it('creates a new output folder whose parent exists, and refuses one whose parent does not', () => {
    const dir = fixtureProject();
    expect(runCli(['catalog', 'estate', '--out', 'fresh'], { cwd: dir }).status).toBe(1);
    expect(fs.existsSync(path.join(dir, 'fresh', 'catalog.json'))).toBe(true);
    const missing = runCli(['catalog', 'estate', '--out', 'no/such/folder'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`apigov: ${path.join('no', 'such', 'folder')}: output folder does not exist, and neither does its parent ${path.join('no', 'such')}\n`);
    fs.writeFileSync(path.join(dir, 'afile'), 'x');
    expect(runCli(['catalog', 'estate', '--out', 'afile'], { cwd: dir }).stderr).toBe('apigov: afile: the output path exists and is not a folder\n');
    expect(runCli(['catalog', 'estate'], { cwd: dir }).stderr).toBe('apigov: apigov catalog needs --out <dir> (or catalog.out in apigov.yaml)\n');
  });

  it('exits 2 on usage errors: formats, jobs, estate config, previous catalog, unknown checks', () => {
    const dir = fixtureProject();
    const run = (...args: string[]) => runCli(['catalog', 'estate', '--out', 'out', ...args], { cwd: dir });
    const format = run('--format', 'json,pdf');
    expect([format.status, format.stderr]).toEqual([2, 'apigov: --format: unknown or unavailable format "pdf" (available: json, md, html, backstage)\n']);
    expect(run('--jobs', '0').stderr).toBe('apigov: --jobs must be a whole number of at least 1, got "0"\n');
    writeFiles(dir, { 'bad-estate.yaml': 'teams:\n  - id: team-a\n    colour: red\n' });
    expect(run('--estate-config', 'bad-estate.yaml').stderr).toBe('apigov: bad-estate.yaml:3: unknown key "teams.0.colour"\n');
    expect(run('--estate-config', 'nope.yaml').stderr).toBe('apigov: nope.yaml: estate config not found\n');
    expect(run('--previous', 'old/catalog.json').stderr).toBe(`apigov: ${path.join('old', 'catalog.json')}: previous catalog not found\n`);
    writeFiles(dir, { 'apigov.yaml': STARTER_CONFIG + 'catalog:\n  checks:\n    estate-sor-conflicts: off\n' });
    const unknown = run();
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^apigov: catalog\.checks: unknown estate check "estate-sor-conflicts" \(known: estate-sor-conflict, /);
    for (const result of [format, unknown]) expect(hasStackTrace(result.stderr)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('switches checks off and changes their severity from apigov.yaml', () => {
    const dir = fixtureProject();
    writeFiles(dir, { 'apigov.yaml': STARTER_CONFIG + 'catalog:\n  checks:\n    estate-orphan-consumed-event: warn\n    estate-sor-missing: off\n' });
    const result = runCli(['catalog', 'estate', '--out', 'out'], { cwd: dir });
    expect(result.status).toBe(0);
    const catalog = readCatalog(path.join(dir, 'out'));
    expect(catalog.estateFindings.map((f: { ruleId: string; severity: string }) => `${f.severity} ${f.ruleId}`)).toEqual(['warn estate-orphan-consumed-event', 'info estate-unconsumed-event']);
  });

  it('writes nothing when a contract cannot be read, leaving the previous catalog whole', () => {
    const dir = fixtureProject();
    expect(runCli(['catalog', 'estate', '--out', 'out'], { cwd: dir }).status).toBe(1);
    const before = fs.readFileSync(path.join(dir, 'out', 'catalog.json'), 'utf8');
    writeFiles(dir, { 'estate/broken.openapi.yaml': 'openapi: 3.1.0\ninfo: {title: x, version: 1.0.0\npaths: {}\n' });
    const result = runCli(['catalog', 'estate', '--out', 'out'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^apigov: estate\/broken\.openapi\.yaml:\d+: /);
    expect(fs.readFileSync(path.join(dir, 'out', 'catalog.json'), 'utf8')).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['catalog-info.yaml', 'catalog.html', 'catalog.json', 'catalog.md']);
  });

  it('replaces the catalog atomically and leaves no temporary files', () => {
    const dir = fixtureProject();
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out', 'catalog.json'), 'x'.repeat(1_000_000));
    expect(runCli(['catalog', 'estate', '--out', 'out'], { cwd: dir }).status).toBe(1);
    expectValidCatalog(readCatalog(path.join(dir, 'out')));
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['catalog-info.yaml', 'catalog.html', 'catalog.json', 'catalog.md']);
  });

  it('compares with --previous and reports the change', () => {
    const dir = fixtureProject();
    runCli(['catalog', 'estate', '--out', 'first'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1770000000' } });
    writeFiles(dir, { 'estate/extra.yaml': openApi({ apiId: 'retail-extra' }, { servers: ['http://extra.acme.example/v1'] }) });
    const result = runCli(['catalog', 'estate', '--out', 'second', '--previous', 'first/catalog.json'], { cwd: dir, env: EPOCH });
    expect(result.stdout).toMatch(/since 2026-02-02T02:40:00\.000Z: score -\d+(\.\d)?, 2 new and 0 fixed findings, 0 breaking changes/);
    const catalog = readCatalog(path.join(dir, 'second'));
    expectValidCatalog(catalog);
    expect(catalog.history).toHaveLength(1);
  });

  it('exits 2 when no contract is found', () => {
    const dir = tempProject({ 'notes.yaml': 'hello: world\n' });
    expect(runCli(['catalog', '.', '--out', 'out'], { cwd: dir }).stderr).toBe('apigov: no OpenAPI or AsyncAPI contracts found in .\n');
  });
});
