/**
 * RFC 3339 timestamps (section 5.6). `date-time` requires `T` and an offset (`Z` or `±hh:mm`); a
 * value with no offset is a "local time", which RFC 3339 does not allow and which the time rules
 * flag separately because store-local times without an offset are the common retail mistake.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))?$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateTimeReading {
  /** the text has the shape of a date-time and its fields are in range */
  valid: boolean;
  /** it ends in Z or an explicit offset */
  hasOffset: boolean;
}

/** Read a date-time; undefined when the text is not shaped like one at all. */
export function readDateTime(text: string): DateTimeReading | undefined {
  const m = DATE_TIME.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, zone, oh, om] = m;
  const valid =
    validDate(Number(y), Number(mo), Number(d)) &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s) <= 60 && // leap second
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

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
