/**
 * time-naming-suffix: a `format: date-time` property ends in At (createdAt, placed_at), a
 * `format: date` property in Date (businessDate). A document that sets `x-time-suffix: Time` (at the
 * root or in info) uses Time instead, and never both. Message headers and parameters are left out.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { getChild } from '../document/pointer.js';
import { canonicalOf } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { endsWithWords, sameWords, splitWords } from './lib/words.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';

/** Words that stand where the suffix should be (createdOn → createdAt, updated_time → updated_at). */
const REPLACEABLE_ENDINGS = new Set(['on', 'time', 'timestamp', 'datetime', 'date', 'ts', 'at', 'dt']);

/** The name with the suffix, in the name's own convention. */
export function withSuffix(name: string, suffix: string): string {
  const words = splitWords(name);
  let keep = words.length > 1 && REPLACEABLE_ENDINGS.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
  // dateOfBirth → birthDate
  if (keep.length > 2 && REPLACEABLE_ENDINGS.has(keep[0]!) && keep[1] === 'of') keep = keep.slice(2);
  const all = [...keep, ...splitWords(suffix)];
  if (name.includes('_')) return name === name.toUpperCase() ? all.join('_').toUpperCase() : all.join('_');
  if (name.includes('-')) return all.join('-');
  const camel = all.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[A-Z]/.test(name) ? camel.charAt(0).toUpperCase() + camel.slice(1) : camel;
}

/** What is wrong with a date-time or date property's name, or undefined. */
export function suffixProblem(name: string, format: 'date-time' | 'date', instantSuffix: string, dateSuffix: string, exempt: readonly string[] = []): string | undefined {
  if (exempt.some((e) => sameWords(name, e))) return undefined;
  const suffix = format === 'date' ? dateSuffix : instantSuffix;
  if (endsWithWords(name, suffix) && splitWords(name).length > splitWords(suffix).length) return undefined;
  const other = format === 'date-time' ? ['At', 'Time'].find((s) => s !== instantSuffix && endsWithWords(name, s)) : undefined;
  if (other !== undefined) {
    return `is a date-time named with the ${other} suffix; this document uses ${instantSuffix}${instantSuffix === 'At' ? ' (Time only with x-time-suffix: Time)' : ''}: name it ${withSuffix(name, instantSuffix)}`;
  }
  // a bare `date` or `timestamp` says nothing about the event: suggest naming the event
  const words = splitWords(name);
  const example = words.length === 1 && REPLACEABLE_ENDINGS.has(words[0]!) ? `${format === 'date' ? 'business' : 'occurred'}${suffix}` : withSuffix(name, suffix);
  return `is a ${format}: name it with the ${suffix} suffix, e.g. ${example}`;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function timeNamingSuffix(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const data = lintContextOf(fnContext).contract.data;
  const declared = getChild(data, 'x-time-suffix') ?? getChild(getChild(data, 'info'), 'x-time-suffix');
  const instantSuffix = typeof declared === 'string' && declared !== '' ? declared : (dict.time?.instantSuffix ?? 'At');
  const dateSuffix = dict.time?.dateSuffix ?? 'Date';
  const exempt = dict.time?.suffixExempt ?? [];
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  const timeFormats = new Set(['date-time', 'date']);
  for (const value of view.values) {
    if (value.kind !== 'property' || !view.mayDeclareFormat(value, timeFormats)) continue;
    let format: 'date-time' | 'date' | undefined;
    for (const variant of view.variants(value)) {
      if (variant.facts.format === 'date-time') format = 'date-time';
      else if (variant.facts.format === 'date' && format === undefined) format = 'date';
    }
    if (format === undefined) continue;
    const problem = suffixProblem(value.name, format, instantSuffix, dateSuffix, exempt);
    if (problem !== undefined) findings.add(value.at, 'suffix', value.name, () => `property \`${value.name}\` ${problem}`);
  }
  return findings.results(fnContext);
});
