/** Every ids-, time-, data- and naming- rule has a doc page in the agreed shape, and its severity matches. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { PROJECT_ROOT } from '../helpers.js';

const SECTIONS = ['## What it checks', '## Why it matters in retail', '## Failing example', '## Passing example', '## Configure or waive'];

function rulesOf(file: string): Array<[string, { severity: string; formats: string[]; documentationUrl: string }]> {
  const data = jsyaml.load(fs.readFileSync(path.join(PROJECT_ROOT, 'rulesets', file), 'utf8')) as { rules: Record<string, never> };
  return Object.entries(data.rules).filter(([id]) => /^(ids|time|data|naming)-/.test(id));
}

const rules = [...rulesOf('retail-common.yaml'), ...rulesOf('retail-openapi.yaml'), ...rulesOf('retail-asyncapi.yaml')];

describe('rules-a documentation', () => {
  it('covers all 18 rules of the areas (plus the naming-operation-id-case companion)', () => {
    expect(rules.map(([id]) => id).sort()).toHaveLength(19);
  });
  it.each(rules)('%s has a page with every section, its severity and formats', (id, rule) => {
    expect(rule.documentationUrl).toBe(`../docs/rules/${id}.md`);
    const page = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
    const lines = page.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2]!.length).toBeGreaterThan(20);
    const applies = rule.formats.includes('aas2') ? 'OpenAPI 2.0, OpenAPI 3.x, AsyncAPI' : 'OpenAPI 2.0, OpenAPI 3.x';
    expect(lines[4]).toBe(`Severity: **${rule.severity}** · Applies to: ${applies}`);
    let at = 0;
    for (const section of SECTIONS) {
      const index = page.indexOf(section);
      expect(index, section).toBeGreaterThan(at);
      at = index;
    }
    expect(page).toMatch(/## Failing example\n\n```yaml\n/);
    expect(page).toMatch(/## Passing example\n\n```yaml\n/);
  });
});
