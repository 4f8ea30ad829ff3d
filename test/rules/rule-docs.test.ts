/** Every rule and check apigov reports has a doc page, and every doc page belongs to one. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESTATE_CHECKS } from '../../src/catalog/estate-checks/index.js';
import { checkRegistry } from '../../src/diff/registry.js';
import { listRules } from '../../src/lint/rule-meta.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { PROJECT_ROOT } from '../helpers.js';

const pages = (dir: string) =>
  new Set(
    fs
      .readdirSync(path.join(PROJECT_ROOT, 'docs', dir))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.slice(0, -3)),
  );

describe('documentation', () => {
  it('docs/rules has exactly one page per lint rule, meta rule and estate check', async () => {
    const rules = listRules(await buildRuleset(['apigov:retail'], {}, PROJECT_ROOT)).map((r) => r.id);
    const ids = new Set([...rules, ...ESTATE_CHECKS.map((c) => c.id)]);
    const docs = pages('rules');
    expect([...ids].filter((id) => !docs.has(id))).toEqual([]);
    expect([...docs].filter((id) => !ids.has(id))).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(60);
  });

  it('docs/checks has exactly one page per breaking-change check', () => {
    const ids = new Set(checkRegistry().keys());
    const docs = pages('checks');
    expect([...ids].filter((id) => !docs.has(id))).toEqual([]);
    expect([...docs].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every rule page says what, why, and shows a failing and a passing example', () => {
    for (const id of pages('rules')) {
      const text = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      expect(text.startsWith(`# ${id}\n`), id).toBe(true);
      for (const section of ['## What it checks', '## Why it matters in retail', '## Failing example', '## Passing example', '## Configure or waive']) {
        expect(text.includes(`\n${section}`), `${id}: ${section}`).toBe(true);
      }
    }
  });
});
