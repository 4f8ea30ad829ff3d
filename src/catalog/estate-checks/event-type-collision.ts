/**
 * X10 estate-event-type-collision: one CloudEvents type, or one Kafka topic, sent by contracts of
 * different APIs that have different owners or payloads a consumer could not read alike. Several
 * majors of one API (same x-api-id) are one producer.
 */
import { activeContracts, at, eventIndex, label, listNames, uniqueLocations, type EstateCheck, type EstateFindingDraft, type EventUse } from '../estate.js';
import { shapeFingerprint } from '../shape.js';
import { incompatiblePayloads } from './compare-shapes.js';

export const eventTypeCollision: EstateCheck = {
  id: 'estate-event-type-collision',
  severity: 'error',
  area: 'events',
  description: 'One event type or Kafka topic is sent by APIs with different owners or incompatible payloads.',
  run(estate) {
    const findings: EstateFindingDraft[] = [];
    const reportedPairs = new Set<string>();
    const { producers } = eventIndex(estate);
    for (const [type, uses] of producers) {
      const finding = collision(`event type ${type}`, uses, reportedPairs, this.id);
      if (finding !== undefined) findings.push(finding);
    }
    const byTopic = new Map<string, EventUse[]>();
    for (const contract of activeContracts(estate)) {
      for (const event of contract.facts.events) {
        if (event.action !== 'send' || event.topic === null) continue;
        const list = byTopic.get(event.topic) ?? [];
        list.push({ contract, event });
        byTopic.set(event.topic, list);
      }
    }
    for (const [topic, uses] of byTopic) {
      const finding = collision(`Kafka topic ${topic}`, uses, reportedPairs, this.id, true);
      if (finding !== undefined) findings.push(finding);
    }
    return findings;
  },
};

function collision(subject: string, uses: EventUse[], reportedPairs: Set<string>, ruleId: string, ownersOnly = false): EstateFindingDraft | undefined {
  const byApi = new Map<string, EventUse>();
  for (const use of uses) if (!byApi.has(use.contract.entry.apiId)) byApi.set(use.contract.entry.apiId, use);
  if (byApi.size < 2) return undefined;
  const producers = [...byApi.values()];
  const owners = new Set(producers.map((u) => u.contract.entry.owner ?? '(no owner)'));
  let reason: string | undefined;
  if (owners.size > 1) reason = `owners differ (${listNames(owners)})`;
  else if (!ownersOnly) {
    // one producer per distinct payload structure: identical structures are compatible
    const distinct = new Map<string, EventUse>();
    for (const use of producers) if (use.event.payload !== null && !distinct.has(shapeFingerprint(use.event.payload))) distinct.set(shapeFingerprint(use.event.payload), use);
    const variants = [...distinct.values()];
    for (let i = 0; i < variants.length && reason === undefined; i++) {
      for (let j = i + 1; j < variants.length && reason === undefined; j++) {
        const issue = incompatiblePayloads(variants[i]!.event.payload!, variants[j]!.event.payload!);
        if (issue !== undefined) reason = `payloads are incompatible between ${label(variants[i]!.contract)} and ${label(variants[j]!.contract)}: ${issue.message}`;
      }
    }
  }
  if (reason === undefined) return undefined;
  const pairKey = producers.map((u) => u.contract.index).sort((x, y) => x - y).join(',');
  if (ownersOnly && reportedPairs.has(pairKey)) return undefined;
  reportedPairs.add(pairKey);
  return {
    ruleId,
    severity: 'error',
    message: `${subject} is sent by ${producers.length} APIs (${listNames(producers.map((u) => label(u.contract)))}) and ${reason}`,
    locations: uniqueLocations(uses.map((u) => at(u.contract, u.event))),
  };
}
