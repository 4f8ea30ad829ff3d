/** Rule descriptors for reports and `apigov rules`, read from the built spectral ruleset. */
import type { RuleMeta } from '../report/types.js';
import type { Finding, Severity } from './finding.js';
import { SEVERITIES } from './finding.js';
import type { LoadedRuleset } from './ruleset-loader.js';

export interface RuleListing extends RuleMeta {
  enabled: boolean;
  formats: string[];
}

export function listRules(loaded: LoadedRuleset): RuleListing[] {
  return Object.values(loaded.ruleset.rules)
    .map((rule) => {
      const severity: Severity = SEVERITIES[rule.severity as number] ?? 'error';
      const docsUrl = loaded.docsUrls.get(rule.name) ?? rule.documentationUrl ?? undefined;
      const listing: RuleListing = {
        id: rule.name,
        description: (rule.description ?? rule.message ?? '').split('\n')[0]!.trim(),
        severity,
        enabled: rule.enabled,
        formats: rule.formats === null ? [] : [...rule.formats].map((f) => (f as { displayName?: string; name: string }).displayName ?? f.name),
      };
      if (docsUrl !== undefined) listing.docsUrl = docsUrl;
      return listing;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Descriptors of the rules that produced findings (SARIF lists exactly those). */
export function ruleMetadata(loaded: LoadedRuleset, findings: readonly Finding[]): RuleMeta[] {
  const used = new Set(findings.map((f) => f.ruleId));
  return listRules(loaded)
    .filter((r) => used.has(r.id))
    .map(({ id, description, severity, docsUrl }) => (docsUrl === undefined ? { id, description, severity } : { id, description, severity, docsUrl }));
}
