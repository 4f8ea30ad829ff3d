/**
 * ids-canonical-names: a property, parameter or header named with a forbidden synonym of a canonical
 * id (`custId`, `order_number`, `storeNo`) is reported at the name, with the name it should have.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { canonicalNameFor } from './lib/heuristics.js';
import { FindingSet, valueViewOf, type NamedValue } from './lib/values.js';

/** The message for a synonym, or undefined when the name is not one. */
export function synonymProblem(name: string, kind: NamedValue['kind'], dict: CanonicalDictionary): string | undefined {
  const canonical = canonicalNameFor(name, dict);
  if (canonical === undefined) return undefined;
  return `${kind} \`${name}\` is a synonym of the canonical id \`${canonical}\`: name it \`${canonical}\``;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function idsCanonicalNames(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const findings = new FindingSet();
  for (const value of valueViewOf(fnContext).named((name) => canonicalNameFor(name, dict) !== undefined)) {
    const message = synonymProblem(value.name, value.kind, dict);
    if (message !== undefined) findings.add(value.at, 'synonym', value.name, () => message);
  }
  return findings.results(fnContext);
});
