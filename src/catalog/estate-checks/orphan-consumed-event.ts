/**
 * X5 estate-orphan-consumed-event: an event type some contract receives that no live contract
 * sends. The match key is the CloudEvents type, else `<channel address>#<message name>`; AsyncAPI
 * 2.x `publish` is a receive and `subscribe` a send (the model normalizes both). When another major
 * of the type is produced, estate-version-skew reports it instead.
 */
import { at, eventIndex, label, listNames, typeFamily, uniqueLocations, type EstateCheck, type EstateFindingDraft } from '../estate.js';

export const orphanConsumedEvent: EstateCheck = {
  id: 'estate-orphan-consumed-event',
  severity: 'error',
  area: 'events',
  description: 'A contract receives an event type that no contract in the estate sends.',
  run(estate) {
    const { producers, consumers } = eventIndex(estate);
    const producedFamilies = new Set([...producers.keys()].map((t) => typeFamily(t).family));
    const findings: EstateFindingDraft[] = [];
    for (const [type, uses] of consumers) {
      if (producers.has(type)) continue;
      const { family, major } = typeFamily(type);
      if (major !== null && producedFamilies.has(family)) continue;
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        message: `${type} is received by ${listNames(uses.map((u) => label(u.contract)))} but no contract in the estate sends it`,
        locations: uniqueLocations(uses.map((u) => at(u.contract, u.event))),
      });
    }
    return findings;
  },
};
