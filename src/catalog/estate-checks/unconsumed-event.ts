/**
 * X7 estate-unconsumed-event: an event type a contract sends that no contract in the estate
 * receives. Informational: a candidate for removal, or a feed for a sink outside the catalog.
 */
import { at, eventIndex, label, listNames, uniqueLocations, type EstateCheck, type EstateFindingDraft } from '../estate.js';

export const unconsumedEvent: EstateCheck = {
  id: 'estate-unconsumed-event',
  severity: 'info',
  area: 'events',
  description: 'An event type is sent but no contract in the estate receives it.',
  run(estate) {
    const { producers, consumers } = eventIndex(estate);
    const findings: EstateFindingDraft[] = [];
    for (const [type, uses] of producers) {
      if (consumers.has(type)) continue;
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        message: `${type} is sent by ${listNames(uses.map((u) => label(u.contract)))} but no contract in the estate receives it`,
        locations: uniqueLocations(uses.map((u) => at(u.contract, u.event))),
      });
    }
    return findings;
  },
};
