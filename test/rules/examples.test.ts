/**
 * The example estate lints the way it claims: the good contracts have no error-level finding, and
 * each examples/bad/ file produces every finding its header lists (`# expect: <rule-id> <pointer>`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import type { Finding } from '../../src/lint/finding.js';
import { LintEngine } from '../../src/lint/engine.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { loadSettings } from '../../src/lint/settings.js';
import { PROJECT_ROOT } from '../helpers.js';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const good = fs.readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f));
const bad = fs.readdirSync(path.join(EXAMPLES, 'bad')).filter((f) => /\.ya?ml$/.test(f));

describe('examples/', () => {
  const findings = new Map<string, Finding[]>();
  beforeAll(async () => {
    const { contracts, errors } = await loadContracts([EXAMPLES], { cwd: PROJECT_ROOT });
    expect(errors).toEqual([]);
    const loaded = await buildRuleset(['apigov:retail'], {}, PROJECT_ROOT);
    const engine = new LintEngine(loaded.ruleset, loadSettings({}, PROJECT_ROOT), loaded.docsUrls);
    for (const contract of contracts) findings.set(path.basename(contract.file) + (contract.file.includes(`bad${path.sep}`) ? ':bad' : ''), await engine.lint(contract));
  });

  it('holds a retail estate of at least six contracts in every format', () => {
    expect(good.length).toBeGreaterThanOrEqual(6);
    const text = good.map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8').split('\n')[0] + fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
    for (const marker of [/^openapi: 3\.0/m, /^openapi: 3\.1/m, /^swagger: ['"]?2\.0/m, /^asyncapi: ['"]?2\.6/m, /^asyncapi: ['"]?3\.0/m]) {
      expect(text.some((t) => marker.test(t)), String(marker)).toBe(true);
    }
  });

  it.each(good)('%s has no error-level finding', (file) => {
    const errors = (findings.get(file) ?? []).filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.pointer}: ${f.message}`);
    expect(errors).toEqual([]);
  });

  it.each(bad)('bad/%s produces every finding its header lists', (file) => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'bad', file), 'utf8');
    const expected = [...text.matchAll(/^# expect: (\S+) (\S+)\s*$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    const got = new Set((findings.get(`${file}:bad`) ?? []).map((f) => `${f.ruleId} ${f.pointer}`));
    expect(expected.filter((e) => !got.has(e))).toEqual([]);
  });
});
