import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, runCli, tempProject } from '../helpers.js';

const API = `openapi: 3.0.3
info:
  title: Orders
  version: v1
  x-owner: team-orders
paths: {}
`;

function waivers(expires: string, extra = ''): string {
  return `waivers:
  - rule: version-semver
    files: 'contracts/*.yaml'
    pointer: /info/version
    reason: The gateway still routes on the legacy version string until the OMS cut-over.
    approvedBy: api-board
    expires: ${expires}
${extra}`;
}

function lint(dir: string, today: string, ...args: string[]) {
  const result = runCli(['lint', 'contracts', '-f', 'json', ...args], { cwd: dir, env: { APIGOV_NOW: today } });
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('waivers', () => {
  it('suppress a finding until they expire, then the finding counts again and the waiver is reported', () => {
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'contracts/orders.yaml': API, 'apigov-waivers.yaml': waivers('2026-12-31') });
    const before = lint(dir, '2026-12-31T12:00:00Z');
    expect(before.status).toBe(0);
    expect(before.report.summary.error).toBe(0);
    expect(before.report.findings).toEqual([
      expect.objectContaining({ ruleId: 'version-semver', waived: { kind: 'waiver', reason: expect.stringContaining('gateway'), approvedBy: 'api-board', expires: '2026-12-31' } }),
    ]);
    const after = lint(dir, '2027-01-01T00:00:00Z');
    expect(after.status).toBe(1);
    const ids = after.report.findings.map((f: { ruleId: string; file: string; pointer: string }) => `${f.ruleId} ${f.file} ${f.pointer}`).sort();
    expect(ids).toEqual(['version-semver contracts/orders.yaml /info/version', 'waiver-expired apigov-waivers.yaml /waivers/0']);
  });

  it('shows waived findings as suppressed in SARIF and only counts them in stylish', () => {
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'contracts/orders.yaml': API, 'apigov-waivers.yaml': waivers('2027-01-31') });
    const sarif = JSON.parse(runCli(['lint', 'contracts', '-f', 'sarif'], { cwd: dir, env: { APIGOV_NOW: '2026-11-27' } }).stdout);
    expect(sarif.runs[0].results[0].suppressions[0]).toMatchObject({ kind: 'external', justification: expect.stringContaining('approved by api-board until 2027-01-31') });
    const stylish = runCli(['lint', 'contracts'], { cwd: dir, env: { APIGOV_NOW: '2026-11-27' } }).stdout;
    expect(stylish).toMatch(/No problems in 1 file; 1 waived/);
  });

  it('reports a waiver that matches nothing as stale', () => {
    const stale = `  - rule: owner-team
    files: contracts/orders.yaml
    reason: Owner will be assigned after the re-organisation.
    approvedBy: api-board
    expires: 2027-06-30
`;
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'contracts/orders.yaml': API, 'apigov-waivers.yaml': waivers('2027-01-31', stale) });
    const result = lint(dir, '2026-11-27');
    expect(result.report.findings.map((f: { ruleId: string; pointer: string; line: number }) => `${f.ruleId} ${f.pointer} ${f.line}`)).toEqual(
      expect.arrayContaining(['waiver-stale /waivers/1 8']),
    );
  });

  it('refuses an invalid entry with exit 2, naming the entry and line', () => {
    const bad = `waivers:
  - rule: version-semver
    files: contracts/*.yaml
    approvedBy: api-board
    expires: 2027-01-31
`;
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'contracts/orders.yaml': API, 'apigov-waivers.yaml': bad });
    const result = lint(dir, '2026-11-27');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('apigov: apigov-waivers.yaml:2: waivers[0] is missing "reason"');
  });
});

describe('inline ignores', () => {
  const withIgnore = (entry: string) => `openapi: 3.0.3
info:
  title: Orders
  version: v1
  x-owner: team-orders
x-apigov-ignore:
${entry}
paths: {}
`;

  it('suppress the rule on the node and below, with the reason shown in JSON', () => {
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'contracts/orders.yaml': withIgnore('  - rule: version-semver\n    reason: Versioned by the API gateway, not by semver.\n') });
    const result = lint(dir, '2026-11-27');
    expect(result.status).toBe(0);
    expect(result.report.findings[0]).toMatchObject({ ruleId: 'version-semver', waived: { kind: 'inline', reason: 'Versioned by the API gateway, not by semver.' } });
  });

  it('without a reason are rejected: reported, and they ignore nothing', () => {
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'contracts/orders.yaml': withIgnore('  - rule: version-semver\n') });
    const result = lint(dir, '2026-11-27');
    expect(result.status).toBe(1);
    expect(result.report.findings.map((f: { ruleId: string; pointer: string }) => `${f.ruleId} ${f.pointer}`).sort()).toEqual([
      'version-semver /info/version',
      'waiver-inline-invalid /x-apigov-ignore/0',
    ]);
  });
});

describe('waivers for breaking changes', () => {
  const v = (version: string, extra: string) => `openapi: 3.0.3
info: {title: Orders, version: ${version}}
paths:
  /orders:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {orderId: {type: string}${extra}}}
`;

  it('an approved change by check id and fingerprint passes the gate, reported as waived', () => {
    const dir = tempProject({ 'base.yaml': v('1.0.0', ', total: {type: string}'), 'contracts/orders.yaml': v('1.1.0', '') });
    const first = runCli(['diff', 'base.yaml', 'contracts/orders.yaml', '-f', 'json'], { cwd: dir });
    expect(first.status).toBe(1);
    const change = JSON.parse(first.stdout).changes.find((c: { checkId: string }) => c.checkId === 'response-property-removed');
    const waiver = `waivers:
  - rule: response-property-removed
    files: contracts/*.yaml
    fingerprint: ${change.fingerprint}
    reason: The POS app stopped reading total in 4.2; confirmed with the store-app team.
    approvedBy: api-board
    expires: 2027-01-31
`;
    const dir2 = tempProject({ 'base.yaml': v('1.0.0', ', total: {type: string}'), 'contracts/orders.yaml': v('1.1.0', ''), 'apigov-waivers.yaml': waiver });
    const waived = runCli(['diff', 'base.yaml', 'contracts/orders.yaml', '-f', 'json'], { cwd: dir2, env: { APIGOV_NOW: '2026-11-27' } });
    expect(waived.status).toBe(0);
    const report = JSON.parse(waived.stdout);
    expect(report.breaking).toBe(false);
    expect(report.changes.find((c: { checkId: string }) => c.checkId === 'response-property-removed').waived).toMatchObject({ kind: 'waiver', approvedBy: 'api-board' });
    const expired = runCli(['diff', 'base.yaml', 'contracts/orders.yaml', '-f', 'json'], { cwd: dir2, env: { APIGOV_NOW: '2027-02-01' } });
    expect(expired.status).toBe(1);
    expect(expired.stderr).toMatch(/apigov-waivers\.yaml:2: waiver for response-property-removed .* expired on 2027-01-31/);
  });
});
