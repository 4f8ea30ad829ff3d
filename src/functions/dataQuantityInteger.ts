/**
 * data-quantity-integer: stock and line quantities (quantity, onHand, inTransit, *Quantity, *Qty,
 * *OnHand; available/reserved/allocated when numeric) are integers with a minimum, unless their name
 * says they may be negative (quantityDelta). Weighed goods use an object and are left alone.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { isSignedQuantity, quantityKind, type QuantityKind } from './lib/name-heuristics.js';
import { type SchemaFacts } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';

/** What is wrong with a quantity's schema, or undefined. */
export function quantityProblem(kind: QuantityKind, signed: boolean, facts: SchemaFacts): string | undefined {
  if (facts.types.has('object') || facts.types.has('array') || facts.types.has('boolean')) return undefined;
  const weighed = 'weighed goods use an object {value: decimal string, unitOfMeasure}';
  if (facts.types.has('number')) return `is type: number${facts.format !== undefined ? `, format: ${facts.format}` : ''}: counts are type: integer (${weighed})`;
  if (facts.types.has('string')) return kind === 'ambiguous' ? undefined : `is a string: counts are type: integer (${weighed})`;
  if (!facts.types.has('integer') || signed) return undefined;
  if (typeof facts.minimum === 'number' || typeof facts.exclusiveMinimum === 'number' || facts.exclusiveMinimum === true) return undefined;
  return 'is an integer with no minimum: declare minimum: 0 (or 1), or name it as a change (…Delta) if it can go negative';
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function dataQuantityInteger(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  for (const value of view.named((name) => quantityKind(name, dict) !== undefined)) {
    if (value.kind !== 'property') continue;
    const kind = quantityKind(value.name, dict);
    if (kind === undefined) continue;
    const variants = view.variants(value);
    if (variants.some((v) => v.types.has('object') || v.types.has('boolean'))) continue;
    const signed = isSignedQuantity(value.name, dict);
    for (const variant of variants) {
      const problem = quantityProblem(kind, signed, variant.facts);
      if (problem === undefined) continue;
      findings.add(value.judged, problem, value.name, (names) => `quantity ${names} ${problem}`);
      break;
    }
  }
  return findings.results(fnContext);
});
