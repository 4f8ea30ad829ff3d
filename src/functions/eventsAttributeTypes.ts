/**
 * events-attribute-types: CloudEvents attributes have their CloudEvents types: id a non-empty
 * string, time a date-time string, source a uri-reference, specversion "1.0", type a string.
 */
import type { Contract } from '../document/contract.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import { effectiveSchema, type AsyncApiModel } from '../model/index.js';
import { isCloudEvent, envelopeOf, type AttributeSite } from './lib/cloudevents.js';
import { eventHeuristicsFrom } from './lib/heuristics.js';
import { asyncApiCheck, listing, type Problem } from './lib/problems.js';

const CHECKED = ['id', 'source', 'type', 'specversion', 'time'];

function faultsOf(contract: Contract, site: AttributeSite): string[] {
  const shape = effectiveSchema(contract, site.schema);
  const faults: string[] = [];
  const isString = shape.types.has('string') && [...shape.types].every((t) => t === 'string');
  if (!isString) faults.push('type: string');
  switch (site.attribute) {
    case 'id': {
      const min = shape.keyword('minLength');
      if (typeof min !== 'number' || min < 1) faults.push('minLength: 1');
      break;
    }
    case 'time':
      if (shape.format !== 'date-time') faults.push('format: date-time');
      break;
    case 'source':
      // `uri` is a stricter subset of uri-reference (absolute only), so it is accepted
      if (shape.format !== 'uri-reference' && shape.format !== 'uri') faults.push('format: uri-reference');
      break;
    case 'specversion': {
      const constant = shape.keyword('const');
      const pinned = constant !== undefined ? [constant] : shape.enum;
      if (pinned === undefined || pinned.length === 0 || !pinned.every((v) => v === '1.0')) faults.push('const: "1.0"');
      break;
    }
  }
  return faults;
}

export function checkAttributeTypes(model: AsyncApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = eventHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  for (const message of model.messages) {
    if (!isCloudEvent(model.contract, message, h.headerPrefixes)) continue;
    const envelope = envelopeOf(model.contract, message, CHECKED, h.headerPrefixes);
    for (const site of envelope.sites.values()) {
      const faults = faultsOf(model.contract, site);
      if (faults.length > 0) problems.push({ at: site.schema, message: `CloudEvents attribute ${site.name} needs ${listing(faults)}` });
    }
  }
  return problems;
}

export default asyncApiCheck(checkAttributeTypes);
