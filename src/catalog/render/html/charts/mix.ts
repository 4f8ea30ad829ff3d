/** The lifecycle donut and the protocol mix (OpenAPI against AsyncAPI, by version). */
import type { Catalog } from '../../../types.js';
import { formatLabel, plural, protocolOf } from '../../format.js';
import { formatCounts, lifecycleCounts } from '../../views.js';
import { dataTable, emptyState, figure, fit, n, svg, text } from '../svg.js';

const KNOWN_LIFECYCLE_CLASS = new Set(['experimental', 'production', 'deprecated', 'retired', 'unknown']);

export function lifecycleChart(catalog: Catalog): string {
  const id = 'chart-lifecycle';
  const counts = lifecycleCounts(catalog.apis);
  if (counts.length === 0) return figure({ id, heading: 'Lifecycle', body: emptyState('No contracts.') });
  const total = counts.reduce((a, c) => a + c.count, 0);
  const cx = 92;
  const cy = 96;
  const radius = 62;
  const circumference = 2 * Math.PI * radius;
  const parts: string[] = [`<circle class="donut-track" cx="${cx}" cy="${cy}" r="${radius}"/>`];
  let offset = 0;
  for (const { lifecycle, count } of counts) {
    const length = (count / total) * circumference;
    // a hair of white between segments, unless one segment is the whole ring
    const gap = counts.length > 1 ? Math.min(2, length / 2) : 0;
    parts.push(
      `<circle class="donut lc-${lifecycleClass(lifecycle)}" cx="${cx}" cy="${cy}" r="${radius}" ` +
        `stroke-dasharray="${n(length - gap)} ${n(circumference - length + gap)}" stroke-dashoffset="${n(-offset)}" ` +
        `transform="rotate(-90 ${cx} ${cy})"/>`,
    );
    offset += length;
  }
  parts.push(text(cx, cy + 2, String(total), 'class="donut-total" text-anchor="middle"'));
  parts.push(text(cx, cy + 20, total === 1 ? 'contract' : 'contracts', 'class="axis" text-anchor="middle"'));
  counts.forEach(({ lifecycle, count }, i) => {
    const y = 30 + i * 24;
    parts.push(`<rect class="lc-${lifecycleClass(lifecycle)}" x="186" y="${y - 10}" width="12" height="12" rx="2"/>`);
    parts.push(text(204, y, fit(lifecycle, 92), 'class="legend"', lifecycle));
    parts.push(text(330, y, String(count), 'class="legend strong" text-anchor="end"'));
  });
  const height = Math.max(192, 30 + counts.length * 24);
  const desc = counts.map((c) => `${c.count} ${c.lifecycle}`).join(', ');
  return figure({
    id,
    heading: 'Lifecycle',
    lede: 'Contracts by x-lifecycle.',
    body: svg({ id: `${id}-svg`, width: 340, height, title: 'Lifecycle of contracts', desc: `${plural(total, 'contract')}: ${desc}.` }, parts.join('')),
    table: dataTable('Contracts by lifecycle', ['Lifecycle', 'Contracts'], counts.map((c) => [c.lifecycle, c.count])),
  });
}

/** CSS class suffix: contract values are arbitrary, only the known ones get their own colour. */
function lifecycleClass(lifecycle: string): string {
  return KNOWN_LIFECYCLE_CLASS.has(lifecycle) ? lifecycle : 'other';
}

export function protocolChart(catalog: Catalog): string {
  const id = 'chart-protocols';
  const counts = formatCounts(catalog.apis);
  if (counts.length === 0) return figure({ id, heading: 'Protocol mix', body: emptyState('No contracts.') });
  const max = Math.max(...counts.map((c) => c.count));
  const labelWidth = 104;
  const barMax = 190;
  const rowHeight = 28;
  const parts: string[] = [];
  counts.forEach(({ format, count }, i) => {
    const y = 14 + i * rowHeight;
    const width = Math.max(3, (count / max) * barMax);
    const label = formatLabel(format);
    parts.push(text(labelWidth - 8, y + 13, fit(label, labelWidth - 10), 'class="legend" text-anchor="end"', label));
    parts.push(`<rect class="proto-${protocolOf(format)}" x="${labelWidth}" y="${y}" width="${n(width)}" height="18" rx="3"/>`);
    parts.push(text(labelWidth + width + 6, y + 13, String(count), 'class="value"'));
  });
  const height = 14 + counts.length * rowHeight + 6;
  const openapi = counts.filter((c) => protocolOf(c.format) === 'openapi').reduce((a, c) => a + c.count, 0);
  const asyncapi = counts.filter((c) => protocolOf(c.format) === 'asyncapi').reduce((a, c) => a + c.count, 0);
  const desc = `${openapi} OpenAPI and ${asyncapi} AsyncAPI contracts: ${counts.map((c) => `${c.count} ${formatLabel(c.format)}`).join(', ')}.`;
  return figure({
    id,
    heading: 'Protocol mix',
    lede: `${openapi} OpenAPI · ${asyncapi} AsyncAPI`,
    body: svg({ id: `${id}-svg`, width: 340, height, title: 'Protocol mix by specification version', desc }, parts.join('')),
    table: dataTable('Contracts by specification version', ['Specification', 'Contracts'], counts.map((c) => [formatLabel(c.format), c.count])),
  });
}
