/** Documentation links per rule: a finding's own docsUrl wins over the rule metadata. */
import type { LintReport } from './types.js';

/** Rule id → docs URL, for rules that appear in findings, in first-appearance order. */
export function ruleDocsUrls(report: LintReport): Map<string, string> {
  const fromMeta = new Map<string, string>();
  for (const rule of report.rules) if (rule.docsUrl !== undefined) fromMeta.set(rule.id, rule.docsUrl);
  const urls = new Map<string, string>();
  for (const finding of report.findings) {
    if (urls.has(finding.ruleId)) continue;
    const url = finding.docsUrl ?? fromMeta.get(finding.ruleId);
    if (url !== undefined) urls.set(finding.ruleId, url);
  }
  return urls;
}

/** Only web links are rendered as links: a ruleset could carry any string. */
export function isWebUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const protocol = new URL(url).protocol;
  return protocol === 'https:' || protocol === 'http:';
}
