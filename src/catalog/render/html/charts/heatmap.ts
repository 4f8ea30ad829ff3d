/** Where to invest: error counts per domain and rule area, darker where there are more. */
import type { Catalog } from '../../../types.js';
import { plural } from '../../format.js';
import { domainAreaHeatmap } from '../../views.js';
import { esc } from '../escape.js';
import { dataTable, emptyState, figure, fit, n, svg, text, textWidth } from '../svg.js';

const CELL_W = 78;
const CELL_H = 32;
const HEADER_H = 30;
const LEVELS = 5;

export function heatmapChart(catalog: Catalog): string {
  const id = 'chart-heatmap';
  const heading = 'Errors by domain and rule area';
  const map = domainAreaHeatmap(catalog);
  if (map.domains.length === 0) return figure({ id, heading, body: emptyState('No contracts.'), wide: true });
  const max = Math.max(0, ...map.errors.flat());
  const labelWidth = Math.min(170, Math.max(90, ...map.domains.map((d) => textWidth(d) + 18)));
  const columns = [...map.areas, 'total'];
  const width = labelWidth + columns.length * CELL_W + 4;
  const height = HEADER_H + map.domains.length * CELL_H + 4;

  const parts: string[] = [];
  columns.forEach((area, c) => {
    parts.push(text(labelWidth + c * CELL_W + CELL_W / 2, HEADER_H - 10, area, `class="axis${area === 'total' ? ' strong' : ''}" text-anchor="middle"`));
  });
  map.domains.forEach((domain, r) => {
    const y = HEADER_H + r * CELL_H;
    parts.push(text(labelWidth - 10, y + CELL_H / 2 + 4, fit(domain, labelWidth - 14), 'class="legend" text-anchor="end"', domain));
    const errors = map.errors[r]!;
    const warnings = map.warnings[r]!;
    map.areas.forEach((area, c) => {
      const count = errors[c]!;
      const level = count === 0 ? 0 : Math.max(1, Math.ceil((count / max) * LEVELS));
      const x = labelWidth + c * CELL_W;
      const tip = `${domain} · ${area}: ${plural(count, 'error')}, ${plural(warnings[c]!, 'warning')}`;
      parts.push(
        `<g><title>${esc(tip)}</title><rect class="heat-${level}" x="${n(x + 1)}" y="${n(y + 1)}" width="${CELL_W - 2}" height="${CELL_H - 2}" rx="3"/>` +
          `${text(x + CELL_W / 2, y + CELL_H / 2 + 4, count === 0 ? '·' : String(count), `class="heat-label${level >= 4 ? ' on-dark' : ''}" text-anchor="middle"`)}</g>`,
      );
    });
    const total = errors.reduce((a, b) => a + b, 0);
    const x = labelWidth + map.areas.length * CELL_W;
    parts.push(text(x + CELL_W / 2, y + CELL_H / 2 + 4, String(total), 'class="value" text-anchor="middle"'));
  });

  const worst = map.domains
    .map((domain, r) => ({ domain, total: map.errors[r]!.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total)[0]!;
  const desc =
    max === 0
      ? 'No lint errors in any domain.'
      : `Lint errors in ${map.domains.length} domains across ${map.areas.length} rule areas; most in ${worst.domain} (${plural(worst.total, 'error')}).`;
  return figure({
    id,
    heading,
    lede: 'Lint errors per domain and rule area: where an investment removes the most errors.',
    wide: true,
    body: svg({ id: `${id}-svg`, width, height, title: 'Heatmap of errors by domain and rule area', desc }, parts.join('')),
    table: dataTable(
      'Lint errors by domain and rule area',
      ['Domain', ...map.areas, 'Total'],
      map.domains.map((domain, r) => [domain, ...map.errors[r]!, map.errors[r]!.reduce((a, b) => a + b, 0)]),
    ),
  });
}

