/** A lint finding: plain data, the input of every reporter. */
export type Severity = 'error' | 'warn' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info', 'hint'];

/** error = 0 … hint = 3, the same order as Spectral's DiagnosticSeverity. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** At or above a threshold: `error` is at or above `warn`. */
export function meetsThreshold(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** the file where the reported node is defined, as given or found */
  file: string;
  /** RFC 6901 pointer into that file as written (before `$ref` resolution) */
  pointer: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  docsUrl?: string;
  /** set when a waiver or an inline ignore suppresses the finding: kept for json/sarif, not counted */
  waived?: Waiver;
}

export interface Waiver {
  kind: 'waiver' | 'inline';
  reason: string;
  approvedBy?: string;
  /** YYYY-MM-DD */
  expires?: string;
}

/** Findings that count: not waived. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.waived === undefined);
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export interface SeverityCounts {
  error: number;
  warn: number;
  info: number;
  hint: number;
}

export function countBySeverity(findings: ReadonlyArray<{ severity: Severity }>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
