/**
 * ids-declared-format: a string id named after a registry entry declares the entry's format or
 * pattern (`customerId`: format uuid; `storeId`: pattern ^[0-9]{4}$), or, for entries with neither,
 * an id format (uuid, ulid) or some pattern. A pattern other than the registry's is reported too.
 * GTINs are judged by ids-gtin-format; a SKU without a pattern by ids-sku-format.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary, type CanonicalId } from '../lint/canonical.js';
import { singularName } from './lib/plural.js';
import { type SchemaFacts } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';

/** What is wrong with a string id's declared format, or undefined. */
export function declaredFormatProblem(name: string, entry: CanonicalId, facts: SchemaFacts, dict: CanonicalDictionary): string | undefined {
  const formats = [entry.format, ...(entry.formats ?? [])].filter((f): f is string => typeof f === 'string');
  const { pattern, format } = facts;
  if (entry.pattern !== undefined) {
    if (pattern === entry.pattern || (format !== undefined && formats.includes(format))) return undefined;
    if (pattern !== undefined) return `pattern ${pattern} differs from the registry's ${entry.pattern}`;
    if (name === 'sku') return undefined; // a missing SKU pattern is ids-sku-format's finding
    const alternatives = formats.length > 0 ? ` (or format: ${formats.join('/')})` : '';
    return `declares no pattern: use the registry's ${entry.pattern}${alternatives}${format !== undefined ? `, not format ${format}` : ''}`;
  }
  if (formats.length > 0) {
    if (format !== undefined && formats.includes(format)) return undefined;
    return `declares ${format !== undefined ? `format ${format}` : 'no format'}: the registry's format is ${formats.join(' or ')}`;
  }
  const idFormats = dict.idNames?.formats ?? [];
  if (pattern !== undefined || (format !== undefined && idFormats.includes(format))) return undefined;
  return `declares neither a format (${idFormats.join(', ')}) nor a pattern`;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function idsDeclaredFormat(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const ids = dict.ids ?? {};
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  const entryFor = (name: string): CanonicalId | undefined =>
    name !== 'gtin' && Object.prototype.hasOwnProperty.call(ids, name) ? ids[name] : undefined;
  for (const value of view.named((name) => entryFor(name) !== undefined || entryFor(singularName(name)) !== undefined)) {
    const singular = singularName(value.name);
    const direct = entryFor(value.name);
    const items = singular !== value.name ? entryFor(singular) : undefined;
    if (direct === undefined && items === undefined) continue;
    for (const variant of items !== undefined ? view.variantsWithItems(value) : view.variants(value)) {
      const entry = variant.viaItems ? items : direct;
      const name = variant.viaItems ? singular : value.name;
      if (entry === undefined || !variant.facts.types.has('string')) continue;
      const problem = declaredFormatProblem(name, entry, variant.facts, dict);
      if (problem === undefined) continue;
      findings.add(value.judged, problem, value.name, (names) => `canonical id ${names} ${problem}`);
      break;
    }
  }
  return findings.results(fnContext);
});
