/** Estate score and error count per run: the earlier runs in `history[]`, then this one. */
import type { Catalog } from '../../../types.js';
import { dayOf, formatScore } from '../../format.js';
import { countTicks, dataTable, figure, n, svg, text } from '../svg.js';

const WIDTH = 560;
const HEIGHT = 230;
const PLOT = { left: 40, right: WIDTH - 44, top: 34, bottom: HEIGHT - 34 };

interface Point {
  label: string;
  score: number;
  errors: number;
}

/** Empty string when there is no history: one point is not a trend. */
export function trendChart(catalog: Catalog): string {
  if (catalog.history.length === 0) return '';
  const id = 'chart-trend';
  const points: Point[] = [
    ...catalog.history.map((h) => ({ label: dayOf(h.generatedAt) ?? h.generatedAt, score: h.score, errors: h.error })),
    { label: dayOf(catalog.generatedAt) ?? catalog.generatedAt, score: catalog.summary.score, errors: catalog.summary.error },
  ];
  const errorTicks = countTicks(Math.max(...points.map((p) => p.errors)));
  const errorTop = errorTicks[errorTicks.length - 1]!;
  const plotHeight = PLOT.bottom - PLOT.top;
  const x = (i: number): number => PLOT.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (PLOT.right - PLOT.left);
  const yScore = (v: number): number => PLOT.bottom - (Math.max(0, Math.min(100, v)) / 100) * plotHeight;
  const yErrors = (v: number): number => PLOT.bottom - (v / errorTop) * plotHeight;

  const parts: string[] = [];
  for (const t of [0, 25, 50, 75, 100]) {
    parts.push(`<line class="gridline" x1="${PLOT.left}" x2="${PLOT.right}" y1="${n(yScore(t))}" y2="${n(yScore(t))}"/>`);
    parts.push(text(PLOT.left - 6, yScore(t) + 4, String(t), 'class="axis" text-anchor="end"'));
  }
  for (const t of errorTicks) parts.push(text(PLOT.right + 6, yErrors(t) + 4, String(t), 'class="axis axis-errors"'));
  const every = Math.ceil(points.length / 8);
  points.forEach((p, i) => {
    if (i % every === 0 || i === points.length - 1) parts.push(text(x(i), PLOT.bottom + 18, p.label, 'class="axis" text-anchor="middle"'));
  });
  const path = (y: (p: Point) => number): string => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(x(i))} ${n(y(p))}`).join(' ');
  parts.push(`<path class="trend-errors" d="${path((p) => yErrors(p.errors))}"/>`);
  parts.push(`<path class="trend-score" d="${path((p) => yScore(p.score))}"/>`);
  points.forEach((p, i) => {
    parts.push(`<circle class="dot-errors" cx="${n(x(i))}" cy="${n(yErrors(p.errors))}" r="3.5"/>`);
    parts.push(`<circle class="dot-score" cx="${n(x(i))}" cy="${n(yScore(p.score))}" r="4"/>`);
  });
  const last = points[points.length - 1]!;
  parts.push(text(x(points.length - 1) - 8, yScore(last.score) - 10, formatScore(last.score), 'class="value" text-anchor="end"'));
  parts.push(`<line class="trend-score" x1="${PLOT.left}" x2="${PLOT.left + 22}" y1="14" y2="14"/>`);
  parts.push(text(PLOT.left + 28, 18, 'Estate score (left axis)', 'class="legend"'));
  parts.push(`<line class="trend-errors" x1="${PLOT.left + 190}" x2="${PLOT.left + 212}" y1="14" y2="14"/>`);
  parts.push(text(PLOT.left + 218, 18, 'Lint errors (right axis)', 'class="legend"'));

  const first = points[0]!;
  const desc = `Over ${points.length} runs from ${first.label} to ${last.label} the estate score went from ${formatScore(first.score)} to ${formatScore(last.score)} and lint errors from ${first.errors} to ${last.errors}.`;
  return figure({
    id,
    heading: 'Trend',
    lede: 'Estate score and lint errors per catalog run.',
    body: svg({ id: `${id}-svg`, width: WIDTH, height: HEIGHT, title: 'Estate score and errors over time', desc }, parts.join('')),
    table: dataTable('Estate score and lint errors per run', ['Run', 'Score', 'Errors'], points.map((p) => [p.label, formatScore(p.score), p.errors])),
  });
}
