/** Shared wording for the human-readable formats, so stylish and markdown say the same thing. */
import { countBySeverity, meetsThreshold, type Severity, type SeverityCounts } from '../lint/finding.js';
import type { LintReport } from './types.js';

/** Severity as people read it: the ruleset keyword `warn` is shown as "warning". */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: 'error',
  warn: 'warning',
  info: 'info',
  hint: 'hint',
};

/** "1 error", "3 errors"; irregular nouns pass their plural ("2 entities"). */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** "3 errors, 9 warnings, 0 infos, 0 hints" */
export function countsPhrase(counts: SeverityCounts): string {
  return [
    plural(counts.error, 'error'),
    plural(counts.warn, 'warning'),
    plural(counts.info, 'info'),
    plural(counts.hint, 'hint'),
  ].join(', ');
}

/** "12 problems (3 errors, 9 warnings, 0 infos, 0 hints) in 6 files" or "No problems in 6 files" */
export function problemsPhrase(report: LintReport): string {
  const files = plural(report.files, 'file');
  const waived = report.waived ? `; ${report.waived} waived` : '';
  if (report.findings.length === 0) return `No problems in ${files}${waived}`;
  const counts = countBySeverity(report.findings);
  return `${plural(report.findings.length, 'problem')} (${countsPhrase(counts)}) in ${files}${waived}`;
}

export function countAtOrAbove(report: LintReport): number {
  return report.findings.filter((f) => meetsThreshold(f.severity, report.failSeverity)).length;
}

/** "3 at or above the fail severity (error)": what decides the exit code. */
export function thresholdPhrase(report: LintReport): string {
  return `${countAtOrAbove(report)} at or above the fail severity (${report.failSeverity})`;
}
