/**
 * ids-gtin-format: `gtin`, `ean`, `upc`, `gtin13`… (and names ending in one: `productGtin`) are
 * strings whose pattern accepts only 8, 12, 13 or 14 digits; examples carry a valid GS1 check digit.
 * The pattern is judged by what it accepts, not by how it is spelled.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { GTIN_LENGTHS, gtinProblem } from './lib/gs1.js';
import { isGtinName } from './lib/name-heuristics.js';
import { compilePattern } from './lib/patterns.js';
import { singularName } from './lib/plural.js';
import { numericTypes, type SchemaFacts } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';

const NOT_DIGITS = ['ABCDEFGH', '1234567A', '123456789012X', '12345678901234 ', '１２３４５６７８'];

/** Does a pattern accept only GTIN lengths of digits (and at least one)? */
export function isGtinPattern(pattern: string): boolean {
  const re = compilePattern(pattern);
  if (re === null) return false;
  let acceptsSome = false;
  for (let length = 1; length <= 20; length++) {
    // a real GTIN prefix, so patterns that pin a leading digit or a check digit still match
    const digits = '40063813339310123456'.slice(0, length);
    if (!re.test(digits)) continue;
    if (!GTIN_LENGTHS.includes(length)) return false;
    acceptsSome = true;
  }
  return acceptsSome && !NOT_DIGITS.some((s) => re.test(s));
}

/** What is wrong with a GTIN's schema, or undefined. */
export function gtinSchemaProblem(facts: SchemaFacts): string | undefined {
  const numeric = numericTypes(facts);
  if (numeric.length > 0) return `is typed ${numeric.join('/')}: a GTIN is a string of digits (an integer drops leading zeros)`;
  if (!facts.types.has('string')) return undefined;
  if (facts.pattern === undefined) return `declares no pattern: use ^(\\d{8}|\\d{12,14})$ (GTIN-8/12/13/14)`;
  if (!isGtinPattern(facts.pattern)) return `pattern ${facts.pattern} does not limit it to 8, 12, 13 or 14 digits`;
  return undefined;
}

/** What is wrong with a GTIN example, or undefined. */
export function gtinExampleProblem(example: unknown): string | undefined {
  if (typeof example !== 'string') return typeof example === 'number' ? 'is a number: quote it (GTINs are strings)' : undefined;
  switch (gtinProblem(example)) {
    case 'not-digits':
      return `"${example}" is not all digits`;
    case 'length':
      return `"${example}" has ${example.length} digits (GTINs have 8, 12, 13 or 14)`;
    case 'check-digit':
      return `"${example}" has a wrong GS1 check digit`;
    default:
      return undefined;
  }
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function idsGtinFormat(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  for (const value of view.named((name) => isGtinName(name, dict) || isGtinName(singularName(name), dict))) {
    const direct = isGtinName(value.name, dict);
    const singular = singularName(value.name);
    const items = singular !== value.name && isGtinName(singular, dict);
    if (!direct && !items) continue;
    for (const variant of items ? view.variantsWithItems(value) : view.variants(value)) {
      if (variant.viaItems ? !items : !direct) continue;
      const problem = gtinSchemaProblem(variant.facts);
      if (problem === undefined) continue;
      findings.add(value.judged, problem, value.name, (names) => `GTIN ${names} ${problem}`);
      break;
    }
    if (direct) {
      for (const example of view.examples(value)) {
        const problem = gtinExampleProblem(example.value);
        if (problem !== undefined) findings.add(example.at, 'example', value.name, (names) => `example of GTIN ${names} ${problem}`);
      }
    }
  }
  return findings.results(fnContext);
});
