/**
 * The estate the checks run over: every collected contract with its facts, the canonical
 * dictionary, the optional estate.yaml and the report date. Checks are pure functions of this.
 */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { Severity } from '../lint/finding.js';
import type { EstateConfig } from './estate-config.js';
import type { ApiEntryBase, ContractFacts, EventFact, Location } from './facts.js';
import type { EstateFinding, RuleArea } from './types.js';

export interface EstateContract {
  /** position in the estate (stable: discovery order) */
  index: number;
  entry: ApiEntryBase;
  facts: ContractFacts;
}

export interface Estate {
  contracts: EstateContract[];
  canonical: CanonicalDictionary;
  config: EstateConfig | null;
  /** YYYY-MM-DD: sunsets before this date have passed */
  today: string;
}

export interface DraftLocation extends Location {
  /** index of the contract the location belongs to (for scoring and the apiId in catalog.json) */
  contract: number;
  /** shown for comparison (the system of record, the producer): the finding does not count against it */
  reference?: boolean;
}

/** A finding as a check produces it; the runner applies configuration and names the APIs. */
export interface EstateFindingDraft {
  ruleId: string;
  severity: Severity;
  message: string;
  locations: DraftLocation[];
}

/** A draft as catalog.json and the gate show it: each location names its API. */
export function toEstateFinding(draft: EstateFindingDraft, apiIdOf: (contract: number) => string): EstateFinding {
  return {
    ruleId: draft.ruleId,
    severity: draft.severity,
    message: draft.message,
    locations: draft.locations.map((l) => ({ file: l.file, pointer: l.pointer, apiId: apiIdOf(l.contract), ...(l.reference === true ? { reference: true } : {}) })),
  };
}

/** Where an estate finding is: its first location that is not shown for comparison. */
export function primaryLocation<L extends { reference?: boolean }>(finding: { locations: readonly L[] }): L | undefined {
  return finding.locations.find((l) => l.reference !== true) ?? finding.locations[0];
}

/**
 * The identity of an estate finding across two runs (previous catalog, base commit): check, message
 * (counts in it, such as "10 places", may differ) and the places it is about, not the references.
 */
export function estateFindingKey(finding: { ruleId: string; message: string; locations: ReadonlyArray<{ file: string; pointer: string; reference?: boolean }> }, fileKey: (file: string) => string = (file) => file): string {
  const places = finding.locations
    .filter((l) => l.reference !== true)
    .map((l) => `${fileKey(l.file)}#${l.pointer}`)
    .sort()
    .join('\u0001');
  return `${finding.ruleId}\u0000${finding.message.replace(/\d+/g, '#')}\u0000${places}`;
}

export interface EstateCheck {
  id: string;
  /** the default severity; a finding may carry a lower one (a template overlap, an extra enum value) */
  severity: Severity;
  /** the score area the findings subtract from in the contracts they name */
  area: RuleArea;
  description: string;
  run(estate: Estate): EstateFindingDraft[];
}

export function at(contract: EstateContract, location: Location): DraftLocation {
  return { file: location.file, pointer: location.pointer, contract: contract.index };
}

/** A location shown for comparison only (see DraftLocation.reference). */
export function referenceAt(contract: EstateContract, location: Location): DraftLocation {
  return { ...at(contract, location), reference: true };
}

/** Locations without repeats (same file, pointer and role), in order. */
export function uniqueLocations(locations: DraftLocation[]): DraftLocation[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = `${l.contract}\u0000${l.file}\u0000${l.pointer}\u0000${l.reference === true}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Contracts the checks consider: everything but `x-lifecycle: retired`. */
export function activeContracts(estate: Estate): EstateContract[] {
  return estate.contracts.filter((c) => !c.facts.retired);
}

/** `retail-order-management v2`: how a message names a contract. */
export function label(contract: EstateContract): string {
  return contract.entry.major === null ? contract.entry.apiId : `${contract.entry.apiId} v${contract.entry.major}`;
}

export function listNames(names: Iterable<string>, max = 5): string {
  const all = [...new Set(names)];
  return all.length <= max ? all.join(', ') : `${all.slice(0, max).join(', ')} and ${all.length - max} more`;
}

export interface EventUse {
  contract: EstateContract;
  event: EventFact;
}

export interface EventIndex {
  producers: Map<string, EventUse[]>;
  consumers: Map<string, EventUse[]>;
}

const eventIndexes = new WeakMap<Estate, EventIndex>();

/** Who sends and who receives each event type, among active contracts. */
export function eventIndex(estate: Estate): EventIndex {
  let index = eventIndexes.get(estate);
  if (index === undefined) {
    index = { producers: new Map(), consumers: new Map() };
    for (const contract of activeContracts(estate)) {
      for (const event of contract.facts.events) {
        const map = event.action === 'send' ? index.producers : index.consumers;
        const list = map.get(event.type);
        if (list === undefined) map.set(event.type, [{ contract, event }]);
        else list.push({ contract, event });
      }
    }
    eventIndexes.set(estate, index);
  }
  return index;
}

/** An event type without its major: `com.acme.order.placed.v2` → `com.acme.order.placed`; channel keys keep their `#name`. */
export function typeFamily(type: string): { family: string; major: number | null } {
  const m = /^(.*)\.v(\d+)(#.*)?$/.exec(type);
  if (m === null) return { family: type, major: null };
  return { family: `${m[1]}${m[3] ?? ''}`, major: Number(m[2]) };
}

/** Is the date (YYYY-MM-DD or RFC 3339) before the report date? */
export function hasPassed(date: string | null, today: string): boolean {
  if (date === null) return false;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  return day !== undefined && day < today;
}
