/**
 * X8 estate-duplicate-operation-id: one operationId in contracts of different APIs (it breaks
 * aggregated SDKs, gateway policies and portal search), and one x-api-id on contracts whose titles
 * differ (two APIs under one catalog key).
 */
import { activeContracts, at, label, listNames, type DraftLocation, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';

export const duplicateOperationId: EstateCheck = {
  id: 'estate-duplicate-operation-id',
  severity: 'warn',
  area: 'naming',
  description: 'The same operationId in contracts of different APIs, or one x-api-id on contracts with different titles.',
  run(estate) {
    const findings: EstateFindingDraft[] = [];
    const active = activeContracts(estate);
    const byOperationId = new Map<string, Array<{ contract: EstateContract; location: DraftLocation }>>();
    for (const contract of active) {
      const seen = new Set<string>();
      for (const route of contract.facts.routes) {
        if (route.operationId === null || seen.has(route.operationId)) continue;
        seen.add(route.operationId);
        const list = byOperationId.get(route.operationId) ?? [];
        list.push({ contract, location: at(contract, route) });
        byOperationId.set(route.operationId, list);
      }
    }
    for (const [operationId, uses] of byOperationId) {
      const apis = new Set(uses.map((u) => u.contract.entry.apiId));
      if (apis.size < 2) continue;
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        message: `operationId ${operationId} is used by ${apis.size} APIs: ${listNames(uses.map((u) => label(u.contract)))}`,
        locations: uses.map((u) => u.location),
      });
    }
    const byApiId = new Map<string, EstateContract[]>();
    for (const contract of active) {
      if (contract.facts.declaredApiId === null) continue;
      const list = byApiId.get(contract.facts.declaredApiId) ?? [];
      list.push(contract);
      byApiId.set(contract.facts.declaredApiId, list);
    }
    for (const [apiId, contracts] of byApiId) {
      const titles = new Set(contracts.map((c) => c.entry.title));
      if (titles.size < 2) continue;
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        message: `x-api-id ${apiId} is declared by contracts with different titles (${listNames([...titles].map((t) => JSON.stringify(t)))}): one id, one API`,
        locations: contracts.map((c) => at(c, c.facts.apiIdAt)),
      });
    }
    return findings;
  },
};
