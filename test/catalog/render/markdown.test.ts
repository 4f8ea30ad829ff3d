import { describe, expect, it } from 'vitest';
import { renderMarkdown, SOR_MATRIX_MAX_COLUMNS } from '../../../src/catalog/render/markdown.js';
import { api, emptyCatalog, fixtureCatalog, hostileCatalog } from './fixture.js';

/** Cell separators as GFM sees them: a pipe not escaped by a backslash. */
function unescapedPipes(line: string): number {
  return line.match(/(?<!\\)\|/g)?.length ?? 0;
}

/** Each table as its header line and rows, found by the `| --- |` delimiter row. */
function tables(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const found: string[][] = [];
  lines.forEach((line, i) => {
    if (!/^\| (---:?|:?---) \|/.test(line)) return;
    const rows = [lines[i - 1]!, line];
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) rows.push(lines[j]!);
    found.push(rows);
  });
  return found;
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next === -1 ? undefined : next);
}

function rowsOf(markdown: string, heading: string): string[] {
  return tables(section(markdown, heading))[0]!.slice(1);
}

describe('catalog.md', () => {
  const md = renderMarkdown(fixtureCatalog());

  it('has the board pack sections in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# API catalog',
      '## Changes since the last run',
      '## APIs',
      '## System of record',
      '## Event flows',
      '## Deprecations and sunsets',
      '## Estate findings',
      '## Most frequent rule violations',
      '## Waivers',
      '## Inline ignores',
    ]);
  });

  it('opens with a summary line: contracts, errors, warnings, estate score and grade, change since the last run', () => {
    expect(md).toContain(
      '**10 contracts** · 11 errors · 13 warnings · 8 estate findings (4 errors) · estate score **75/100 (⛔ Not compliant)** · 1 waived, 1 inline ignore',
    );
    expect(md).toContain('Since 2026-04-06 09:30 UTC: score +2.4, 3 new findings, 5 fixed, 1 breaking change.');
    const withoutChange = fixtureCatalog();
    delete withoutChange.summary.change;
    for (const a of withoutChange.apis) delete a.change;
    const plain = renderMarkdown(withoutChange);
    expect(plain).not.toContain('Since ');
    expect(plain).not.toContain('## Changes since the last run');
  });

  it('lists every API with domain, owner, lifecycle, version, score, grade, errors and warnings', () => {
    const rows = rowsOf(md, 'APIs');
    expect(rows.slice(1)).toHaveLength(10);
    expect(rows[0]).toBe('| --- | --- | --- | --- | --- | ---: | --- | ---: | ---: |');
    expect(rows).toContain('| Order Management API (retail-order-management) | order | order-platform | production | 1.4.0 | 96 | 🥇 Gold | 0 | 2 |');
    expect(rows).toContain('| Inventory API (legacy) (retail-inventory) | inventory | warehouse-team | deprecated | 1.9.3 | 42 | ⛔ Not compliant | 3 | 3 |');
  });

  it('marks system-of-record conflicts and entities without one', () => {
    const rows = rowsOf(md, 'System of record');
    const header = tables(section(md, 'System of record'))[0]![0]!;
    expect(header.startsWith('| Entity | retail-customer-crm | retail-inventory | retail-loyalty |')).toBe(true);
    const customer = rows.find((r) => r.startsWith('| Customer |'))!;
    expect(customer.match(/\*\*SoR\*\* ⚠️/g)).toHaveLength(2);
    expect(customer.endsWith('| ⚠️ conflict |')).toBe(true);
    expect(rows.find((r) => r.startsWith('| Product |'))!).toMatch(/\| ❌ no system of record \|$/);
    expect(rows.find((r) => r.startsWith('| Product |'))!).not.toContain('SoR');
    expect(rows.find((r) => r.startsWith('| Price |'))!).toMatch(/\*\*SoR\*\*.*\| ✅ \|$/);
  });

  it('falls back to a list when the matrix would be wider than a page', () => {
    const catalog = fixtureCatalog();
    const readers = Array.from({ length: SOR_MATRIX_MAX_COLUMNS + 1 }, (_, i) => `reader-${String(i).padStart(2, '0')}`);
    catalog.entities = [{ name: 'Order', systemOfRecord: ['oms'], readers, schemaVariants: 1, driftFindings: 0 }];
    const rows = tables(section(renderMarkdown(catalog), 'System of record'))[0]!;
    expect(rows[0]).toBe('| Entity | System of record | Readers | Status |');
    expect(rows[2]).toBe(`| Order | oms | ${readers.join(', ')} | ✅ |`);
  });

  it('shows event flows with orphans, unconsumed events and schema mismatches flagged', () => {
    const rows = rowsOf(md, 'Event flows');
    expect(rows).toContain('| com.retail.stock.reserved.v1 | — | retail-warehouse-events | ⚠️ orphan: no producer |');
    expect(rows).toContain('| com.retail.order.cancelled.v1 | retail-order-events | — | ℹ️ no consumer |');
    expect(rows).toContain(
      '| com.retail.order.created.v2 | retail-order-events | retail-payment-events, retail-warehouse-events | ⚠️ schema mismatch retail-order-events → retail-warehouse-events |',
    );
    expect(rows).toContain('| com.retail.payment.captured.v1 | retail-payment-events | retail-order-events | ✅ |');
  });

  it('lists deprecations by sunset date with the consumers still attached', () => {
    const rows = rowsOf(md, 'Deprecations and sunsets').slice(1);
    expect(rows).toEqual([
      '| **2026-03-31 (passed)** | Order Events (retail-order-events) | OrderCancelled | com.retail.order.status-changed.v1 | — |',
      '| 2026-09-30 | Inventory API (legacy) (retail-inventory) | API | retail-inventory v2 | 1: retail-storefront-bff |',
      '| 2026-12-31 | Order Management API (retail-order-management) | GET /orders/{orderId}/status | getOrder | 2: retail-loyalty, retail-storefront-bff |',
    ]);
  });

  it('lists estate findings by severity with every location', () => {
    const rows = rowsOf(md, 'Estate findings').slice(1);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatch(/^\| 🔴 error \| estate-canonical-shape-drift \|/);
    expect(rows[7]).toMatch(/^\| 🔵 info \| estate-unconsumed-event \|/);
    expect(rows.find((r) => r.includes('estate-sor-conflict'))).toContain(
      'contracts/crm/customer.yaml\\#/info/x-system-of-record/0<br>contracts/loyalty/loyalty.yaml\\#/info/x-system-of-record/1',
    );
  });

  it('ranks the ten most frequent rules, without waived findings, linking web docs only', () => {
    const rows = rowsOf(md, 'Most frequent rule violations').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe('| 1 | [errors-problem-json](https://apigov.example.com/rules/errors-problem-json) | 🟡 warning | 5 | 3 |');
    expect(md).not.toMatch(/\[owner-contact-email\]/); // waived: not counted
    const catalog = fixtureCatalog();
    for (const f of catalog.apis.flatMap((a) => a.findings.list)) f.docsUrl = 'javascript:alert(1)';
    expect(renderMarkdown(catalog)).not.toContain('javascript:');
  });

  it('lists waivers with their reasons and status, and inline ignores', () => {
    const waivers = rowsOf(md, 'Waivers').slice(1);
    expect(waivers).toEqual([
      '| owner-contact-email | contracts/crm/customer.yaml | /info/contact | CRM is contacted through the service desk only. | governance-board | 2026-12-31 | active | 1 |',
      '| security-https-only | contracts/pos/pos-legacy.yaml | /schemes | In-store network only; replaced by POS v2. | ciso | 2026-01-31 | **expired** | 0 |',
      '| ops-pagination | contracts/old/catalog.yaml, contracts/old/search.yaml | — | Catalog API removed last quarter. | — | — | **stale** | 0 |',
    ]);
    expect(rowsOf(md, 'Inline ignores').slice(1)).toEqual([
      '| Order Management API (retail-order-management) | naming-path-kebab | contracts/oms/order-management.yaml\\#/paths/\\~1legacyOrders | Legacy path kept for the POS integration until 2027. |',
    ]);
  });

  it('keeps every table’s column count whatever the contracts say', () => {
    const hostile = hostileCatalog();
    hostile.apis.push(api({ apiId: 'a|b', title: 'x | y\r\nz\r| --- |', file: 'p|q\n.yaml', format: 'openapi-3.0', owner: 'o\\|wner', domain: '`d`|', version: '1|2' }));
    hostile.waivers[1]!.reason = 'line one\n\nline | two';
    hostile.estateFindings[1]!.locations.push({ file: 'a|b.yaml', pointer: '/x|y' });
    hostile.entities.push({ name: 'E|ntity\nNew', systemOfRecord: ['s|o|r'], readers: [], schemaVariants: 1, driftFindings: 0 });
    const out = renderMarkdown(hostile);
    const all = tables(out);
    expect(all).toHaveLength(9);
    for (const table of all) {
      const columns = unescapedPipes(table[0]!);
      for (const row of table) expect(unescapedPipes(row), row).toBe(columns);
    }
    expect(out).toContain('| x \\| y<br>z<br>\\| --- \\| (a\\|b) |');
  });

  it('escapes markup, control characters and @mentions from contracts', () => {
    const out = renderMarkdown(hostileCatalog());
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('| bell\\\\x07 escape\\\\x1b\\[31m rtl\\\\u202eevil |');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;/script&gt;&lt;script&gt;window.\\_\\_pwned = "script"&lt;/script&gt;');
    expect(out).not.toContain('@retail/board');
    expect(out).toContain('@&#8203;retail/board please approve');
    // an e-mail address is not a mention and stays readable
    const catalog = fixtureCatalog();
    catalog.waivers[0]!.approvedBy = 'jane.doe@retail.example';
    expect(renderMarkdown(catalog)).toContain('| jane.doe@retail.example |');
  });

  it('renders an empty estate without failing', () => {
    const out = renderMarkdown(emptyCatalog());
    expect(out).toContain('**0 contracts**');
    expect(out).toContain('No contracts in the estate.');
    expect(out).toContain('No estate findings. ✅');
    expect(tables(out)).toEqual([]);
  });

  it('shows five locations of an estate finding and counts the rest, which catalog.json keeps', () => {
    const catalog = fixtureCatalog();
    catalog.estateFindings[0]!.locations = Array.from({ length: 12 }, (_, i) => ({ file: `contracts/c${i}.yaml`, pointer: '/info' }));
    const row = rowsOf(renderMarkdown(catalog), 'Estate findings').find((r) => r.includes('estate-sor-conflict'))!;
    expect(row.match(/contracts\/c\d+\.yaml/g)).toEqual(['contracts/c0.yaml', 'contracts/c1.yaml', 'contracts/c2.yaml', 'contracts/c3.yaml', 'contracts/c4.yaml']);
    expect(row).toContain('… and 7 more (catalog.json lists all)');
  });
});

