/**
 * ids-sku-format: `sku` and `*Sku` (properties, parameters, headers) are strings with a `maxLength`
 * and a `pattern`; never integer or number. Object alternatives (an expanded SKU entity) are not SKU
 * values and are left alone.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { isSkuName } from './lib/name-heuristics.js';
import { numericTypes, type SchemaFacts } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { namedProblems, valueViewOf } from './lib/values.js';

/** What is wrong with a SKU's schema, or undefined. `maxLengthRequired` comes from the registry. */
export function skuSchemaProblem(facts: SchemaFacts, maxLengthRequired = true): string | undefined {
  const numeric = numericTypes(facts);
  if (numeric.length > 0) return `is typed ${numeric.join('/')}: SKUs are alphanumeric strings`;
  if (!facts.types.has('string')) return undefined;
  const missing = [];
  if (maxLengthRequired && typeof facts.maxLength !== 'number') missing.push('maxLength');
  if (facts.pattern === undefined) missing.push('pattern');
  return missing.length === 0 ? undefined : `declares no ${missing.join(' and no ')}`;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function idsSkuFormat(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const entry = dict.ids?.sku;
  const maxLengthRequired = entry?.maxLengthRequired !== false;
  const hint = entry?.pattern !== undefined ? ` (registry: pattern ${entry.pattern})` : '';
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  for (const { value, problem } of namedProblems(view, isSkuName, (facts) => skuSchemaProblem(facts, maxLengthRequired))) {
    findings.add(value.judged, problem, value.name, (names) => `SKU ${names} ${problem}${problem.startsWith('declares') ? hint : ''}`);
  }
  return findings.results(fnContext);
});
