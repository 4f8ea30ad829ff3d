/**
 * RFC 3339 §5.6 dates and date-times, validated against the calendar (no 2025-02-30) and turned into
 * instants so two of them can be compared (x-sunset must not precede x-deprecated-at).
 */

export interface Rfc3339Value {
  kind: 'date' | 'date-time';
  /** milliseconds since the epoch; a full-date stands for its UTC midnight */
  epochMs: number;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A full-date (`2026-06-30`) or a date-time with an offset (`2026-06-30T00:00:00Z`); undefined otherwise. */
export function parseRfc3339(text: string): Rfc3339Value | undefined {
  const date = FULL_DATE.exec(text);
  if (date !== null) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    return validDate(year, month, day) ? { kind: 'date', epochMs: Date.UTC(year, month - 1, day) } : undefined;
  }
  const dt = DATE_TIME.exec(text);
  if (dt === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(dt[i]));
  // second 60 is a leap second (RFC 3339 §5.7)
  if (!validDate(year!, month!, day!) || hour! > 23 || minute! > 59 || second! > 60) return undefined;
  let offsetMinutes = 0;
  const offset = dt[8]!;
  if (offset !== 'Z' && offset !== 'z') {
    const [offHour, offMinute] = [Number(offset.slice(1, 3)), Number(offset.slice(4, 6))];
    if (offHour > 23 || offMinute > 59) return undefined;
    offsetMinutes = (offset[0] === '-' ? -1 : 1) * (offHour * 60 + offMinute);
  }
  const fraction = dt[7] === undefined ? 0 : Math.floor(Number(`0${dt[7]}`) * 1000);
  const epochMs = Date.UTC(year!, month! - 1, day!, hour!, minute!, Math.min(second!, 59)) + fraction - offsetMinutes * 60_000;
  return { kind: 'date-time', epochMs };
}
