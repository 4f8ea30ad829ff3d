/**
 * time-rfc3339-format: time values (named *At, *Time, *Date, *Timestamp, timestamp, since, until, or
 * with an example that reads as a date-time) are `type: string` with `format: date-time` (`date` for
 * *Date). Epoch integers and unformatted strings are reported at the schema's definition. HTTP
 * headers are left out: Date, Last-Modified and If-Modified-Since use the HTTP-date format by standard.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { timeNameKind, type TimeNameKind } from './lib/name-heuristics.js';
import { singularName } from './lib/plural.js';
import { readDateTime } from './lib/rfc3339.js';
import { numericTypes, type SchemaFacts } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';

/** Formats that say an integer is an epoch, which makes even `since`/`until` a time value. */
const EPOCH_FORMATS = new Set(['unix-time', 'unixtime', 'epoch', 'timestamp', 'unix-timestamp']);

/** Numbers bounded below this are day/month/hour fields, never epoch seconds. */
const SMALL_MAXIMUM = 100_000;

const ACCEPTED: Record<TimeNameKind, string[]> = {
  date: ['date', 'date-time'],
  time: ['date-time', 'time'],
  instant: ['date-time', 'date'],
  bound: ['date-time', 'date'],
};

/** What is wrong with a time value's schema, or undefined. */
export function timeFormatProblem(kind: TimeNameKind, facts: SchemaFacts): string | undefined {
  const wanted = kind === 'date' ? 'date' : 'date-time';
  const numeric = numericTypes(facts);
  if (numeric.length > 0) {
    if (kind === 'bound' && !EPOCH_FORMATS.has(facts.format ?? '')) return undefined; // ?since=<id cursor>
    // a small upper bound makes it a calendar field (day of month 1..31), not an epoch
    if (typeof facts.maximum === 'number' && facts.maximum < SMALL_MAXIMUM) return undefined;
    return `is typed ${numeric.join('/')}${facts.format !== undefined ? ` (format ${facts.format})` : ''}, an epoch: use type: string, format: ${wanted}`;
  }
  if (!facts.types.has('string') || facts.enum !== undefined) return undefined;
  if (facts.format === undefined) return `is a string without a format: declare format: ${wanted} (RFC 3339)`;
  if (!ACCEPTED[kind].includes(facts.format)) return `declares format ${facts.format}: use format: ${wanted} (RFC 3339)`;
  return undefined;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function timeRfc3339Format(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  const timeLike = (name: string) => timeNameKind(name, dict) !== undefined || timeNameKind(singularName(name), dict) !== undefined;
  const timeNames = new Set<string>();
  for (const name of view.byName().keys()) if (timeLike(name)) timeNames.add(name);
  // time values by name, and values whose example reads as a date-time
  const candidates = new Set(view.named((name) => timeNames.has(name)));
  for (const value of view.values) if (!timeNames.has(value.name) && view.hasExamples(value)) candidates.add(value);
  for (const value of candidates) {
    if (value.in === 'header') continue;
    let kind = timeNameKind(value.name, dict);
    const singular = singularName(value.name);
    const itemKind = singular !== value.name ? timeNameKind(singular, dict) : undefined;
    if (kind === undefined && itemKind === undefined) {
      const looksLikeTime = view.hasExamples(value) && view.examples(value).some((e) => typeof e.value === 'string' && readDateTime(e.value) !== undefined);
      if (!looksLikeTime) continue;
      kind = 'instant';
    }
    for (const variant of itemKind !== undefined ? view.variantsWithItems(value) : view.variants(value)) {
      const variantKind = variant.viaItems ? itemKind : kind;
      if (variantKind === undefined) continue;
      const problem = timeFormatProblem(variantKind, variant.facts);
      if (problem === undefined) continue;
      findings.add(value.judged, problem, value.name, (names) => `time value ${names} ${problem}`);
      break;
    }
  }
  return findings.results(fnContext);
});
