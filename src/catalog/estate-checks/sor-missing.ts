/**
 * X2 estate-sor-missing: an entity some contract uses (a schema of it, a resource path, an event or
 * command about it) that no live contract claims in info.x-system-of-record.
 */
import { activeContracts, at, label, listNames, type DraftLocation, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';

export const sorMissing: EstateCheck = {
  id: 'estate-sor-missing',
  severity: 'warn',
  area: 'owner',
  description: 'An entity used in the estate has no system of record.',
  run(estate) {
    const active = activeContracts(estate);
    const claimed = new Set(active.flatMap((c) => c.facts.systemOfRecord.map((s) => s.entity)));
    const uses = new Map<string, { contracts: Set<EstateContract>; locations: DraftLocation[]; seen: Set<string> }>();
    for (const contract of active) {
      for (const use of contract.facts.entityUses) {
        if (claimed.has(use.entity)) continue;
        let entry = uses.get(use.entity);
        if (entry === undefined) {
          entry = { contracts: new Set(), locations: [], seen: new Set() };
          uses.set(use.entity, entry);
        }
        entry.contracts.add(contract);
        const key = `${use.file}#${use.pointer}`;
        if (!entry.seen.has(key)) {
          entry.seen.add(key);
          entry.locations.push(at(contract, use));
        }
      }
    }
    const findings: EstateFindingDraft[] = [];
    for (const [entity, entry] of uses) {
      const names = [...entry.contracts].map(label);
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        message: `${entity} is used by ${listNames(names)} but no contract declares it in info.x-system-of-record`,
        locations: entry.locations,
      });
    }
    return findings;
  },
};
