import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, MINIMAL_CONFIG, minimalOpenApi, runCli, tempProject } from '../helpers.js';

const GOOD = minimalOpenApi(); // lacks x-owner: one owner-team error

describe('apigov lint: input errors are one line, exit 2, no stack trace', () => {
  const cases: Array<[string, Record<string, string | Buffer>, string[], RegExp]> = [
    ['missing file', {}, ['nope.yaml'], /^apigov: nope\.yaml: no such file or directory$/],
    ['a directory named like a file', { 'dir.yaml/.keep': '' }, ['dir.yaml/../dir.yaml'], /no OpenAPI or AsyncAPI contracts found/],
    ['invalid YAML', { 'api.yaml': 'openapi: 3.0.3\ninfo: [\n' }, ['api.yaml'], /^apigov: api\.yaml:3: invalid YAML: /],
    ['invalid JSON', { 'api.json': '{"openapi": "3.0.3",\n "info": }' }, ['api.json'], /^apigov: api\.json:2: invalid JSON: /],
    ['empty file', { 'api.yaml': '' }, ['api.yaml'], /^apigov: api\.yaml: file is empty$/],
    ['binary file', { 'api.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, ['api.yaml'], /^apigov: api\.yaml: binary content/],
    ['not a contract', { 'values.yaml': 'replicas: 3\n' }, ['values.yaml'], /^apigov: values\.yaml: not an OpenAPI or AsyncAPI document/],
    ['swagger 1.2', { 'api.yaml': 'swagger: "1.2"\ninfo: {title: t}\n' }, ['api.yaml'], /^apigov: api\.yaml: unsupported version swagger: "1\.2"/],
    ['openapi 4.0.0', { 'api.yaml': 'openapi: 4.0.0\ninfo: {title: t}\n' }, ['api.yaml'], /^apigov: api\.yaml: unsupported version openapi: "4\.0\.0"/],
    ['asyncapi 9.0.0', { 'api.yaml': 'asyncapi: 9.0.0\ninfo: {title: t}\n' }, ['api.yaml'], /^apigov: api\.yaml: unsupported version asyncapi: "9\.0\.0"/],
    ['over the size cap', { 'api.yaml': minimalOpenApi('x-pad: "' + 'a'.repeat(3000) + '"\n') }, ['api.yaml', '--max-file-size', '1KB'], /^apigov: api\.yaml: file is 3 KB, over the 1 KB limit/],
    [
      'YAML alias bomb',
      {
        'api.yaml':
          'openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths: {}\n' +
          ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`)].map((l) => 'x-' + l).join('\n') + '\n',
      },
      ['api.yaml'],
      /^apigov: api\.yaml: YAML aliases expand .* \(alias bomb\); refused$/,
    ],
    ['unknown option', {}, ['--frobnicate'], /unknown option '--frobnicate'/],
    ['bad --format', { 'api.yaml': GOOD }, ['api.yaml', '-f', 'xml'], /argument 'xml' is invalid/],
    ['bad --max-warnings', { 'api.yaml': GOOD }, ['api.yaml', '--max-warnings', 'many'], /--max-warnings must be a whole number/],
  ];
  it.each(cases)('%s', (_name, files, args, message) => {
    const dir = tempProject(files);
    const result = runCli(['lint', ...args], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')[0]).toMatch(message);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('lists every broken file, and writes no output file', () => {
    const dir = tempProject({ 'apis/a.yaml': 'openapi: 3.0.3\ninfo: [\n', 'apis/b.json': '{"openapi": ', 'apis/c.yaml': GOOD });
    const result = runCli(['lint', 'apis', '-o', 'report.json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    expect(fs.existsSync(path.join(dir, 'report.json'))).toBe(false);
  });

  it('refuses an output path in a missing folder before doing any work', () => {
    const dir = tempProject({ 'api.yaml': GOOD });
    const result = runCli(['lint', 'api.yaml', '-o', 'missing/report.json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^apigov: missing\/report\.json: output folder missing does not exist/);
  });

  it('names the bad key and line of an invalid apigov.yaml', () => {
    const dir = tempProject({ 'api.yaml': GOOD, 'apigov.yaml': 'extends: [apigov:retail]\nfailSeverity: warn\nrulez:\n  owner-team: off\n' });
    const result = runCli(['lint', 'api.yaml'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('apigov: apigov.yaml:3: unknown key "rulez"');
  });

  it('names a bad value in apigov.yaml', () => {
    const dir = tempProject({ 'api.yaml': GOOD, 'apigov.yaml': 'failSeverity: fatal\n' });
    const result = runCli(['lint', 'api.yaml'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('apigov: apigov.yaml:1: "failSeverity" must be one of "error", "warn", "info", "hint"');
  });
});

describe('apigov lint: results and exit codes', () => {
  it('exits 1 on errors, 0 when clean, and honours --fail-severity and --max-warnings', () => {
    const dir = tempProject({
      'api.yaml': GOOD,
      'apigov.yaml': 'extends: [apigov:structure]\nrules:\n  structure-ref-remote: warn\n',
      'remote.yaml': minimalOpenApi('components:\n  schemas:\n    A: {$ref: "https://example.com/a.yaml"}\n'),
    });
    expect(runCli(['lint', 'api.yaml'], { cwd: dir }).status).toBe(0);
    expect(runCli(['lint', 'remote.yaml'], { cwd: dir }).status).toBe(0);
    expect(runCli(['lint', 'remote.yaml', '--fail-severity', 'warn'], { cwd: dir }).status).toBe(1);
    expect(runCli(['lint', 'remote.yaml', '--max-warnings', '0'], { cwd: dir }).status).toBe(1);
    expect(runCli(['lint', 'remote.yaml', '--max-warnings', '1'], { cwd: dir }).status).toBe(0);
  });

  it('writes the JSON contract exactly, with positions', () => {
    const dir = tempProject({ 'apigov.yaml': MINIMAL_CONFIG, 'api.yaml': GOOD });
    const result = runCli(['lint', 'api.yaml', '-f', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['summary', 'findings']);
    expect(report.summary).toEqual({ files: 1, error: 1, warn: 0, info: 0, hint: 0 });
    expect(report.findings[0]).toMatchObject({ ruleId: 'owner-team', severity: 'error', file: 'api.yaml', pointer: '/info', line: 2, column: 1 });
    expect(Object.keys(report.findings[0])).toEqual(['ruleId', 'severity', 'message', 'file', 'pointer', 'line', 'column', 'docsUrl']);
  });

  it('writes --output atomically and leaves no temporary files', () => {
    const dir = tempProject({ 'api.yaml': GOOD, 'out/report.sarif': 'old' });
    const result = runCli(['lint', 'api.yaml', '-f', 'sarif', '-o', 'out/report.sarif'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['report.sarif']);
  });

  it('never colours with NO_COLOR or when piped, and colours with FORCE_COLOR', () => {
    const dir = tempProject({ 'api.yaml': GOOD });
    expect(runCli(['lint', 'api.yaml'], { cwd: dir }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['lint', 'api.yaml'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli(['lint', 'api.yaml', '--no-color'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('escapes control characters that come from a contract', () => {
    const dir = tempProject({ 'api.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1.0\\u001b[2J"}\npaths: {}\n' });
    const result = runCli(['lint', 'api.yaml'], { cwd: dir });
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toMatch(/\\(x1b|u001b)\[2J/);
  });

  it('scans the working directory when no path is given', () => {
    const dir = tempProject({ 'contracts/api.yaml': GOOD, 'contracts/values.yaml': 'a: 1\n' });
    const result = runCli(['lint', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
  });
});

describe('apigov rules and explain', () => {
  it('lists active rules with severity and formats', () => {
    const result = runCli(['rules', '-f', 'json']);
    expect(result.status).toBe(0);
    const { rules } = JSON.parse(result.stdout);
    const spec = rules.find((r: { id: string }) => r.id === 'structure-spec-schema');
    expect(spec).toMatchObject({ severity: 'error', enabled: true });
    expect(spec.formats.length).toBeGreaterThan(2);
  });

  it('prints a rule page, and refuses unknown ids with exit 2', () => {
    const ok = runCli(['explain', 'structure-spec-schema']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^# structure-spec-schema/);
    const bad = runCli(['explain', 'no-such-rule']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no rule or check named "no-such-rule"/);
  });

  it('prints help and version with exit 0', () => {
    expect(runCli(['--help']).status).toBe(0);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
