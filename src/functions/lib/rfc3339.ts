/**
 * RFC 3339 §5.6 dates and date-times, validated against the calendar (no 2025-02-30). A date-time
 * requires `T` and an offset (`Z` or `±hh:mm`); a value without an offset is a "local time", which
 * RFC 3339 does not allow and which the time rules flag separately (store-local times without an
 * offset are the common retail mistake). Parsed values become instants so two can be compared
 * (x-sunset must not precede x-deprecated-at).
 */

export interface Rfc3339Value {
  kind: 'date' | 'date-time';
  /** milliseconds since the epoch; a full-date stands for its UTC midnight */
  epochMs: number;
}

export interface DateTimeReading {
  /** the text has the shape of a date-time and its fields are in range */
  valid: boolean;
  /** it ends in Z or an explicit offset */
  hasOffset: boolean;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// the offset is optional here so that local times can be recognised (and reported) as such
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))?$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Read a date-time; undefined when the text is not shaped like one at all. */
export function readDateTime(text: string): DateTimeReading | undefined {
  const m = DATE_TIME.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, , zone, oh, om] = m;
  const valid =
    validDate(Number(y), Number(mo), Number(d)) &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s) <= 60 && // leap second (RFC 3339 §5.7)
    (oh === undefined || (Number(oh) <= 23 && Number(om) <= 59));
  return { valid, hasOffset: zone !== undefined };
}

/** A valid RFC 3339 date-time: in range and with an offset. */
export function isRfc3339DateTime(text: string): boolean {
  const reading = readDateTime(text);
  return reading !== undefined && reading.valid && reading.hasOffset;
}

/** A valid RFC 3339 full-date (YYYY-MM-DD). */
export function isRfc3339Date(text: string): boolean {
  const m = FULL_DATE.exec(text);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A full-date (`2026-06-30`) or a date-time with an offset (`2026-06-30T00:00:00Z`); undefined otherwise. */
export function parseRfc3339(text: string): Rfc3339Value | undefined {
  const date = FULL_DATE.exec(text);
  if (date !== null) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return validDate(year, month, day) ? { kind: 'date', epochMs: Date.UTC(year, month - 1, day) } : undefined;
  }
  if (!isRfc3339DateTime(text)) return undefined;
  const dt = DATE_TIME.exec(text)!;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(dt[i]));
  let offsetMinutes = 0;
  const offset = dt[8]!;
  if (offset !== 'Z' && offset !== 'z') offsetMinutes = (offset[0] === '-' ? -1 : 1) * (Number(dt[9]) * 60 + Number(dt[10]));
  const fraction = dt[7] === undefined ? 0 : Math.floor(Number(`0${dt[7]}`) * 1000);
  const epochMs = Date.UTC(year!, month! - 1, day!, hour!, minute!, Math.min(second!, 59)) + fraction - offsetMinutes * 60_000;
  return { kind: 'date-time', epochMs };
}
