/**
 * Robustness on real contracts: every OpenAPI and AsyncAPI document of the shared corpus lints without
 * a crash, and reported lines point at the reported member in the source text.
 * Skipped when ../shared/corpus is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import { parsePointer } from '../../src/document/pointer.js';
import { LintEngine } from '../../src/lint/engine.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { loadSettings } from '../../src/lint/settings.js';
import { CORPUS, hasCorpus } from '../helpers.js';

const folders = ['openapi', 'asyncapi'].map((f) => path.join(CORPUS, f));

describe.skipIf(!hasCorpus)('the shared corpus', () => {
  it('lints every contract without a crash, with line numbers that match the source', async () => {
    const { contracts, errors } = await loadContracts(folders, { cwd: process.cwd(), projectRoot: CORPUS });
    expect(errors.map((e) => e.format())).toEqual([]);
    expect(contracts.length).toBeGreaterThan(50);
    const loaded = await buildRuleset(['apigov:retail'], {}, process.cwd());
    const engine = new LintEngine(loaded.ruleset, loadSettings({}, process.cwd()), loaded.docsUrls);
    let checked = 0;
    for (const contract of contracts) {
      const findings = await engine.lint(contract);
      for (const f of findings) {
        expect(['error', 'warn', 'info', 'hint']).toContain(f.severity);
        expect(f.line).toBeGreaterThan(0);
      }
      // sample: findings on object members must point at the line that names the member
      for (const f of findings.filter((x) => x.pointer !== '').slice(0, 25)) {
        const segments = parsePointer(f.pointer);
        const key = segments[segments.length - 1]!;
        if (/^\d+$/.test(key)) continue;
        const source = fs.readFileSync(path.resolve(f.file), 'utf8');
        const line = source.split('\n')[f.line - 1] ?? '';
        // the finding is on the member itself, or on its closest existing ancestor when it is missing
        const ancestorKeys = segments.filter((s) => !/^\d+$/.test(s));
        expect(ancestorKeys.some((k) => line.includes(k)), `${f.file}:${f.line} should name one of ${ancestorKeys.join(', ')}: ${line}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  }, 600_000);
});
