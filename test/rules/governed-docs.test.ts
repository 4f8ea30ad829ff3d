/** Every errors-, version-, security- and owner- rule has a doc page whose header matches the ruleset. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRules } from '../../src/lint/rule-meta.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { PROJECT_ROOT } from '../helpers.js';
import { RULES_B } from './governed-contracts.js';

const SECTIONS = ['## What it checks', '## Why it matters in retail', '## Failing example', '## Passing example', '## Configure or waive'];

describe('rule docs', async () => {
  const rules = new Map(listRules(await buildRuleset(['apigov:retail'], {}, PROJECT_ROOT)).map((r) => [r.id, r]));

  it.each(RULES_B)('%s', (id) => {
    const rule = rules.get(id);
    expect(rule, `${id} is in apigov:retail`).toBeDefined();
    const file = path.join(PROJECT_ROOT, 'docs', 'rules', `${id}.md`);
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2]!.length).toBeGreaterThan(10);
    const applies = rule!.formats.some((f) => f.startsWith('AsyncAPI')) ? 'OpenAPI 2.0, OpenAPI 3.x, AsyncAPI' : 'OpenAPI 2.0, OpenAPI 3.x';
    expect(lines[4]).toBe(`Severity: **${rule!.severity}** · Applies to: ${applies}`);
    let at = 0;
    for (const section of SECTIONS) {
      const index = text.indexOf(`\n${section}\n`, at);
      expect(index, `${id}: ${section}`).toBeGreaterThan(at);
      at = index;
    }
    expect(rule!.docsUrl).toMatch(new RegExp(`docs/rules/${id}\\.md$`));
  });
});
