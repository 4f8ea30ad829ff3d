/**
 * X14 estate-write-outside-sor: an operation that creates, changes or deletes an entity (POST, PUT,
 * PATCH or DELETE on the entity's resource path, or handling a command message about it) in a
 * contract that is not the entity's system of record. Reads, queries (POST .../search) and event
 * consumption are fine. Entities without any system of record are left to estate-sor-missing.
 */
import { activeContracts, at, label, listNames, referenceAt, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';

export const writeOutsideSor: EstateCheck = {
  id: 'estate-write-outside-sor',
  severity: 'error',
  area: 'owner',
  description: 'An operation writes an entity from a contract that is not its system of record.',
  run(estate) {
    const active = activeContracts(estate);
    const owners = new Map<string, EstateContract[]>();
    for (const contract of active) {
      for (const sor of contract.facts.systemOfRecord) {
        const list = owners.get(sor.entity) ?? [];
        if (!list.includes(contract)) list.push(contract);
        owners.set(sor.entity, list);
      }
    }
    const findings: EstateFindingDraft[] = [];
    for (const contract of active) {
      for (const use of contract.facts.entityUses) {
        if (!use.write) continue;
        const sor = owners.get(use.entity);
        if (sor === undefined || sor.includes(contract)) continue;
        // another contract of the same system, or another major of the same API, is the same source of truth
        if (sor.some((o) => o.entry.apiId === contract.entry.apiId || (o.entry.system !== null && o.entry.system === contract.entry.system))) continue;
        const what = use.how === 'command' ? 'handles a command that changes' : 'writes';
        const operation = describeUse(contract, use.file, use.pointer);
        findings.push({
          ruleId: this.id,
          severity: this.severity,
          message: `${label(contract)} ${what} ${use.entity}${operation}, but the system of record for ${use.entity} is ${listNames(sor.map(label))}`,
          locations: [at(contract, use), ...sor.map((o) => referenceAt(o, o.facts.systemOfRecord.find((s) => s.entity === use.entity) ?? o.facts.info))],
        });
      }
    }
    return findings;
  },
};

function describeUse(contract: EstateContract, file: string, pointer: string): string {
  const route = contract.facts.routes.find((r) => r.file === file && r.pointer === pointer);
  if (route !== undefined) return ` (${route.method} ${route.path})`;
  const event = contract.facts.events.find((e) => e.file === file && e.pointer === pointer);
  return event !== undefined ? ` (${event.messageName ?? event.type} on ${event.channel})` : '';
}
