/**
 * naming-property-case: JSON property names follow the estate's case convention (camelCase by
 * default, `naming.propertyCase` in the canonical dictionary), in OpenAPI bodies and AsyncAPI payloads
 * alike. Message header names and conventional names (_links, @context, $schema) are left alone.
 *
 * A contract written throughout in another convention (Stripe and GitHub use snake_case) gets one
 * finding that says so, at its first such property, instead of one per property: the fix is one
 * decision (convert, or waive the rule for that contract), and 20 000 identical warnings would bury
 * every other finding. Names outside both conventions are still reported one by one.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf, type NamedValue } from './lib/values.js';
import { propertyConventionOf } from './lib/convention.js';
import { hasCase, toCase, type NameCase } from './lib/words.js';

/** The message for a property name in the wrong case, or undefined. */
export function propertyCaseProblem(name: string, nameCase: NameCase, exempt: readonly RegExp[] = []): string | undefined {
  if (hasCase(name, nameCase) || exempt.some((re) => re.test(name))) return undefined;
  // a namespaced key (Adyen's `enhancedSchemeData.totalTaxAmount`, `item[itemNr].sku`) follows the
  // convention when each dotted part does
  if (name.includes('.')) {
    const parts = name.split('.').map((part) => part.replace(/\[[^\]]*\]/g, ''));
    if (parts.every((part) => part !== '' && hasCase(part, nameCase))) return undefined;
  }
  const suggestion = toCase(name, nameCase);
  return `property \`${name}\` is not ${nameCase}${suggestion !== '' && suggestion !== name ? `: use \`${suggestion}\`` : ''}`;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function namingPropertyCase(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const { configured: nameCase, dominant, uses } = propertyConventionOf(view, dict);
  const findings = new FindingSet();
  let summarized = 0;
  let first: NamedValue | undefined;
  for (const name of uses.keys()) {
    const message = propertyCaseProblem(name, nameCase);
    if (message === undefined) continue;
    const properties = view.byName().get(name)!.filter((v) => v.kind === 'property');
    if (dominant !== undefined && hasCase(name, dominant)) {
      summarized += properties.length;
      first ??= properties[0];
      continue;
    }
    for (const value of properties) findings.add(value.at, 'case', value.name, () => message);
  }
  if (first !== undefined) {
    const example = first;
    findings.add(example.at, 'summary', example.name, () =>
      `property \`${example.name}\` and ${summarized - 1} other properties are ${dominant}: this contract does not follow the estate's ${nameCase} convention (convert it, or waive the rule for this contract)`);
  }
  return findings.results(fnContext);
});
