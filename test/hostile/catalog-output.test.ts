/** Hostile text in the catalog's Markdown: tables keep their shape, nothing is injected. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';

describe('catalog.md with hostile titles', () => {
  it('keeps every table row on one line with the right number of cells', () => {
    const dir = tempProject({
      'estate/api.yaml': 'openapi: 3.0.3\ninfo:\n  title: "Orders | Returns\\n## Injected heading \\e[31m @channel"\n  version: 1.0.0\n  x-api-id: retail-orders-api\n  x-owner: "team|x"\npaths: {}\n',
    });
    runCli(['catalog', 'estate', '--out', 'out', '--format', 'md'], { cwd: dir });
    const md = fs.readFileSync(path.join(dir, 'out', 'catalog.md'), 'utf8');
    expect(md).not.toContain('\u001b');
    expect(md).not.toMatch(/^## Injected heading/m);
    expect(md).not.toMatch(/(^|\s)@channel/);
    const table = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('retail-orders-api'));
    expect(table.length).toBeGreaterThan(0);
    const header = md.split('\n').find((l) => l.startsWith('| API'))!;
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    for (const row of table) expect(cells(row)).toBe(cells(header));
  });
});
