/**
 * `apigov check --base REF` in a temporary git repository: one exit code for new lint findings,
 * breaking changes (naming the teams that consume them), new estate problems and change freezes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, PROJECT_ROOT, runCli, tempProject, writeFiles } from '../helpers.js';

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
}

/** A repository holding the example estate (well governed: no errors), committed once. */
function estateRepo(extra: Record<string, string> = {}): string {
  const dir = tempProject();
  fs.rmSync(path.join(dir, '.git'), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.email', 'ci@example.com');
  git(dir, 'config', 'user.name', 'ci');
  for (const file of fs.readdirSync(path.join(PROJECT_ROOT, 'examples')).filter((f) => /\.ya?ml$/.test(f))) {
    writeFiles(dir, { [`contracts/${file}`]: fs.readFileSync(path.join(PROJECT_ROOT, 'examples', file), 'utf8') });
  }
  writeFiles(dir, extra);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(full, after);
}

function commit(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

function check(dir: string, ...args: string[]) {
  const result = runCli(['check', '--base', 'HEAD~1', 'contracts', '-f', 'json', ...args], { cwd: dir, env: { APIGOV_NOW: '2026-06-15' } });
  expect(hasStackTrace(result.stderr)).toBe(false);
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}

const POS = 'contracts/pos-store-events.asyncapi.yaml';

/** One violation (a `custNo` synonym) and one breaking change (an optional property made required), with the major bumped. */
function violationAndBreakingChange(text: string): string {
  return text
    .replace("        customerId: { type: string, format: uuid, maxLength: 36 }\n", "        customerId: { type: string, format: uuid, maxLength: 36 }\n        custNo: { type: string, maxLength: 20 }\n")
    .replace('required: [saleId, storeId, terminalId, receiptNumber, businessDate, lines, saleTotal, taxTotal, completedAt]', 'required: [saleId, storeId, terminalId, receiptNumber, businessDate, lines, saleTotal, taxTotal, completedAt, customerId]')
    .replace(/^(  version: )1\.\d+\.\d+$/m, '$12.0.0');
}

describe('apigov check', () => {
  it('fails a commit that adds one violation and one breaking change, with exactly those two', () => {
    const dir = estateRepo();
    edit(dir, POS, violationAndBreakingChange);
    commit(dir, 'change');
    const { status, report } = check(dir);
    expect(status).toBe(1);
    expect(report.contracts.map((c: { path: string }) => c.path)).toEqual([POS]);
    const [pos] = report.contracts;
    expect(pos.newFindings.filter((f: { severity: string }) => f.severity === 'error').map((f: { ruleId: string; pointer: string }) => `${f.ruleId} ${f.pointer}`)).toEqual([
      'ids-canonical-names /components/schemas/SaleCompletedData/properties/custNo',
    ]);
    expect(pos.changes.filter((c: { level: string }) => c.level === 'breaking').map((c: { checkId: string }) => c.checkId)).toEqual(['sent-message-property-became-required']);
    expect(report.reasons).toEqual(['1 new lint finding at or above error', '1 breaking change']);
  });

  it('passes a commit that only touches contracts with legacy violations already present', () => {
    const legacy = fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'bad', 'webshop-legacy.openapi.yaml'), 'utf8');
    const dir = estateRepo({ 'contracts/legacy/webshop.yaml': legacy });
    edit(dir, 'contracts/legacy/webshop.yaml', (t) => t.replace(/^(info:\n(?:.*\n)*?  title: )(.*)$/m, '$1$2 (legacy)'));
    commit(dir, 'retitle');
    const { status, report } = check(dir);
    expect(report.reasons).toEqual([]);
    expect(status).toBe(0);
    expect(report.contracts).toHaveLength(1);
    expect(report.contracts[0].newFindings).toEqual([]);
  });

  it('names every consumer of an event a breaking change affects', () => {
    // a second consumer of the POS sale-completed event, owned by another team
    const consumer = fs
      .readFileSync(path.join(PROJECT_ROOT, 'examples', 'order-inventory-events.asyncapi.yaml'), 'utf8')
      .replace(/x-api-id: [\w-]+/, 'x-api-id: retail-finance-settlement-events')
      .replace(/x-owner: [\w-]+/, 'x-owner: team-finance')
      .replace(/x-system: [\w-]+/, 'x-system: finance-hub');
    const dir = estateRepo({ 'contracts/finance-settlement.asyncapi.yaml': consumer });
    edit(dir, POS, violationAndBreakingChange);
    commit(dir, 'change');
    const { report } = check(dir);
    const breaking = report.contracts[0].changes.find((c: { level: string }) => c.level === 'breaking');
    expect(breaking.consumers.map((c: { apiId: string; owner: string }) => `${c.apiId} ${c.owner}`)).toEqual([
      'retail-finance-settlement-events team-finance',
      'retail-order-inventory-events team-fulfilment-integration',
    ]);
    const markdown = runCli(['check', '--base', 'HEAD~1', 'contracts', '-f', 'markdown'], { cwd: dir, env: { APIGOV_NOW: '2026-06-15' } }).stdout;
    expect(markdown).toMatch(/\| retail-finance-settlement-events \(team-finance\), retail-order-inventory-events \(team-fulfilment-integration\) \|/);
  });

  it('fails any breaking change during a freeze window covering today, not in one that is over', () => {
    const freeze = (from: string, to: string) => `freeze:\n  - from: ${from}\n    to: ${to}\n    reason: Peak trading\n`;
    const waiveBreaking = `waivers:
  - rule: sent-message-property-became-required
    files: contracts/*.yaml
    reason: Every consumer already sends customerId (checked with both teams).
    approvedBy: api-board
    expires: 2027-01-31
`;
    const during = estateRepo({ 'apigov.yaml': freeze('2026-06-01', '2026-06-30'), 'apigov-waivers.yaml': waiveBreaking });
    edit(during, POS, (t) => violationAndBreakingChange(t).replace("        custNo: { type: string, maxLength: 20 }\n", ''));
    commit(during, 'change');
    // the breaking change itself is waived, but the freeze is not: the gate fails on the freeze alone
    const frozen = check(during);
    expect(frozen.status).toBe(1);
    expect(frozen.report.reasons).toEqual(['1 change blocked by a change freeze']);
    expect(frozen.report.freeze[0]).toMatchObject({ ruleId: 'freeze-breaking-change', file: POS, window: { reason: 'Peak trading' } });

    const after = estateRepo({ 'apigov.yaml': freeze('2025-11-15', '2026-01-05'), 'apigov-waivers.yaml': waiveBreaking });
    edit(after, POS, (t) => violationAndBreakingChange(t).replace("        custNo: { type: string, maxLength: 20 }\n", ''));
    commit(after, 'change');
    const open = check(after);
    expect(open.report.freeze).toEqual([]);
    expect(open.status).toBe(0);
  });

  it('freezes any change to a production contract when the window says so, unless a waiver approves it', () => {
    const config = 'freeze:\n  - from: 2026-06-01\n    to: 2026-06-30\n    reason: Stocktake\n    production: true\n';
    const dir = estateRepo({ 'apigov.yaml': config });
    edit(dir, 'contracts/loyalty.openapi.yaml', (t) => t.replace(/^(info:\n(?:.*\n)*?  title: )(.*)$/m, '$1$2 '));
    commit(dir, 'touch');
    const frozen = check(dir);
    expect(frozen.report.freeze.map((f: { ruleId: string }) => f.ruleId)).toEqual(['freeze-production-change']);
    expect(frozen.status).toBe(1);
    writeFiles(dir, { 'apigov-waivers.yaml': 'waivers:\n  - rule: freeze-production-change\n    files: contracts/loyalty.openapi.yaml\n    reason: Title typo fix approved by the stocktake lead.\n    approvedBy: ops-board\n    expires: 2026-06-30\n' });
    const approved = check(dir);
    expect(approved.report.freeze[0].waived).toMatchObject({ approvedBy: 'ops-board' });
    expect(approved.status).toBe(0);
  });

  it('reports only the estate problems the change introduces, and validates as SARIF', () => {
    const dir = estateRepo();
    // the example estate already has one orphan (payment-captured); consuming a second unknown type adds another
    edit(dir, 'contracts/order-inventory-events.asyncapi.yaml', (t) => t.replace('type: { type: string, const: com.acme.payment.payment-captured.v1 }', 'type: { type: string, const: com.acme.payment.payment-refunded.v1 }'));
    commit(dir, 'consume a refund event nobody sends');
    const { report } = check(dir);
    const orphans = report.estateFindings.filter((f: { ruleId: string }) => f.ruleId === 'estate-orphan-consumed-event');
    expect(orphans.map((f: { message: string }) => f.message)).toEqual([expect.stringContaining('com.acme.payment.payment-refunded.v1')]);
    const sarif = JSON.parse(runCli(['check', '--base', 'HEAD~1', 'contracts', '-f', 'sarif'], { cwd: dir, env: { APIGOV_NOW: '2026-06-15' } }).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'estate-orphan-consumed-event')).toBe(true);
    const github = runCli(['check', '--base', 'HEAD~1', 'contracts', '-f', 'github'], { cwd: dir, env: { APIGOV_NOW: '2026-06-15' } }).stdout;
    expect(github).toMatch(/^::error file=contracts\/order-inventory-events\.asyncapi\.yaml,.*title=estate-orphan-consumed-event::/m);
  });

  it('refuses a malicious ref without running anything', () => {
    const dir = estateRepo();
    const marker = path.join(dir, 'pwned');
    const result = runCli(['check', '--base', `HEAD;touch ${marker}`, 'contracts'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not a valid git ref/);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('waives an approved removal of a contract, as apigov diff does', () => {
    const removal = (waivers: string) => {
      const dir = estateRepo(waivers === '' ? {} : { 'apigov-waivers.yaml': waivers });
      fs.rmSync(path.join(dir, 'contracts/pricing.swagger.yaml'));
      commit(dir, 'retire the pricing API');
      const { report } = check(dir);
      const removed = report.contracts.find((c: { path: string }) => c.path === 'contracts/pricing.swagger.yaml');
      return { report, change: removed.changes.find((c: { checkId: string }) => c.checkId === 'contract-removed') };
    };
    const unwaived = removal('');
    expect(unwaived.change.level).toBe('breaking');
    expect(unwaived.change.waived).toBeUndefined();
    expect(unwaived.report.reasons).toContain('1 breaking change');
    const waived = removal('waivers:\n  - rule: contract-removed\n    files: contracts/pricing.swagger.yaml\n    reason: Pricing moved to the new price engine; every consumer migrated.\n    approvedBy: architecture-board\n    expires: 2026-12-31\n');
    expect(waived.change.waived).toMatchObject({ reason: 'Pricing moved to the new price engine; every consumer migrated.' });
    expect(waived.report.reasons.some((r: string) => r.includes('breaking'))).toBe(false);
  });
});

