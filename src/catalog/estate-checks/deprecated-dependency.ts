/**
 * X11 estate-deprecated-dependency: a live contract depends on an API or event that is deprecated,
 * retired, or past its x-sunset at report time: through `x-consumes` (the pinned major, or every
 * version when none is pinned) or by receiving an event type whose every producer is going away.
 * Message text names the sunset date so the board can plan migrations per date.
 */
import { usesApi } from '../facts.js';
import { activeContracts, at, hasPassed, label, listNames, referenceAt, type Estate, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';

export const deprecatedDependency: EstateCheck = {
  id: 'estate-deprecated-dependency',
  severity: 'warn',
  area: 'version',
  description: 'A contract consumes an API or event that is deprecated, retired or past its sunset date.',
  run(estate) {
    const findings: EstateFindingDraft[] = [];
    const byApiId = new Map<string, EstateContract[]>();
    for (const contract of estate.contracts) {
      const list = byApiId.get(contract.entry.apiId) ?? [];
      list.push(contract);
      byApiId.set(contract.entry.apiId, list);
    }
    const producersByType = new Map<string, Array<{ contract: EstateContract; going: string | null; sunset: string | null; at: { file: string; pointer: string } }>>();
    for (const contract of estate.contracts) {
      for (const event of contract.facts.events) {
        if (event.action !== 'send') continue;
        const going = goingAway(contract, estate) ?? (event.deprecated ? 'deprecates the message' : hasPassed(event.sunset, estate.today) ? `is past the message's sunset ${event.sunset}` : null);
        const list = producersByType.get(event.type) ?? [];
        list.push({ contract, going, sunset: event.sunset ?? contract.facts.sunset, at: event });
        producersByType.set(event.type, list);
      }
    }
    for (const consumer of activeContracts(estate)) {
      for (const dependency of consumer.facts.consumesApis) {
        const versions = (byApiId.get(dependency.api) ?? []).filter((c) => c !== consumer && usesApi(dependency, c.entry));
        if (versions.length === 0) continue;
        const reasons = versions.map((v) => goingAway(v, estate));
        if (reasons.some((r) => r === null)) continue;
        const sunset = earliest(versions.map((v) => v.facts.sunset));
        const pinned = dependency.major === null ? dependency.api : `${dependency.api} v${dependency.major}`;
        findings.push({
          ruleId: this.id,
          severity: this.severity,
          message: `${label(consumer)} consumes ${pinned}, which ${reasons[0]}${sunset !== null ? ` (sunset ${sunset})` : ''}`,
          locations: [at(consumer, dependency), ...versions.map((v) => referenceAt(v, v.facts.info))],
        });
      }
      const reported = new Set<string>();
      for (const event of consumer.facts.events) {
        if (event.action !== 'receive' || reported.has(event.type)) continue;
        const producers = (producersByType.get(event.type) ?? []).filter((p) => p.contract !== consumer);
        if (producers.length === 0 || producers.some((p) => p.going === null)) continue;
        reported.add(event.type);
        const sunset = earliest(producers.map((p) => p.sunset));
        findings.push({
          ruleId: this.id,
          severity: this.severity,
          message:
            producers.length === 1
              ? `${label(consumer)} receives ${event.type}, sent only by ${label(producers[0]!.contract)}, which ${producers[0]!.going}${sunset !== null ? ` (sunset ${sunset})` : ''}`
              : `${label(consumer)} receives ${event.type}, sent only by ${listNames(producers.map((p) => label(p.contract)))}, all deprecated, retired or past their sunset${sunset !== null ? ` (earliest sunset ${sunset})` : ''}`,
          locations: [at(consumer, event), ...producers.map((p) => referenceAt(p.contract, p.at))],
        });
      }
    }
    return findings;
  },
};

/** Why a contract is going away, or null when it is not. */
function goingAway(contract: EstateContract, estate: Estate): string | null {
  if (contract.facts.retired) return 'is retired';
  if (contract.facts.deprecated) return 'is deprecated';
  if (hasPassed(contract.facts.sunset, estate.today)) return `is past its sunset date ${contract.facts.sunset}`;
  return null;
}

function earliest(dates: Array<string | null>): string | null {
  const known = dates.filter((d): d is string => d !== null).sort();
  return known[0] ?? null;
}
