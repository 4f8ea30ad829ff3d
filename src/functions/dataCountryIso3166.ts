/**
 * data-country-iso3166: country values (`country`, `countryCode`, `*Country`, `*CountryCode`,
 * `countryOf*`, and the items of `countries`) are strings limited to ISO 3166-1 alpha-2 codes:
 * `pattern: ^[A-Z]{2}$` (or an equivalent), `format: iso-3166-alpha-2`, or an enum of such codes.
 * Names with an excluded word (countryName, countryCallingCode) are not country codes.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { codeProblem, countrySpec } from './lib/codes.js';
import { isCountryName } from './lib/name-heuristics.js';
import { FindingSet } from './lib/findings.js';
import { namedProblems, valueViewOf } from './lib/values.js';

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function dataCountryIso3166(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const spec = countrySpec(dict.country?.pattern ?? '^[A-Z]{2}$', dict.country?.format ?? 'iso-3166-alpha-2');
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  for (const { value, problem } of namedProblems(view, (name) => isCountryName(name, dict), (facts) => codeProblem(facts, spec))) {
    findings.add(value.judged, problem, value.name, (names) => `country ${names} ${problem}`);
  }
  return findings.results(fnContext);
});
