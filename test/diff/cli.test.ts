/**
 * `apigov diff` as a user runs it: exit codes, files and `REF:path` from a real git repository made
 * by the test, refused refs, `--base` with a rename, a deletion and an addition, and every format.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { hasStackTrace, PROJECT_ROOT, runCli, tempProject, writeFiles } from '../helpers.js';

type AjvLike = { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as new (options: object) => AjvLike;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: AjvLike) => void;

/** The CLI runs from dist/: rebuild when a source file is newer than the build. */
beforeAll(() => {
  const newest = (dir: string): number => Math.max(0, ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)));
  const built = path.join(PROJECT_ROOT, 'dist', 'cli', 'diff.js');
  if (!fs.existsSync(built) || newest(path.join(PROJECT_ROOT, 'src')) > fs.statSync(built).mtimeMs) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(PROJECT_ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  }
}, 120_000);

const orders = (version: string, props = "        giftMessage: {type: string}\n", required = '[orderId]') => `openapi: 3.0.3
info: {title: Orders, version: ${version}}
paths:
  /orders/{orderId}:
    get:
      operationId: getOrder
      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: The order
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Order'}
components:
  schemas:
    Order:
      type: object
      required: ${required}
      properties:
        orderId: {type: string}
${props}`;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=apigov test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function repo(files: Record<string, string>): string {
  const dir = tempProject();
  fs.rmSync(path.join(dir, '.git'), { recursive: true });
  git(dir, 'init', '-q');
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

describe('apigov diff: files and exit codes', () => {
  it('exits 0 when nothing breaks, and says so', () => {
    const dir = tempProject({ 'a.yaml': orders('1.0.0'), 'b.yaml': orders('1.1.0', "        giftMessage: {type: string}\n        note: {type: string}\n") });
    const result = runCli(['diff', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('a.yaml → b.yaml');
    expect(result.stdout).toContain('0 breaking changes');
  });

  it('exits 1 on a breaking change, grouped under its operation with both locations', () => {
    const dir = tempProject({ 'a.yaml': orders('1.0.0'), 'b.yaml': orders('2.0.0', '') });
    const result = runCli(['diff', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/GET \/orders\/\{orderId\}\n\s+✖ breaking\s+response 200 \(application\/json\) 'giftMessage': property removed\s+response-property-removed/);
    expect(result.stdout).toContain('base a.yaml:21');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('fails on an insufficient version bump unless --no-version-check; --fail-on none never fails', () => {
    const dir = tempProject({ 'a.yaml': orders('1.0.0'), 'b.yaml': orders('1.0.1', '') });
    expect(runCli(['diff', 'a.yaml', 'b.yaml'], { cwd: dir }).stdout).toMatch(/need a major version bump \(at least 2\.0\.0\), but 1\.0\.0 → 1\.0\.1 is a patch bump/);
    const lowered = ['--config', 'apigov.yaml'];
    writeFiles(dir, { 'apigov.yaml': 'diff:\n  checks:\n    response-property-removed: warning\n' });
    expect(runCli(['diff', 'a.yaml', 'b.yaml', ...lowered], { cwd: dir }).status).toBe(1);
    expect(runCli(['diff', 'a.yaml', 'b.yaml', ...lowered, '--no-version-check'], { cwd: dir }).status).toBe(0);
    expect(runCli(['diff', 'a.yaml', 'b.yaml', ...lowered, '--no-version-check', '--fail-on', 'warning'], { cwd: dir }).status).toBe(1);
    expect(runCli(['diff', 'a.yaml', 'b.yaml', '--fail-on', 'none'], { cwd: dir }).status).toBe(0);
  });

  it('exits 2 with one clear line on input errors', () => {
    const dir = tempProject({ 'a.yaml': orders('1.0.0'), 'broken.yaml': 'openapi: 3.0.3\ninfo: [\n', 'events.yaml': 'asyncapi: 3.0.0\ninfo: {title: e, version: 1.0.0}\n', 'bad.yaml': 'diff:\n  checks:\n    no-such-check: off\n' });
    const cases: Array<[string[], RegExp]> = [
      [['diff', 'a.yaml', 'missing.yaml'], /missing\.yaml: (file not found|no such file)/],
      [['diff', 'a.yaml', 'broken.yaml'], /broken\.yaml:\d+: invalid YAML/],
      [['diff', 'a.yaml', 'events.yaml'], /cannot compare an OpenAPI contract .* with an AsyncAPI contract/],
      [['diff', 'a.yaml'], /needs exactly two contracts/],
      [['diff', 'a.yaml', 'a.yaml', '--config', 'bad.yaml'], /unknown check "no-such-check"/],
      [['diff', 'a.yaml', 'a.yaml', '--format', 'yaml'], /invalid/i],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args, { cwd: dir });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
  });

  it('writes --output atomically and nothing to stdout', () => {
    const dir = tempProject({ 'a.yaml': orders('1.0.0'), 'b.yaml': orders('2.0.0', '') });
    const result = runCli(['diff', 'a.yaml', 'b.yaml', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).breaking).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('apigov diff: git', () => {
  it('reads REF:path from git, with $refs from the same commit', () => {
    const dir = repo({
      'api/orders.yaml': orders('1.0.0').replace("schema: {$ref: '#/components/schemas/Order'}", "schema: {$ref: 'schemas/order.yaml'}"),
      'api/schemas/order.yaml': 'type: object\nproperties:\n  orderId: {type: string}\n  total: {type: number}\n',
    });
    // the working tree drops `total` from the referenced file only
    writeFiles(dir, { 'api/schemas/order.yaml': 'type: object\nproperties:\n  orderId: {type: string}\n' });
    const result = runCli(['diff', 'HEAD:api/orders.yaml', 'api/orders.yaml', '--format', 'json', '--no-version-check'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.changes.map((c: { checkId: string }) => c.checkId)).toEqual(['response-property-removed']);
    expect(report.changes[0].basePointer).toBe('api/schemas/order.yaml#/properties/total');
    // the same commit on both sides is no change; ./paths are relative to the working directory
    expect(runCli(['diff', 'HEAD:api/orders.yaml', 'HEAD~0:./orders.yaml'], { cwd: path.join(dir, 'api') }).status).toBe(0);
  });

  it('refuses refs that are not plain git refs, without running anything', () => {
    const dir = repo({ 'orders.yaml': orders('1.0.0') });
    const marker = path.join(dir, 'pwned');
    for (const ref of [`HEAD;touch ${marker}`, `$(touch ${marker})`, 'HEAD..main', `HEAD\`touch ${marker}\``, 'x -c core.pager=sh']) {
      const result = runCli(['diff', `${ref}:orders.yaml`, 'orders.yaml'], { cwd: dir });
      expect(result.status, ref).toBe(2);
      expect(result.stderr).toMatch(/is not a valid git ref/);
    }
    for (const ref of [`HEAD;touch ${marker}`, '-oops', '--output=/tmp/x']) {
      const base = runCli(['diff', `--base=${ref}`, '.'], { cwd: dir });
      expect(base.status, ref).toBe(2);
      expect(base.stderr).toMatch(/is not a valid git ref/);
    }
    expect(fs.existsSync(marker)).toBe(false);
    expect(runCli(['diff', 'nosuchbranch:orders.yaml', 'orders.yaml'], { cwd: dir }).stderr).toMatch(/unknown git ref "nosuchbranch"/);
    expect(runCli(['diff', 'HEAD:missing.yaml', 'orders.yaml'], { cwd: dir }).stderr).toMatch(/HEAD:missing\.yaml: not found at that commit/);
  });

  it('--base REF compares every contract under the paths, following renames, reporting added and removed contracts', () => {
    const dir = repo({
      'contracts/orders.yaml': orders('1.0.0'),
      'contracts/pricing.yaml': orders('3.0.0').replace('title: Orders', 'title: Pricing'),
      'contracts/stock.yaml': orders('1.0.0').replace('title: Orders', 'title: Stock'),
      'README.md': '# not a contract\n',
    });
    git(dir, 'mv', 'contracts/orders.yaml', 'contracts/order-management.yaml');
    writeFiles(dir, { 'contracts/order-management.yaml': orders('2.0.0', '') });
    fs.rmSync(path.join(dir, 'contracts/pricing.yaml'));
    writeFiles(dir, { 'contracts/loyalty.yaml': orders('1.0.0').replace('title: Orders', 'title: Loyalty') });
    const result = runCli(['diff', '--base', 'HEAD', 'contracts', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.contracts.map((c: { status: string; base: string | null; revision: string | null }) => [c.status, c.base, c.revision])).toEqual([
      ['added', null, path.join('contracts', 'loyalty.yaml')],
      ['renamed', 'HEAD:contracts/orders.yaml', path.join('contracts', 'order-management.yaml')],
      ['removed', 'HEAD:contracts/pricing.yaml', null],
      ['modified', 'HEAD:contracts/stock.yaml', path.join('contracts', 'stock.yaml')],
    ]);
    const byCheck = (id: string) => report.changes.filter((c: { checkId: string }) => c.checkId === id);
    expect(byCheck('response-property-removed')).toHaveLength(1);
    expect(byCheck('contract-removed')[0]).toMatchObject({ level: 'breaking', file: 'HEAD:contracts/pricing.yaml' });
    expect(report.changes.map((c: { checkId: string }) => c.checkId)).not.toContain('contract-added'); // info is hidden without --include-info
    const withInfo = JSON.parse(runCli(['diff', '--base', 'HEAD', 'contracts', '--format', 'json', '--include-info'], { cwd: dir }).stdout);
    expect(withInfo.changes.map((c: { checkId: string }) => c.checkId)).toContain('contract-added');
    expect(report.version).toEqual({ base: '*', revision: '*', requiredBump: 'major', ok: true });
  });

  it('--base REF: a waiver covers a removed contract like any other change (it is marked and does not fail the run)', () => {
    const dir = repo({ 'contracts/orders.yaml': orders('1.0.0'), 'contracts/pricing.yaml': orders('3.0.0').replace('title: Orders', 'title: Pricing') });
    fs.rmSync(path.join(dir, 'contracts/pricing.yaml'));
    const unwaived = runCli(['diff', '--base', 'HEAD', 'contracts', '--format', 'json'], { cwd: dir });
    expect(unwaived.status).toBe(1);
    writeFiles(dir, { 'apigov-waivers.yaml': 'waivers:\n  - rule: contract-removed\n    files: contracts/pricing.yaml\n    reason: Pricing moved to the commerce platform.\n    approvedBy: api-board\n    expires: 2999-01-01\n' });
    const result = runCli(['diff', '--base', 'HEAD', 'contracts', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.breaking).toBe(false);
    expect(report.changes.find((c: { checkId: string }) => c.checkId === 'contract-removed')).toMatchObject({ waived: { reason: 'Pricing moved to the commerce platform.' } });
    expect(report.version.requiredBump).toBe('none');
  });

  it('a directory that is not a git repository is an input error', () => {
    const dir = tempProject({ 'orders.yaml': orders('1.0.0') });
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    const result = runCli(['diff', '--base', 'HEAD', '.'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not inside a git repository/);
  });
});

describe('apigov diff: formats', () => {
  const hostile = (version: string, props: string) =>
    orders(version, props).replace('/orders/{orderId}', '/orders/{orderId}/x|y<script>');
  const setup = () => tempProject({ 'a.yaml': hostile('1.0.0', "        \"gift|Message<b>\\u001b[31m\": {type: string}\n        total: {type: number}\n"), 'b.yaml': hostile('2.0.0', '        total: {type: number}\n        tip: {type: number}\n') });

  it('json is exactly the specified shape plus fingerprint', () => {
    const result = runCli(['diff', 'a.yaml', 'b.yaml', '--format', 'json', '--include-info'], { cwd: setup() });
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['breaking', 'changes', 'version']);
    expect(report.breaking).toBe(true);
    expect(report.version).toEqual({ base: '1.0.0', revision: '2.0.0', requiredBump: 'major', ok: true });
    for (const change of report.changes) {
      expect(Object.keys(change).every((k) => ['checkId', 'level', 'message', 'operation', 'pointer', 'basePointer', 'revisionPointer', 'fingerprint'].includes(k))).toBe(true);
      expect(change.fingerprint).toMatch(/^[0-9a-f]{20}(:\d+)?$/);
    }
    const removed = report.changes.find((c: { checkId: string }) => c.checkId === 'response-property-removed');
    expect(removed).toMatchObject({ level: 'breaking', operation: 'GET /orders/{orderId}/x|y<script>', basePointer: '/components/schemas/Order/properties/gift|Message<b>\u001b[31m' });
    expect(removed.pointer).toBe(removed.basePointer);
  });

  it('text never prints control characters from the contract; colour only when forced', () => {
    const dir = setup();
    const plain = runCli(['diff', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(plain.stdout).not.toMatch(/\u001b/);
    expect(plain.stdout).toContain('\\x1b[31m');
    const coloured = runCli(['diff', 'a.yaml', 'b.yaml'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[31m✖ breaking/);
    expect(coloured.stdout).toContain('\\x1b[31m');
  });

  it('markdown is a changelog with escaped cells', () => {
    const result = runCli(['diff', 'a.yaml', 'b.yaml', '--format', 'markdown'], { cwd: setup() });
    expect(result.stdout).toMatch(/^## apigov diff\n\n❌ \*\*1 breaking change/);
    expect(result.stdout).toContain('#### Breaking changes (1)');
    expect(result.stdout).toContain('#### Additions (1)');
    expect(result.stdout).toContain('x\\|y&lt;script&gt;');
    expect(result.stdout).not.toContain('<script>');
    expect(result.stdout).not.toContain('<b>');
  });

  it('sarif validates against the SARIF 2.1.0 schema', () => {
    const result = runCli(['diff', 'a.yaml', 'b.yaml', '--format', 'sarif', '--include-info'], { cwd: setup() });
    const schema = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(result.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const breakingResult = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'response-property-removed');
    expect(breakingResult.level).toBe('error');
    expect(breakingResult.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 21 } });
    expect(breakingResult.partialFingerprints['apigovChange/v1']).toMatch(/^[0-9a-f]{20}/);
  });

  it('github workflow commands escape data and properties', () => {
    const result = runCli(['diff', 'a.yaml', 'b.yaml', '--format', 'github'], { cwd: setup() });
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=a\.yaml,line=21,col=\d+,title=response-property-removed \(breaking\)::GET \/orders/);
    expect(lines[0]).not.toMatch(/\u001b/);
  });

  it('junit is well-formed XML with a failing case per breaking change', () => {
    const result = runCli(['diff', 'a.yaml', 'b.yaml', '--format', 'junit', '--include-info'], { cwd: setup() });
    const parser = new SaxesParser();
    const cases: string[] = [];
    parser.on('opentag', (tag) => {
      if (tag.name === 'testcase') cases.push(String(tag.attributes.name));
    });
    parser.write(result.stdout).close();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatch(/^response-property-removed: /);
    expect(result.stdout).toContain('<system-out>');
  });
});

describe('apigov rules --diff and explain', () => {
  it('lists every check with its level, honouring apigov.yaml', () => {
    const dir = tempProject({ 'apigov.yaml': 'diff:\n  checks:\n    response-property-removed: warning\n    operation-id-changed: off\n' });
    const result = runCli(['rules', '--diff'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^response-property-removed\s+warning\s+schemas\s+Response data: a property was removed$/m);
    expect(result.stdout).not.toMatch(/^operation-id-changed /m);
    expect(result.stdout).toMatch(/\d{3} checks\. Details: apigov explain <check-id>/);
    const json = JSON.parse(runCli(['rules', '--diff', '--format', 'json', '--all'], { cwd: dir }).stdout);
    expect(json.checks.find((c: { id: string }) => c.id === 'operation-id-changed').level).toBe('off');
  });

  it('explain prints the page of a check', () => {
    const result = runCli(['explain', 'request-property-became-required']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('## Why it matters in retail');
  });
});
