/**
 * data-money-no-float: a money amount (the amount member of a money object, or a bare monetary
 * scalar) is never a binary float. Allowed: a string with a decimal pattern, an integer whose name
 * says minor units (amountMinor), or `number` with `format: decimal`. Bare integer and string money
 * scalars are data-money-shape's finding; this rule adds only the float danger for them.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { namesMinorUnits } from './lib/name-heuristics.js';
import { moneyValues } from './lib/money.js';
import { patternAccepts } from './lib/patterns.js';
import { type SchemaFacts } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';

/** What is wrong with a money amount's type, or undefined. `strict`: it is a money object's amount member. */
export function amountTypeProblem(name: string, facts: SchemaFacts, dict: CanonicalDictionary, strict: boolean): string | undefined {
  const decimalFormats = dict.money?.decimalFormats ?? ['decimal'];
  if (facts.types.has('number')) {
    if (facts.format !== undefined && decimalFormats.includes(facts.format)) return undefined;
    return `is type: number${facts.format !== undefined ? `, format: ${facts.format}` : ' with no format'} (a binary float): use a decimal string with a pattern, an integer in minor units (${appendWord(name, 'Minor')}) or format: decimal`;
  }
  if (!strict) return undefined;
  if (facts.types.has('integer')) {
    if (namesMinorUnits(name, dict)) return undefined;
    const suffix = (dict.money?.minorUnitSuffixes ?? ['Minor'])[0] ?? 'Minor';
    return `is an integer whose name does not say it counts minor units: name it ${appendWord(name, suffix)} (or use a decimal string)`;
  }
  if (facts.types.has('string')) {
    if (facts.format !== undefined && decimalFormats.includes(facts.format)) return undefined;
    const expected = dict.money?.amountPattern ?? '^-?\\d+(\\.\\d{1,4})?$';
    if (facts.pattern === undefined) return `is a string with no decimal pattern: declare pattern ${expected}`;
    const decimal = (patternAccepts(facts.pattern, '10.00') === true || patternAccepts(facts.pattern, '10') === true) && patternAccepts(facts.pattern, 'abc') === false;
    if (!decimal) return `is a string whose pattern ${facts.pattern} does not describe a decimal (e.g. ${expected})`;
  }
  return undefined;
}

/** `amount` + `Minor` in the name's own convention: amountMinor, unit_amount_minor. */
function appendWord(name: string, word: string): string {
  if (name.includes('_')) return `${name}_${word.toLowerCase()}`;
  if (name.includes('-')) return `${name}-${word.toLowerCase()}`;
  return name + word.charAt(0).toUpperCase() + word.slice(1);
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function dataMoneyNoFloat(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  for (const { value, role } of moneyValues(fnContext, view, dict)) {
    if (role === undefined) continue;
    const variants = view.variants(value);
    // a money property with an object alternative is a money object or an entity, not a scalar amount
    if (role === 'money' && variants.some((v) => v.types.has('object') || v.types.has('boolean'))) continue;
    for (const variant of variants) {
      const problem = amountTypeProblem(value.name, variant.facts, dict, role === 'amount-member');
      if (problem === undefined) continue;
      findings.add(value.judged, problem, value.name, (names) => `money amount ${names} ${problem}`);
      break;
    }
  }
  return findings.results(fnContext);
});
