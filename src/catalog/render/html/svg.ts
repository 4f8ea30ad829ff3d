/**
 * Small helpers for the inline SVG charts: every chart is an `<svg role="img">` named by its
 * `<title>` and described by its `<desc>`, with its numbers repeated in a data table next to it.
 */
import { esc } from './escape.js';

/** Coordinates with at most one decimal keep the markup short. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export interface SvgFrame {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  className?: string;
  hidden?: boolean;
  attrs?: string;
}

export function svg(frame: SvgFrame, body: string): string {
  const { id, width, height, title, desc } = frame;
  const cls = `chart-svg${frame.className === undefined ? '' : ` ${frame.className}`}`;
  return (
    `<svg id="${id}" class="${cls}" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" ` +
    `role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"${frame.hidden === true ? ' hidden' : ''}${frame.attrs ?? ''}>` +
    `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>${body}</svg>`
  );
}

/** SVG text; the content is escaped, `full` (the untruncated label) becomes a tooltip. */
export function text(x: number, y: number, content: string, attrs = '', full?: string): string {
  const tooltip = full !== undefined && full !== content ? `<title>${esc(full)}</title>` : '';
  return `<text x="${n(x)}" y="${n(y)}"${attrs === '' ? '' : ` ${attrs}`}>${tooltip}${esc(content)}</text>`;
}

/**
 * Glyph widths at 12px, measured in Chromium with DejaVu Sans (the widest of the usual system-ui
 * fallbacks, so labels fitted with them fit in narrower fonts too). The report has no script that
 * could measure, and an average width lets mixed-case labels overflow their box.
 */
const GLYPHS: ReadonlyArray<readonly [string, number]> = [
  ['il.,·\'IJj', 3.5],
  [' :;|/-', 4.1],
  ['frt!()[]', 4.7],
  ['csz', 6.5],
  ['kvxyFLPTY_', 7.1],
  ['aeoE', 7.4],
  ['bdghnpquS0123456789{}', 7.65],
  ['ABCKRVXZ', 8.3],
  ['DGHNOQU&', 9.3],
  ['mwMW#@%~…', 11.5],
];
const GLYPH_WIDTH = new Map(GLYPHS.flatMap(([chars, width]) => [...chars].map((ch) => [ch, width] as const)));
const OTHER_GLYPH = 7.65;

function glyphWidth(ch: string): number {
  return GLYPH_WIDTH.get(ch) ?? OTHER_GLYPH;
}

export function textWidth(label: string, fontSize = 12): number {
  let width = 0;
  for (const ch of label) width += glyphWidth(ch);
  return (width * fontSize) / 12;
}

/** A label cut to fit `width` pixels at `fontSize`, with an ellipsis. */
export function fit(label: string, width: number, fontSize = 12): string {
  if (textWidth(label, fontSize) <= width) return label;
  const budget = width - textWidth('…', fontSize);
  let used = 0;
  let end = 0;
  const chars = [...label];
  while (end < chars.length && used + (glyphWidth(chars[end]!) * fontSize) / 12 <= budget) used += (glyphWidth(chars[end++]!) * fontSize) / 12;
  return `${chars.slice(0, Math.max(1, end)).join('')}…`;
}

/** Round axis maximum and tick step for counts: 0, 2, 4… or 0, 5, 10… */
export function countTicks(max: number, target = 4): number[] {
  const top = Math.max(1, max);
  const rough = top / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const wholeStep = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let t = 0; t < top + wholeStep; t += wholeStep) {
    ticks.push(t);
    if (t >= top) break;
  }
  return ticks;
}

export interface ChartFigure {
  id: string;
  heading: string;
  /** one sentence under the heading: what to read from it */
  lede?: string;
  /** the chart (one or more SVGs), or an empty-state paragraph */
  body: string;
  /** the same numbers as an accessible table */
  table?: string;
  /** controls shown above the chart (hidden until the script enables them) */
  controls?: string;
  wide?: boolean;
}

export function figure(chart: ChartFigure): string {
  const data = chart.table === undefined ? '' : `<details class="chart-data"><summary>Data table</summary>${chart.table}</details>`;
  const lede = chart.lede === undefined ? '' : `<p class="lede">${esc(chart.lede)}</p>`;
  return (
    `<figure class="card chart${chart.wide === true ? ' wide' : ''}" id="${chart.id}" aria-labelledby="${chart.id}-h">` +
    `<figcaption><h3 id="${chart.id}-h">${esc(chart.heading)}</h3>${lede}</figcaption>` +
    `${chart.controls ?? ''}<div class="chart-scroll">${chart.body}</div>${data}</figure>`
  );
}

/** A data table: header cells are `th scope="col"`, the first cell of a row is `th scope="row"`. */
export function dataTable(caption: string, headers: string[], rows: Array<Array<string | number>>, numericColumns?: readonly number[]): string {
  const isNumeric = (i: number): boolean => (numericColumns === undefined ? i >= 1 : numericColumns.includes(i));
  const head = headers.map((h, i) => `<th scope="col"${isNumeric(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((value, i) => (i === 0 ? `<th scope="row">${esc(value)}</th>` : `<td${isNumeric(i) ? ' class="num"' : ''}>${esc(value)}</td>`))
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="data"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function emptyState(message: string): string {
  return `<p class="empty">${esc(message)}</p>`;
}
