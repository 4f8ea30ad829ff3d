/**
 * time-duration-format: values named *Duration, *Ttl, *Period or *Window are ISO 8601 durations
 * (`type: string, format: duration`); a number must carry its unit in the name instead
 * (holdSeconds, pickupWindowMinutes). Objects (a pickup window from/to) and enums (billing period
 * month/year) are not durations and are left alone.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { isDurationName } from './lib/name-heuristics.js';
import { numericTypes, type SchemaFacts } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';

/** What is wrong with a duration's schema, or undefined. */
export function durationProblem(facts: SchemaFacts, unitSuffixes: readonly string[]): string | undefined {
  const numeric = numericTypes(facts);
  if (numeric.length > 0) return `is typed ${numeric.join('/')} without a unit: use type: string, format: duration (ISO 8601, e.g. PT15M) or end the name in a unit (${unitSuffixes.join(', ')})`;
  if (!facts.types.has('string') || facts.enum !== undefined) return undefined;
  if (facts.format === 'duration') return undefined;
  return `is a string ${facts.format === undefined ? 'without a format' : `with format ${facts.format}`}: declare format: duration (ISO 8601, e.g. PT15M)`;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function timeDurationFormat(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const units = dict.time?.durationUnitSuffixes ?? [];
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  for (const value of view.named((name) => isDurationName(name, dict))) {
    if (value.in === 'header') continue;
    for (const variant of view.variants(value)) {
      const problem = durationProblem(variant.facts, units);
      if (problem === undefined) continue;
      findings.add(value.judged, problem, value.name, (names) => `duration ${names} ${problem}`);
      break;
    }
  }
  return findings.results(fnContext);
});
