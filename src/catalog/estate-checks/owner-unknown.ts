/**
 * X12 estate-owner-unknown: x-owner, x-domain or x-system values that estate.yaml does not list (a
 * section that is absent is not checked), a team outside the domains estate.yaml gives it, and
 * ownership outliers: in a domain of three or more APIs where one team owns several, a team that
 * owns only this one API there.
 */
import { activeContracts, at, label, listNames, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';

const OUTLIER_MIN_APIS = 3;

export const ownerUnknown: EstateCheck = {
  id: 'estate-owner-unknown',
  severity: 'warn',
  area: 'owner',
  description: "A contract's x-owner, x-domain or x-system is not in estate.yaml, or its team owns an outlier API in a domain.",
  run(estate) {
    const findings: EstateFindingDraft[] = [];
    const config = estate.config;
    const teams = config?.teams ? new Map(config.teams.map((t) => [t.id, t])) : null;
    const domains = config?.domains ? new Map(config.domains.map((d) => [d.id, d])) : null;
    const systems = config?.systems ? new Set(config.systems.map((s) => s.id)) : null;
    const active = activeContracts(estate);
    const report = (contract: EstateContract, where: { file: string; pointer: string } | null, message: string) =>
      findings.push({ ruleId: this.id, severity: this.severity, message, locations: [at(contract, where ?? contract.facts.info)] });

    for (const contract of active) {
      const { owner, domain, system } = contract.entry;
      if (teams !== null && owner !== null && !teams.has(owner)) report(contract, contract.facts.ownerAt, `x-owner ${owner} of ${label(contract)} is not a team in ${config!.file}`);
      if (domains !== null && domain !== null && !domains.has(domain)) report(contract, contract.facts.domainAt, `x-domain ${domain} of ${label(contract)} is not a domain in ${config!.file}`);
      if (systems !== null && system !== null && !systems.has(system)) report(contract, contract.facts.systemAt, `x-system ${system} of ${label(contract)} is not a system in ${config!.file}`);
      const team = owner !== null ? teams?.get(owner) : undefined;
      if (team?.domains != null && domain !== null && !team.domains.includes(domain)) {
        report(contract, contract.facts.domainAt, `${owner} owns contracts in ${team.domains.join(', ')} (${config!.file}), but ${label(contract)} is in domain ${domain}`);
      }
    }

    // ownership outliers: counted per API (several majors or files of one API are one)
    const byDomain = new Map<string, Map<string, Set<string>>>();
    for (const contract of active) {
      const { owner, domain, apiId } = contract.entry;
      if (owner === null || domain === null) continue;
      const owners = byDomain.get(domain) ?? new Map<string, Set<string>>();
      byDomain.set(domain, owners);
      const apis = owners.get(owner) ?? new Set<string>();
      apis.add(apiId);
      owners.set(owner, apis);
    }
    for (const contract of active) {
      const { owner, domain } = contract.entry;
      if (owner === null || domain === null) continue;
      const owners = byDomain.get(domain)!;
      const total = [...owners.values()].reduce((n, apis) => n + apis.size, 0);
      if (total < OUTLIER_MIN_APIS || owners.get(owner)!.size !== 1) continue;
      const declared = teams?.get(owner)?.domains?.includes(domain) === true || domains?.get(domain)?.owner === owner;
      if (declared) continue;
      const main = [...owners.entries()].filter(([o, apis]) => o !== owner && apis.size >= 2);
      if (main.length === 0) continue;
      report(
        contract,
        contract.facts.ownerAt,
        `${owner} owns only ${label(contract)} in domain ${domain}, where ${listNames(main.map(([o, apis]) => `${o} owns ${apis.size}`))}: an ownership outlier (declare the team's domains in estate.yaml if intended)`,
      );
    }
    return findings;
  },
};
