/** Rule descriptors for reports and `apigov rules`, read from the built spectral ruleset. */
import type { RuleMeta } from '../report/types.js';
import type { Finding, Severity } from './finding.js';
import { SEVERITIES } from './finding.js';
import { localRuleDocUrl as localDocUrl } from '../paths.js';
import type { LoadedRuleset } from './ruleset-loader.js';

export interface RuleListing extends RuleMeta {
  enabled: boolean;
  formats: string[];
}

/** Rules apigov applies itself, outside Spectral: about waivers and inline ignores. */
const META_RULE_LISTINGS: RuleListing[] = [
  { id: 'waiver-expired', description: 'A waiver is past its expiry date: it no longer applies and its findings count again.', severity: 'warn', enabled: true, formats: [] },
  { id: 'waiver-stale', description: 'A waiver matches no finding any more: remove it so the waivers file only lists live exceptions.', severity: 'warn', enabled: true, formats: [] },
  { id: 'waiver-inline-invalid', description: 'An x-apigov-ignore entry lacks a rule id or a reason; it does not apply.', severity: 'error', enabled: true, formats: [] },
  { id: 'freeze-breaking-change', description: 'apigov check: a breaking change during a change freeze from apigov.yaml.', severity: 'error', enabled: true, formats: [] },
  { id: 'freeze-production-change', description: 'apigov check: any change to a production contract during a freeze window with production: true.', severity: 'error', enabled: true, formats: [] },
];

export function listRules(loaded: LoadedRuleset): RuleListing[] {
  const meta = META_RULE_LISTINGS.map((r) => ({ ...r, ...(loaded.docsUrls.get(r.id) ? {} : { docsUrl: localDocUrl(r.id) }) }));
  return [...Object.values(loaded.ruleset.rules)
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
    }), ...meta]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Descriptors of the rules that produced findings (SARIF lists exactly those). */
export function ruleMetadata(loaded: LoadedRuleset, findings: readonly Finding[]): RuleMeta[] {
  const used = new Set(findings.map((f) => f.ruleId));
  return listRules(loaded)
    .filter((r) => used.has(r.id))
    .map(({ id, description, severity, docsUrl }) => (docsUrl === undefined ? { id, description, severity } : { id, description, severity, docsUrl }));
}
