/** events-type-naming: CloudEvents `type` values are reverse-DNS, entity, event and major version (`com.acme.order.order-placed.v1`). */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { AsyncApiModel } from '../model/index.js';
import { declaredStrings, isCloudEvent, envelopeOf } from './lib/cloudevents.js';
import { eventHeuristicsFrom } from './lib/heuristics.js';
import { asyncApiCheck, listing, type Problem } from './lib/problems.js';

export function checkTypeNaming(model: AsyncApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = eventHeuristicsFrom(dictionary);
  const pattern = h.typePattern;
  if (pattern === undefined) return [];
  const problems: Problem[] = [];
  for (const message of model.messages) {
    if (!isCloudEvent(model.contract, message, h.headerPrefixes)) continue;
    const site = envelopeOf(model.contract, message, ['type'], h.headerPrefixes).sites.get('type');
    if (site === undefined) continue;
    const bad = declaredStrings(model.contract, site.schema).filter((v) => !pattern.test(v));
    if (bad.length > 0) {
      problems.push({ at: site.schema, message: `event type ${listing(bad.map((v) => JSON.stringify(v)))} does not match ${pattern.source} (e.g. com.acme.order.order-placed.v1)` });
    }
  }
  return problems;
}

export default asyncApiCheck(checkTypeNaming);
