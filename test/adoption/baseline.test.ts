import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, runCli, tempProject, writeFiles } from '../helpers.js';

// Two known violations (version-semver at /info/version, owner-team at /info) from the minimal test
// ruleset, plus a custom rule that flags operations by operationId, so anchors can be tested.
const RULES = `extends: [./rules.yaml]
`;
const customRuleset = `${MINIMAL_CONFIG.trim()}
rules:
  op-no-summary:
    description: operations have a summary
    message: "{{error}}"
    severity: error
    given: "$.paths[*][get,post]"
    then: {field: summary, function: truthy}
`;

function api(version: string, paths: string): string {
  return `openapi: 3.0.3
info:
  title: Orders
  version: ${version}
paths:
${paths}`;
}

const twoOps = `  /orders:
    get:
      operationId: listOrders
      responses: {'200': {description: ok}}
    post:
      operationId: placeOrder
      responses: {'201': {description: ok}}
`;

function lintJson(dir: string, ...args: string[]) {
  const result = runCli(['lint', 'api.yaml', '-f', 'json', ...args], { cwd: dir });
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('baseline', () => {
  it('round trip: record, only a new violation fails, a fix is stale, a moved or renamed node still matches', () => {
    const dir = tempProject({ 'apigov.yaml': RULES, 'rules.yaml': customRuleset, 'api.yaml': api('v1', twoOps) });
    // record: 2 missing summaries + owner-team + version-semver
    const record = runCli(['lint', 'api.yaml', '--update-baseline'], { cwd: dir });
    expect(record.status).toBe(0);
    expect(record.stderr).toMatch(/baseline apigov-baseline\.json records 4 findings in 4 entries/);
    const baselineText = fs.readFileSync(path.join(dir, 'apigov-baseline.json'), 'utf8');
    const baseline = JSON.parse(baselineText);
    expect(baseline.entries.map((e: { ruleId: string; pointer: string }) => `${e.ruleId} ${e.pointer}`)).toEqual([
      'op-no-summary /paths/~1orders/get',
      'op-no-summary /paths/~1orders/post',
      'owner-team /info',
      'version-semver /info/version',
    ]);
    expect(baseline.entries[0].anchor).toBe('op:listOrders');
    expect(baselineText).not.toMatch(/\d{4}-\d{2}-\d{2}T/); // no timestamps

    // unchanged: nothing new, exit 0
    expect(lintJson(dir).status).toBe(0);

    // a new operation without summary: only it is reported
    writeFiles(dir, { 'api.yaml': api('v1', twoOps + `  /orders/{orderId}:\n    get:\n      operationId: getOrder\n      responses: {'200': {description: ok}}\n`) });
    const withNew = lintJson(dir);
    expect(withNew.status).toBe(1);
    expect(withNew.report.findings.map((f: { ruleId: string; pointer: string }) => `${f.ruleId} ${f.pointer}`)).toEqual(['op-no-summary /paths/~1orders~1{orderId}/get']);

    // fix one (semver) and rename the path (/orders -> /v1/orders) and reorder: still matched by operationId; the fix is stale
    writeFiles(dir, { 'api.yaml': api('1.0.0', `  /v1/orders:\n    post:\n      operationId: placeOrder\n      responses: {'201': {description: ok}}\n    get:\n      operationId: listOrders\n      responses: {'200': {description: ok}}\n`) });
    const fixed = lintJson(dir);
    expect(fixed.status).toBe(0);
    expect(fixed.report.findings).toEqual([]);
    expect(fixed.stderr).toMatch(/1 baseline entries are fixed \(stale\)/);
    expect(fixed.stderr).toMatch(/api\.yaml version-semver \/info\/version/);

    // --update-baseline removes the stale entry and follows the rename
    expect(runCli(['lint', 'api.yaml', '--update-baseline'], { cwd: dir }).stderr).toMatch(/1 fixed removed/);
    const updated = JSON.parse(fs.readFileSync(path.join(dir, 'apigov-baseline.json'), 'utf8'));
    expect(updated.entries.map((e: { ruleId: string; pointer: string }) => `${e.ruleId} ${e.pointer}`)).toEqual([
      'op-no-summary /paths/~1v1~1orders/get',
      'op-no-summary /paths/~1v1~1orders/post',
      'owner-team /info',
    ]);
  });

  it('still matches when lines move', () => {
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'api.yaml': api('v1', twoOps) });
    runCli(['lint', 'api.yaml', '--update-baseline'], { cwd: dir });
    writeFiles(dir, { 'api.yaml': '# a comment\n# that moves every line\n\n' + api('v1', twoOps) });
    expect(lintJson(dir).status).toBe(0);
  });

  it('is ignored with --no-baseline, and a named missing baseline is an input error', () => {
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'api.yaml': api('v1', twoOps) });
    runCli(['lint', 'api.yaml', '--update-baseline'], { cwd: dir });
    expect(lintJson(dir, '--no-baseline').status).toBe(1);
    const missing = runCli(['lint', 'api.yaml', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^apigov: nope\.json: baseline file not found/);
  });

  it('refuses a corrupted baseline with exit 2', () => {
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'api.yaml': api('v1', twoOps), 'apigov-baseline.json': '{"version": 1, "entries": [{"file": "api.yaml"}]}' });
    const result = runCli(['lint', 'api.yaml'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/apigov-baseline\.json: baseline does not match its schema/);
  });
});
