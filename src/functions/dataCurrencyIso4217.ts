/**
 * data-currency-iso4217: currency values (`currency`, `currencyCode`, `*Currency`, `*CurrencyCode`,
 * and the items of `currencies`) are strings limited to ISO 4217 codes: `pattern: ^[A-Z]{3}$` (or
 * a pattern that accepts and rejects the same codes), `format: iso-4217`, or an enum of such codes.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { codeProblem, currencySpec } from './lib/codes.js';
import { isCurrencyName } from './lib/name-heuristics.js';
import { FindingSet } from './lib/findings.js';
import { namedProblems, valueViewOf } from './lib/values.js';

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function dataCurrencyIso4217(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const spec = currencySpec(dict.currency?.pattern ?? '^[A-Z]{3}$', dict.currency?.format ?? 'iso-4217');
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  for (const { value, problem } of namedProblems(view, (name) => isCurrencyName(name, dict), (facts) => codeProblem(facts, spec))) {
    findings.add(value.judged, problem, value.name, (names) => `currency ${names} ${problem}`);
  }
  return findings.results(fnContext);
});
