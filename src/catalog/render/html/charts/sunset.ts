/**
 * Sunset timeline: one row per dated deprecation, a bar from the report date to the sunset (or,
 * once passed, from the sunset to the report date, in red), annotated with the consumers still attached.
 */
import type { Catalog } from '../../../types.js';
import { dayOf, plural } from '../../format.js';
import { sunsetCalendar } from '../../views.js';
import { esc } from '../escape.js';
import { dataTable, emptyState, figure, fit, n, svg, text } from '../svg.js';

const WIDTH = 1180;
const LABEL_W = 320;
const ROW_H = 30;
const TOP = 40;
const RIGHT_PAD = 110;
/** A sunset this close to the report date is shown as urgent. */
const SOON_DAYS = 90;
/** More rows than this go to the table only; the chart keeps the earliest. */
export const MAX_TIMELINE_ROWS = 40;
const DAY_MS = 86_400_000;

export function sunsetChart(catalog: Catalog): string {
  const id = 'chart-sunset';
  const heading = 'Sunset timeline';
  const calendar = sunsetCalendar(catalog);
  const today = dayOf(catalog.generatedAt);
  const dated = calendar.filter((r) => r.sunset !== null);
  const table = dataTable(
    'Deprecations by sunset date',
    ['Sunset', 'API', 'Deprecated', 'Replaced by', 'Consumers'],
    calendar.map((r) => [r.sunset === null ? 'no date' : `${r.sunset}${r.passed ? ' (passed)' : ''}`, r.api.title, r.subject, r.replacedBy ?? '—', r.consumers.join(', ') || '—']),
    [],
  );
  if (dated.length === 0 || today === null) {
    const message = calendar.length === 0 ? 'Nothing is deprecated.' : `${plural(calendar.length, 'deprecation')} without a sunset date.`;
    return figure({ id, heading, body: emptyState(message), table: calendar.length === 0 ? undefined : table, wide: true });
  }
  const shown = dated.slice(0, MAX_TIMELINE_ROWS);
  const time = (day: string): number => Date.parse(`${day}T00:00:00Z`);
  const now = time(today);
  const first = Math.min(now, ...shown.map((r) => time(r.sunset!))) - 20 * DAY_MS;
  const last = Math.max(now + 60 * DAY_MS, ...shown.map((r) => time(r.sunset!))) + 20 * DAY_MS;
  const x = (t: number): number => LABEL_W + ((t - first) / (last - first)) * (WIDTH - LABEL_W - RIGHT_PAD);
  const height = TOP + shown.length * ROW_H + 12;

  const parts: string[] = [];
  for (const tick of monthTicks(first, last)) {
    const tx = x(tick.time);
    parts.push(`<line class="gridline" x1="${n(tx)}" x2="${n(tx)}" y1="${TOP - 6}" y2="${height - 8}"/>`);
    parts.push(text(tx, TOP - 12, tick.label, 'class="axis" text-anchor="middle"'));
  }
  shown.forEach((row, i) => {
    const y = TOP + i * ROW_H;
    const sunset = time(row.sunset!);
    const label = `${row.api.title} · ${row.subject}`;
    parts.push(text(LABEL_W - 12, y + ROW_H / 2 + 4, fit(label, LABEL_W - 16), 'class="legend" text-anchor="end"', label));
    const from = Math.min(now, sunset);
    const to = Math.max(now, sunset);
    const cls = row.passed ? 'sunset-passed' : sunset - now <= SOON_DAYS * DAY_MS ? 'sunset-soon' : 'sunset-future';
    const tip = `${label}: sunset ${row.sunset}${row.passed ? ' (passed)' : ''}, ${plural(row.consumers.length, 'consumer')} attached`;
    parts.push(
      `<g><title>${esc(tip)}</title><rect class="${cls}" x="${n(x(from))}" y="${n(y + 8)}" width="${n(Math.max(2, x(to) - x(from)))}" height="${ROW_H - 16}" rx="3"/>` +
        `<path class="sunset-mark" d="M${n(x(sunset))} ${n(y + 6)}l5 9l-5 9l-5 -9z"/></g>`,
    );
    const consumers = row.consumers.length === 0 ? 'no consumers' : plural(row.consumers.length, 'consumer');
    parts.push(text(x(to) + 10, y + ROW_H / 2 + 4, row.passed ? `${consumers} · passed` : consumers, `class="value${row.consumers.length > 0 ? ' bad' : ''}"`));
  });
  const nowX = x(now);
  parts.push(`<line class="today" x1="${n(nowX)}" x2="${n(nowX)}" y1="${TOP - 4}" y2="${height - 6}"/>`);
  parts.push(text(nowX, height - 0, `report ${today}`, 'class="axis strong" text-anchor="middle"'));

  const passed = dated.filter((r) => r.passed).length;
  const attached = dated.reduce((a, r) => a + r.consumers.length, 0);
  const more = dated.length > shown.length ? ` The chart shows the first ${shown.length}; the table lists all.` : '';
  const desc =
    `${plural(dated.length, 'dated deprecation')} from ${dated[0]!.sunset} to ${dated[dated.length - 1]!.sunset}; ${passed} already past their sunset; ` +
    `${plural(attached, 'consumer link')} still attached. ${plural(calendar.length - dated.length, 'deprecation')} without a date.${more}`;
  return figure({
    id,
    heading,
    lede: `Deprecated APIs and operations by x-sunset, with the consumers still attached. Amber: within ${SOON_DAYS} days; red: passed.`,
    wide: true,
    body: svg({ id: `${id}-svg`, width: WIDTH, height: height + 6, title: 'Sunset timeline of deprecated APIs and operations', desc }, parts.join('')),
    table,
  });
}

/** First-of-month ticks, thinned to every quarter or year on long spans. */
function monthTicks(first: number, last: number): Array<{ time: number; label: string }> {
  const start = new Date(first);
  const ticks: Array<{ time: number; label: string }> = [];
  const months = (new Date(last).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(last).getUTCMonth() - start.getUTCMonth();
  const step = months > 48 ? 12 : months > 14 ? 3 : 1;
  for (let m = 1; m <= months; m++) {
    const date = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1));
    if (date.getUTCMonth() % step !== 0) continue;
    const label = date.getUTCMonth() === 0 || ticks.length === 0 ? `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : MONTHS[date.getUTCMonth()]!;
    ticks.push({ time: date.getTime(), label });
  }
  return ticks;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
