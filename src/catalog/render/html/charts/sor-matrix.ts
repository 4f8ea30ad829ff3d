/**
 * Entity × API: who is the system of record (filled), who only reads (ring). Conflicts (X1) are
 * red; an entity nobody owns (X2) is an empty, flagged row.
 */
import type { Catalog } from '../../../types.js';
import { plural } from '../../format.js';
import { sorMatrix } from '../../views.js';
import { esc } from '../escape.js';
import { dataTable, emptyState, figure, fit, n, svg, text, textWidth } from '../svg.js';

const CELL_W = 36;
const CELL_H = 30;
const LABEL_CHARS = 26;
const STATUS_W = 150;

const STATUS_TEXT = { ok: 'single owner', conflict: 'conflict', missing: 'no system of record' } as const;

export function sorMatrixChart(catalog: Catalog, apiTitles: ReadonlyMap<string, string>): string {
  const id = 'chart-sor';
  const heading = 'Systems of record';
  const matrix = sorMatrix(catalog);
  if (matrix.rows.length === 0) return figure({ id, heading, body: emptyState('No canonical entities found.'), wide: true });
  const labelWidth = Math.min(170, Math.max(90, ...matrix.rows.map((r) => textWidth(r.entity.name) + 18)));
  const longest = Math.max(...matrix.columns.map((c) => Math.min(LABEL_CHARS, c.length)));
  const headerHeight = 24 + textWidth('x'.repeat(longest)) * Math.SQRT1_2;
  const width = labelWidth + matrix.columns.length * CELL_W + STATUS_W + 20 + headerHeight * 0.6;
  const height = headerHeight + matrix.rows.length * CELL_H + 44;

  const parts: string[] = [];
  matrix.columns.forEach((apiId, c) => {
    const x = labelWidth + c * CELL_W + CELL_W / 2;
    const title = apiTitles.get(apiId);
    const label = fit(apiId, textWidth('x'.repeat(LABEL_CHARS)));
    parts.push(
      `<text class="axis" x="${n(x)}" y="${n(headerHeight - 8)}" transform="rotate(-45 ${n(x)} ${n(headerHeight - 8)})">` +
        `<title>${esc(title === undefined ? apiId : `${title} (${apiId})`)}</title>${esc(label)}</text>`,
    );
  });
  const statusX = labelWidth + matrix.columns.length * CELL_W + 14;
  parts.push(text(statusX, headerHeight - 8, 'status', 'class="axis strong"'));

  matrix.rows.forEach((row, r) => {
    const y = headerHeight + r * CELL_H;
    if (row.status !== 'ok') {
      parts.push(`<rect class="row-${row.status}" x="0" y="${n(y)}" width="${n(statusX + STATUS_W - 10)}" height="${CELL_H}" rx="3"/>`);
    }
    parts.push(text(labelWidth - 10, y + CELL_H / 2 + 4, fit(row.entity.name, labelWidth - 14), 'class="legend" text-anchor="end"', row.entity.name));
    matrix.columns.forEach((apiId, c) => {
      const cx = labelWidth + c * CELL_W + CELL_W / 2;
      const cy = y + CELL_H / 2;
      parts.push(`<rect class="cell" x="${n(cx - CELL_W / 2 + 1)}" y="${n(y + 1)}" width="${CELL_W - 2}" height="${CELL_H - 2}"/>`);
      const role = row.cells.get(apiId);
      const tip = `${row.entity.name} · ${apiId}: ${role === 'sor' ? (row.status === 'conflict' ? 'system of record (conflict)' : 'system of record') : 'reads'}`;
      if (role === 'sor') {
        const cls = row.status === 'conflict' ? 'sor-conflict' : 'sor-owner';
        parts.push(`<g><title>${esc(tip)}</title><rect class="${cls}" x="${n(cx - 14)}" y="${n(cy - 10)}" width="28" height="20" rx="4"/>${text(cx, cy + 4, 'SoR', 'class="cell-label" text-anchor="middle"')}</g>`);
      } else if (role === 'reader') {
        parts.push(`<g><title>${esc(tip)}</title><circle class="sor-reader" cx="${n(cx)}" cy="${n(cy)}" r="6"/></g>`);
      }
    });
    const statusLabel =
      row.status === 'conflict' ? `conflict: ${row.owners.length} owners` : row.status === 'ok' && row.owners.length > 1 ? `one source: ${row.owners.length} APIs` : STATUS_TEXT[row.status];
    parts.push(text(statusX, y + CELL_H / 2 + 4, statusLabel, `class="status status-${row.status}"`));
  });

  const legendY = headerHeight + matrix.rows.length * CELL_H + 26;
  parts.push(`<rect class="sor-owner" x="0" y="${n(legendY - 12)}" width="22" height="16" rx="3"/>`);
  parts.push(text(28, legendY, 'system of record', 'class="legend"'));
  parts.push(`<rect class="sor-conflict" x="150" y="${n(legendY - 12)}" width="22" height="16" rx="3"/>`);
  parts.push(text(178, legendY, 'conflict (two sources)', 'class="legend"'));
  parts.push(`<circle class="sor-reader" cx="336" cy="${n(legendY - 4)}" r="6"/>`);
  parts.push(text(348, legendY, 'reads', 'class="legend"'));

  const conflicts = matrix.rows.filter((r) => r.status === 'conflict').map((r) => r.entity.name);
  const missing = matrix.rows.filter((r) => r.status === 'missing').map((r) => r.entity.name);
  const desc =
    `${plural(matrix.rows.length, 'entity', 'entities')} across ${plural(matrix.columns.length, 'API')}. ` +
    `${conflicts.length === 0 ? 'No conflicts' : `Conflicts: ${conflicts.join(', ')}`}. ` +
    `${missing.length === 0 ? 'Every entity has a system of record' : `No system of record: ${missing.join(', ')}`}.`;
  return figure({
    id,
    heading,
    lede: 'Which API is the source of truth for each canonical entity. Red: two sources disagree (a conflict); amber rows: no system of record declared.',
    wide: true,
    body: svg({ id: `${id}-svg`, width, height, title: 'System-of-record matrix of entities and APIs', desc }, parts.join('')),
    table: dataTable(
      'Systems of record and readers per entity',
      ['Entity', 'System of record', 'Readers', 'Schema variants', 'Drift findings', 'Status'],
      matrix.rows.map((row) => [
        row.entity.name,
        row.owners.join(', ') || '—',
        [...row.cells].filter(([, role]) => role === 'reader').map(([apiId]) => apiId).join(', ') || '—',
        row.entity.schemaVariants,
        row.entity.driftFindings,
        STATUS_TEXT[row.status],
      ]),
      [3, 4],
    ),
  });
}
