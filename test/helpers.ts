/** Test helpers: temporary project folders and the built CLI. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const hasCorpus = fs.existsSync(CORPUS);

/** A fresh folder with a .git marker, so it is its own project root. */
export function tempProject(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigov-test-'));
  fs.mkdirSync(path.join(dir, '.git'));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI (dist/) as a user would, without colour. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'apigov.js'), ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The smallest valid OpenAPI 3.0 document, as YAML text, with extra lines appended. */
export function minimalOpenApi(extra = ''): string {
  return `openapi: 3.0.3
info:
  title: Test
  version: 1.0.0
paths: {}
${extra}`;
}

/** No stack trace: no "    at " frames and no "Error:" class dumps. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /^\s+at /m.test(text);
}

/** apigov.yaml content that selects a small, stable ruleset (test/fixtures/minimal-ruleset.yaml). */
export const MINIMAL_CONFIG = `extends: [${JSON.stringify(path.join(PROJECT_ROOT, 'test', 'fixtures', 'minimal-ruleset.yaml'))}]\n`;

/** apigov.yaml content that selects the starter rules the catalog tests' hand-computed scores assume. */
export const STARTER_CONFIG = `extends: [${JSON.stringify(path.join(PROJECT_ROOT, 'test', 'fixtures', 'starter-ruleset.yaml'))}]\n`;
