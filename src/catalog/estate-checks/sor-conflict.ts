/**
 * X1 estate-sor-conflict: an entity claimed as system of record by more than one contract.
 * The same API in several majors (v1 and v2 running side by side) and several contracts of one
 * system (its REST API and its event stream) are one source of truth, not a conflict.
 */
import { activeContracts, at, label, listNames, type Estate, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';
import type { Location } from '../facts.js';

export interface SorClaims {
  claims: Array<{ contract: EstateContract } & Location>;
  /** the claimants grouped into sources of truth: more than one is a conflict */
  sources: EstateContract[][];
}

/** For each entity, the live contracts claiming it and the sources of truth they form. */
export function sorClaims(estate: Estate): Map<string, SorClaims> {
  const claims = new Map<string, SorClaims['claims']>();
  for (const contract of activeContracts(estate)) {
    for (const sor of contract.facts.systemOfRecord) {
      const list = claims.get(sor.entity) ?? [];
      if (!list.some((c) => c.contract === contract)) list.push({ contract, pointer: sor.pointer, file: sor.file });
      claims.set(sor.entity, list);
    }
  }
  const out = new Map<string, SorClaims>();
  for (const [entity, list] of claims) out.set(entity, { claims: list, sources: sourcesOfTruth(list.map((c) => c.contract)) });
  return out;
}

export const sorConflict: EstateCheck = {
  id: 'estate-sor-conflict',
  severity: 'error',
  area: 'owner',
  description: 'An entity has more than one system of record (info.x-system-of-record) among live contracts.',
  run(estate) {
    const findings: EstateFindingDraft[] = [];
    for (const [entity, { claims, sources }] of sorClaims(estate)) {
      if (sources.length < 2) continue;
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        message: `${entity} has ${sources.length} systems of record: ${listNames(sources.map(describe))}; an entity has one source of truth`,
        locations: claims.map((c) => at(c.contract, c)),
      });
    }
    return findings;
  },
};

/** Claimants grouped into sources of truth: same x-api-id or same x-system are one. */
function sourcesOfTruth(contracts: EstateContract[]): EstateContract[][] {
  const groups: EstateContract[][] = [];
  for (const contract of contracts) {
    const joined = groups.filter((g) => g.some((other) => sameSource(contract, other)));
    const merged = [contract, ...joined.flat()];
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

function sameSource(a: EstateContract, b: EstateContract): boolean {
  return a.entry.apiId === b.entry.apiId || (a.entry.system !== null && a.entry.system === b.entry.system);
}

function describe(group: EstateContract[]): string {
  const first = group[0]!;
  const system = first.entry.system !== null ? ` (system ${first.entry.system})` : '';
  return `${[...new Set(group.map(label))].join(' + ')}${system}`;
}
