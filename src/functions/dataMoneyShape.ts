/**
 * data-money-shape: a monetary property (by name, or `x-money: true`) is an object whose required
 * members are an amount and a currency, usually a `$ref` to one shared Money schema. A bare scalar
 * is reported at the property (or the scalar schema it `$ref`s); a money object that does not require
 * both members is reported once, at that object's definition. Objects without an amount or currency
 * member are entities (a Discount, an expandable Refund) and are left alone with their id variants.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { isAmountMember, isCurrencyMember, moneyVerdict } from './lib/name-heuristics.js';
import { moneyMembersText, moneyValues } from './lib/money.js';
import { singularName } from './lib/plural.js';
import { patternAccepts } from './lib/patterns.js';
import { SCALAR_TYPES, type SchemaFacts } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { booleanExtension, valueViewOf } from './lib/values.js';

export type MoneyObjectReading = { kind: 'money-object'; missingRequired: string[] } | { kind: 'entity' };

/**
 * An object alternative of a money property: a money object (and what it fails to require), or an
 * entity (no amount or no currency member, or an `id` of its own).
 */
export function readMoneyObject(facts: SchemaFacts, dict: CanonicalDictionary): MoneyObjectReading {
  const names = [...facts.properties];
  // an object with its own id is an entity that carries money (a Refund, an ApplicationFee), not a money value
  if (facts.properties.has('id')) return { kind: 'entity' };
  const amounts = names.filter((n) => isAmountMember(n, dict));
  const currencies = names.filter((n) => isCurrencyMember(n, dict));
  if (amounts.length === 0 || currencies.length === 0) return { kind: 'entity' };
  const missingRequired: string[] = [];
  if (!amounts.some((n) => facts.required.has(n))) missingRequired.push(amounts.join('/'));
  if (!currencies.some((n) => facts.required.has(n))) missingRequired.push(currencies.join('/'));
  return { kind: 'money-object', missingRequired };
}

/**
 * Does a scalar alternative hold an amount? Numbers do. A string does only when it says so (a decimal
 * format, a pattern or an example that reads as a decimal): a plain `price: string` is usually the id
 * of a Price, and a string enum (`automatic_tax: supported`) is a state.
 */
export function isScalarAmount(facts: SchemaFacts, examples: ReadonlyArray<{ value: unknown }> = []): boolean {
  if (facts.types.has('number') || facts.types.has('integer')) return true;
  if (!facts.types.has('string') || facts.enum !== undefined) return false;
  if (facts.format !== undefined && DECIMAL_STRING_FORMATS.has(facts.format)) return true;
  if (facts.pattern !== undefined && patternAccepts(facts.pattern, '10.50') === true && patternAccepts(facts.pattern, 'abc') === false) return true;
  return examples.some((e) => typeof e.value === 'string' && /^-?\d+(\.\d+)?$/.test(e.value));
}

const DECIMAL_STRING_FORMATS = new Set(['decimal', 'number', 'double', 'float', 'money', 'currency', 'amount']);

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function dataMoneyShape(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const members = moneyMembersText(dict);
  const findings = new FindingSet();
  for (const { value, role } of moneyValues(fnContext, view, dict)) {
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
    // a scalar beside an object alternative is the object's id (Stripe's expandable `refund`), not an amount
    if (items || objects.length > 0) continue;
    const scalar = variants.find((v) => isScalarAmount(v.facts, view.examples(value)));
    if (scalar !== undefined) {
      const type = [...scalar.types].filter((t) => SCALAR_TYPES.has(t)).join('/');
      findings.add(value.judged, 'scalar', value.name, (names) => `money ${names} is a bare ${type}: use an object with ${members}, e.g. a $ref to a shared Money schema`);
    }
  }
  return findings.results(fnContext);
});
