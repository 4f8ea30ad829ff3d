/**
 * ids-canonical-names: a property, parameter or header named with a forbidden synonym of a canonical
 * id (`custId`, `order_number`, `storeNo`) is reported at the name, with the name it should have.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { isCaseVariantInConvention, propertyConventionOf } from './lib/convention.js';
import { canonicalNameFor } from './lib/name-heuristics.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf, type NamedValue } from './lib/values.js';

/** The message for a synonym, or undefined when the name is not one. */
export function synonymProblem(name: string, kind: NamedValue['kind'], dict: CanonicalDictionary): string | undefined {
  const canonical = canonicalNameFor(name, dict);
  if (canonical === undefined) return undefined;
  return `${kind} \`${name}\` is a synonym of the canonical id \`${canonical}\`: name it \`${canonical}\``;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function idsCanonicalNames(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  // `location_id` in a contract written in snake_case throughout is `locationId` in its own spelling:
  // the convention is naming-property-case's finding, told once
  const flagged = (name: string) => {
    const canonical = canonicalNameFor(name, dict);
    return canonical !== undefined && !isCaseVariantInConvention(name, canonical, propertyConventionOf(view, dict));
  };
  for (const value of view.named(flagged)) {
    const message = synonymProblem(value.name, value.kind, dict);
    if (message !== undefined) findings.add(value.at, 'synonym', value.name, () => message);
  }
  return findings.results(fnContext);
});
