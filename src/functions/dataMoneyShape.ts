/**
 * data-money-shape: a monetary property (by name, or `x-money: true`) is an object whose required
 * members are an amount and a currency, usually a `$ref` to one shared Money schema. A bare scalar
 * is reported at the property (or the scalar schema it `$ref`s); a money object that does not require
 * both members is reported once, at that object's definition. Objects without an amount or currency
 * member are entities (a Discount, an expandable Refund) and are left alone with their id variants.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { isAmountMember, isCurrencyMember, moneyVerdict } from './lib/heuristics.js';
import { moneyCandidates, moneyMembersText, moneyRoleOf } from './lib/money.js';
import { singularName } from './lib/plural.js';
import { booleanExtension, FindingSet, SCALAR_TYPES, valueViewOf, type SchemaFacts } from './lib/values.js';

export type MoneyObjectReading = { kind: 'money-object'; missingRequired: string[] } | { kind: 'entity' };

/** An object alternative of a money property: a money object (and what it fails to require), or an entity. */
export function readMoneyObject(facts: SchemaFacts, dict: CanonicalDictionary): MoneyObjectReading {
  const names = [...facts.properties];
  const amounts = names.filter((n) => isAmountMember(n, dict));
  const currencies = names.filter((n) => isCurrencyMember(n, dict));
  if (amounts.length === 0 || currencies.length === 0) return { kind: 'entity' };
  const missingRequired: string[] = [];
  if (!amounts.some((n) => facts.required.has(n))) missingRequired.push(amounts.join('/'));
  if (!currencies.some((n) => facts.required.has(n))) missingRequired.push(currencies.join('/'));
  return { kind: 'money-object', missingRequired };
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function dataMoneyShape(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const members = moneyMembersText(dict);
  const findings = new FindingSet();
  for (const value of moneyCandidates(view, dict)) {
    const role = moneyRoleOf(value, view, dict);
    const singular = singularName(value.name);
    // arrays of money objects (prices: [Money]); scalar arrays under a plural name are often ids
    const items = role === undefined && value.kind === 'property' && singular !== value.name &&
      moneyVerdict(singular, dict, { xMoney: booleanExtension(value.at, 'x-money') }).money;
    if (role !== 'money' && !items) continue;
    const variants = (items ? view.variantsWithItems(value) : view.variants(value)).filter((v) => !items || v.viaItems);
    if (variants.some((v) => v.types.has('boolean'))) continue;
    const objects = variants.filter((v) => v.types.has('object'));
    const readings = objects.map((v) => ({ variant: v, reading: readMoneyObject(v.facts, dict) }));
    if (readings.some((r) => r.reading.kind === 'entity')) continue;
    for (const { variant, reading } of readings) {
      if (reading.kind !== 'money-object' || reading.missingRequired.length === 0) continue;
      const missing = reading.missingRequired;
      findings.add(variant.node, 'required', value.name, (names) => `money object used by ${names} does not require ${missing.join(' and ')}: a money value needs ${members}`);
    }
    if (items) continue;
    const scalar = variants.find((v) => [...v.types].some((t) => SCALAR_TYPES.has(t)));
    if (scalar !== undefined) {
      const type = [...scalar.types].filter((t) => SCALAR_TYPES.has(t)).join('/');
      findings.add(value.judged, 'scalar', value.name, (names) => `money ${names} is a bare ${type}: use an object with ${members}, e.g. a $ref to a shared Money schema`);
    }
  }
  return findings.results(fnContext);
});
