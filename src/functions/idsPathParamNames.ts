/**
 * ids-path-param-names: a path parameter right after a collection segment identifies an entity and
 * uses its canonical name (`/orders/{orderId}`, not `{id}` or `{order_no}`), and one collection uses
 * one parameter name across the document. Reported at the path, once per parameter.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { openApiModelOf } from '../model/index.js';
import { lintContextOf, Reporter } from '../lint/context.js';
import { configuredCase } from './lib/convention.js';
import { servedOperations } from './lib/http.js';
import { singularName } from './lib/plural.js';
import { pathParameterUses, type PathParameterUse } from './lib/values.js';
import { sameWords, splitWords, toCase, type NameCase } from './lib/words.js';


/**
 * Registry names that identify the entity a collection segment holds (`orders` → orderId;
 * `products` → productId and gtin, which both identify a Product). Empty when the registry has none.
 */
export function canonicalNamesFor(collection: string, dict: CanonicalDictionary): string[] {
  const singular = singularName(splitWords(collection).join('_'));
  const ids = dict.ids ?? {};
  // the entry named after the collection first (products → productId), then one for its entity (gtin)
  const byKey = Object.keys(ids).find((key) => sameWords(key, singular) || sameWords(key, `${singular}_id`));
  const byEntity = Object.keys(ids).find((key) => ids[key]!.entity !== undefined && sameWords(ids[key]!.entity!, singular));
  const first = byKey ?? byEntity;
  if (first === undefined) return [];
  const entity = ids[first]!.entity ?? first;
  const names = [first];
  for (const [key, entry] of Object.entries(ids)) {
    if (key !== first && (entry.entity ?? key) === entity) names.push(key);
  }
  for (const key of [...names]) for (const item of (ids[key]!.aliases ?? [])) names.push(item);
  return names;
}

/** `{purchaseOrderId}` for `purchase-orders`, in the estate's case convention. */
export function suggestedName(collection: string, nameCase: NameCase): string {
  return toCase(`${singularName(splitWords(collection).join('_'))}_id`, nameCase);
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function idsPathParamNames(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const model = openApiModelOf(contract);
  if (model === undefined) return [];
  const dict = canonicalOf(fnContext);
  const nameCase = configuredCase(dict);
  const notIds = new Set(dict.idNames?.notIdPathParameters ?? []);
  const paths = [...new Set(servedOperations(model).map((o) => o.path))];
  const reporter = new Reporter(fnContext);
  const flagged = new Set<string>();
  const byCollection = new Map<string, PathParameterUse[]>();
  const canonicalByCollection = new Map<string, string[]>();
  for (const path of paths) {
    for (const use of pathParameterUses(path)) {
      if (notIds.has(use.name)) continue;
      const key = `${use.parent ?? ''}/${use.collection}`;
      const list = byCollection.get(key);
      if (list === undefined) byCollection.set(key, [use]);
      else list.push(use);
      let canonical = canonicalByCollection.get(use.collection);
      if (canonical === undefined) canonicalByCollection.set(use.collection, (canonical = canonicalNamesFor(use.collection, dict)));
      let message: string | undefined;
      // compared by words: {order_id} is the canonical orderId in another case, which is not this rule's business
      if (canonical.length > 0 && !canonical.some((c) => sameWords(c, use.name))) {
        message = `path parameter {${use.name}} after /${use.collection}/ is not a canonical id of that entity: name it {${canonical[0]}}`;
      } else if (canonical.length === 0 && use.name.toLowerCase() === 'id') {
        message = `path parameter {${use.name}} after /${use.collection}/ is anonymous: name it after the entity, e.g. {${suggestedName(use.collection, nameCase)}}`;
      }
      if (message !== undefined) {
        flagged.add(`${path}\u0000${use.name}`);
        reporter.at({ source: contract, path: ['paths', path] }, message);
      }
    }
  }
  for (const [key, uses] of byCollection) {
    // names already reported as not canonical do not vote
    const counts = new Map<string, number>();
    for (const use of uses) if (!flagged.has(`${use.path}\u0000${use.name}`)) counts.set(use.name, (counts.get(use.name) ?? 0) + 1);
    if (counts.size < 2) continue;
    // the most used name wins; a tie goes to the first one written
    const preferred = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
    for (const use of uses) {
      if (use.name === preferred || flagged.has(`${use.path}\u0000${use.name}`)) continue;
      flagged.add(`${use.path}\u0000${use.name}`);
      reporter.at(
        { source: contract, path: ['paths', use.path] },
        `path parameter {${use.name}} after ${key.startsWith('/') ? '' : '/'}${key}/ is named {${preferred}} in ${counts.get(preferred)} other path${counts.get(preferred) === 1 ? '' : 's'}: use one name per collection`,
      );
    }
  }
  return reporter.results;
});
