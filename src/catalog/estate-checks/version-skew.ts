/**
 * X13 estate-version-skew: a consumer pins a major the producer no longer (or not yet) offers:
 * `x-consumes: {api, major}` against the majors of that x-api-id in the estate, and a received
 * event type `....vN` while only other majors of that type are sent. Consumers of an API that is
 * not in the estate at all are not judged (it may be external).
 */
import { activeContracts, at, eventIndex, label, referenceAt, typeFamily, type EstateCheck, type EstateContract, type EstateFindingDraft, type EventUse } from '../estate.js';

export const versionSkew: EstateCheck = {
  id: 'estate-version-skew',
  severity: 'error',
  area: 'version',
  description: 'A consumer pins a major version of an API or event type that no producer in the estate offers.',
  run(estate) {
    const findings: EstateFindingDraft[] = [];
    const active = activeContracts(estate);
    const byApiId = new Map<string, EstateContract[]>();
    for (const contract of active) {
      const list = byApiId.get(contract.entry.apiId) ?? [];
      list.push(contract);
      byApiId.set(contract.entry.apiId, list);
    }
    for (const consumer of active) {
      for (const dependency of consumer.facts.consumesApis) {
        if (dependency.major === null) continue;
        const offered = (byApiId.get(dependency.api) ?? []).filter((c) => c !== consumer);
        if (offered.length === 0 || offered.some((c) => c.entry.major === dependency.major)) continue;
        const majors = [...new Set(offered.map((c) => (c.entry.major === null ? 'unversioned' : `v${c.entry.major}`)))].sort();
        findings.push({
          ruleId: this.id,
          severity: this.severity,
          message: `${label(consumer)} pins ${dependency.api} v${dependency.major}, but the estate offers only ${majors.join(', ')}`,
          locations: [at(consumer, dependency), ...offered.map((c) => referenceAt(c, c.facts.versionAt))],
        });
      }
    }
    const { producers, consumers } = eventIndex(estate);
    const producedByFamily = new Map<string, EventUse[]>();
    for (const [type, uses] of producers) {
      const { family, major } = typeFamily(type);
      if (major === null) continue;
      producedByFamily.set(family, [...(producedByFamily.get(family) ?? []), ...uses]);
    }
    for (const [type, uses] of consumers) {
      if (producers.has(type)) continue;
      const { family, major } = typeFamily(type);
      const offered = major === null ? undefined : producedByFamily.get(family);
      if (offered === undefined) continue;
      const majors = [...new Set(offered.map((u) => `v${typeFamily(u.event.type).major}`))].sort();
      for (const consumer of uses) {
        findings.push({
          ruleId: this.id,
          severity: this.severity,
          message: `${label(consumer.contract)} receives ${type}, but the estate sends only ${majors.join(', ')} of it`,
          locations: [at(consumer.contract, consumer.event), ...offered.map((u) => referenceAt(u.contract, u.event))],
        });
      }
    }
    return findings;
  },
};
