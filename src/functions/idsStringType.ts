/**
 * ids-string-type: ids (registry names, `id`, `*Id`, `*_id`, and path parameters that identify a
 * resource) are strings. An integer or number alternative anywhere in the id's schema (oneOf/anyOf
 * branches, array items of `orderIds`) is reported at the schema's definition.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { isGtinName, isIdName, isSkuName } from './lib/name-heuristics.js';
import { singularName } from './lib/plural.js';
import { numericTypes } from './lib/facts.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';

/** Is the value an id this rule judges? GTINs and SKUs have rules of their own. */
export function judgedAsId(name: string, dict: CanonicalDictionary, identifiesResource = false): boolean {
  if (isGtinName(name, dict) || isSkuName(name)) return false;
  if (identifiesResource && !(dict.idNames?.notIdPathParameters ?? []).includes(name)) return true;
  return isIdName(name, dict);
}


export default createRulesetFunction<unknown, null>({ input: null, options: null }, function idsStringType(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const view = valueViewOf(fnContext);
  const findings = new FindingSet();
  const idByName = new Map<string, boolean>();
  const isId = (name: string) => {
    let id = idByName.get(name);
    if (id === undefined) idByName.set(name, (id = judgedAsId(name, dict)));
    return id;
  };
  const candidates = new Set(view.named((name) => isId(name) || isId(singularName(name))));
  for (const value of view.values) if (value.identifiesResource) candidates.add(value);
  for (const value of candidates) {
    const direct = value.identifiesResource ? judgedAsId(value.name, dict, true) : isId(value.name);
    const singular = singularName(value.name);
    const items = singular !== value.name && isId(singular);
    if (!direct && !items) continue;
    for (const variant of items ? view.variantsWithItems(value) : view.variants(value)) {
      if (variant.viaItems ? !items : !direct) continue;
      const numeric = numericTypes(variant.facts);
      if (numeric.length === 0) continue;
      const what = value.identifiesResource ? 'path parameter' : variant.viaItems ? 'items of' : 'id';
      findings.add(value.judged, 'numeric', value.name, (names) => `${what} ${names} ${variant.viaItems ? 'are' : 'is'} typed ${numeric.join('/')}: ids are type: string (numeric ids are enumerable and lose leading zeros)`);
      break;
    }
  }
  return findings.results(fnContext);
});
