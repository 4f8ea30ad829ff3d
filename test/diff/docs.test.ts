/** Every check has its doc page, every page a check, and the pages are current. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/cli/explain.js';
import { renderCheckDoc } from '../../src/diff/doc-page.js';
import { checkRegistry } from '../../src/diff/registry.js';
import { PROJECT_ROOT } from '../helpers.js';

const dir = path.join(PROJECT_ROOT, 'docs', 'checks');
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
const checks = [...checkRegistry().keys()];

describe('docs/checks', () => {
  it('has a page for every registered check', () => {
    expect(checks.filter((id) => !pages.includes(id))).toEqual([]);
  });

  it('has no page without a check', () => {
    expect(pages.filter((id) => !checks.includes(id))).toEqual([]);
  });

  it('pages match the registry (regenerate with npm run docs:checks)', () => {
    const stale = [...checkRegistry().values()].filter((c) => fs.readFileSync(path.join(dir, `${c.id}.md`), 'utf8') !== renderCheckDoc(c)).map((c) => c.id);
    expect(stale).toEqual([]);
  });

  it('each page answers what, why, a triggering example, a good one and how to configure', () => {
    const text = fs.readFileSync(path.join(dir, 'request-property-became-required.md'), 'utf8');
    for (const heading of ['## What it detects', '## Why it matters in retail', '## Example that triggers it', '## Compatible alternative', '## Configure or waive']) expect(text).toContain(heading);
    expect(text).toContain('request-property-became-required: warning');
  });

  it('apigov explain prints a check page', () => {
    expect(explain('response-property-removed')).toMatch(/^# response-property-removed\n/);
  });
});
