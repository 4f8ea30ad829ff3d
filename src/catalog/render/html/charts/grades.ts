/** Score distribution: a histogram of contract scores, each bar stacked by grade; one per domain. */
import type { ApiEntry, Catalog } from '../../../types.js';
import { formatScore, GRADE_LABEL, GRADES, plural } from '../../format.js';
import { domainOf, domainsOf, gradeCounts } from '../../views.js';
import { esc } from '../escape.js';
import { countTicks, dataTable, emptyState, figure, n, svg, text } from '../svg.js';

const WIDTH = 560;
const HEIGHT = 250;
const PLOT = { left: 36, right: WIDTH - 8, top: 40, bottom: HEIGHT - 36 };
/** 0-9, 10-19, … 80-89, 90-100 */
const BINS = 10;

export function gradeDistributionChart(catalog: Catalog): string {
  const id = 'chart-grades';
  if (catalog.apis.length === 0) return figure({ id, heading: 'Score distribution by grade', body: emptyState('No contracts.') });
  const domains = domainsOf(catalog.apis);
  const variants = [
    { key: 'all', label: 'All domains', apis: catalog.apis },
    ...domains.map((domain, i) => ({ key: `d${i}`, label: domain, apis: catalog.apis.filter((a) => domainOf(a) === domain) })),
  ];
  const charts = variants.map((v) =>
    histogram(`${id}-${v.key}`, v.key === 'all' ? 'Score distribution by grade' : `Score distribution by grade, domain ${v.label}`, v.apis, v.key !== 'all', v.key),
  );
  const options = variants.map((v) => `<option value="${v.key}">${esc(v.label)}</option>`).join('');
  const controls =
    `<div class="controls" data-enhanced hidden><label>Domain <select data-chart-switch="${id}">${options}</select></label></div>`;
  const rows = variants.map((v) => {
    const counts = gradeCounts(v.apis);
    return [v.label, ...GRADES.map((g) => counts[g]), formatScore(mean(v.apis.map((a) => a.score.total)))];
  });
  return figure({
    id,
    heading: 'Score distribution by grade',
    lede: 'Contracts by score band, coloured by grade. The grade is a gate on severity; the score ranks.',
    controls,
    body: charts.join(''),
    table: dataTable('Contracts per grade and mean score, by domain', ['Domain', ...GRADES.map((g) => GRADE_LABEL[g]), 'Mean score'], rows),
  });
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function histogram(id: string, title: string, apis: readonly ApiEntry[], hidden: boolean, variant: string): string {
  const bins = Array.from({ length: BINS }, () => new Map(GRADES.map((g) => [g, 0])));
  for (const api of apis) {
    const bin = Math.min(BINS - 1, Math.max(0, Math.floor(api.score.total / 10)));
    bins[bin]!.set(api.score.grade, bins[bin]!.get(api.score.grade)! + 1);
  }
  const totals = bins.map((b) => [...b.values()].reduce((x, y) => x + y, 0));
  const ticks = countTicks(Math.max(...totals));
  const top = ticks[ticks.length - 1]!;
  const plotHeight = PLOT.bottom - PLOT.top;
  const y = (value: number): number => PLOT.bottom - (value / top) * plotHeight;
  const slot = (PLOT.right - PLOT.left) / BINS;
  const barWidth = slot * 0.72;

  const parts: string[] = [];
  for (const t of ticks) {
    parts.push(`<line class="gridline" x1="${PLOT.left}" x2="${PLOT.right}" y1="${n(y(t))}" y2="${n(y(t))}"/>`);
    parts.push(text(PLOT.left - 6, y(t) + 4, String(t), 'class="axis" text-anchor="end"'));
  }
  bins.forEach((bin, i) => {
    const x = PLOT.left + i * slot + (slot - barWidth) / 2;
    let base = 0;
    for (const grade of GRADES) {
      const count = bin.get(grade)!;
      if (count === 0) continue;
      const y0 = y(base + count);
      parts.push(`<rect class="g-${grade}" x="${n(x)}" y="${n(y0)}" width="${n(barWidth)}" height="${n(y(base) - y0)}"/>`);
      base += count;
    }
    if (totals[i]! > 0) parts.push(text(x + barWidth / 2, y(totals[i]!) - 5, String(totals[i]), 'class="value" text-anchor="middle"'));
    const label = i === BINS - 1 ? '90–100' : `${i * 10}–${i * 10 + 9}`;
    parts.push(text(x + barWidth / 2, PLOT.bottom + 16, label, 'class="axis" text-anchor="middle"'));
  });
  parts.push(`<line class="baseline" x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}"/>`);
  parts.push(text(PLOT.right, PLOT.bottom + 32, 'score', 'class="axis" text-anchor="end"'));

  const counts = gradeCounts(apis);
  let x = PLOT.left;
  for (const grade of GRADES) {
    const label = `${GRADE_LABEL[grade]} ${counts[grade]}`;
    parts.push(`<rect class="g-${grade}" x="${n(x)}" y="8" width="12" height="12" rx="2"/>`);
    parts.push(text(x + 17, 18, label, 'class="legend"'));
    x += 32 + label.length * 6.8;
  }
  const desc = `${plural(apis.length, 'contract')}: ${GRADES.map((g) => `${counts[g]} ${GRADE_LABEL[g]}`).join(', ')}.`;
  return svg({ id, width: WIDTH, height: HEIGHT, title, desc, hidden, attrs: ` data-variant="${variant}"` }, parts.join(''));
}
