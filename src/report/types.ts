/** What every lint reporter receives: plain data only. */
import type { Finding, Severity } from '../lint/finding.js';

export interface RuleMeta {
  id: string;
  /** one line */
  description: string;
  severity: Severity;
  docsUrl?: string;
}

export interface LintReport {
  /** apigov version, for SARIF tool.driver.version */
  toolVersion: string;
  /** number of contract files linted */
  files: number;
  /** the contract files linted, as findings name them (JUnit gives a clean file its passing case) */
  linted?: string[];
  /** sorted by file, line, column */
  findings: Finding[];
  /** metadata of every rule that produced a finding (SARIF needs rule descriptors) */
  rules: RuleMeta[];
  /** the --fail-severity threshold, for summaries ("2 errors at or above error") */
  failSeverity: Severity;
  /** how many findings waivers and inline ignores suppressed (human formats show only this count) */
  waived?: number;
}

export interface FormatOptions {
  /** ANSI colour: only on a TTY and never with NO_COLOR */
  color: boolean;
  /** working directory: SARIF artifact URIs are made relative to it */
  cwd: string;
}

export type LintFormatter = (report: LintReport, options: FormatOptions) => string;

export type LintFormat = 'stylish' | 'json' | 'sarif' | 'junit' | 'github' | 'markdown';
export const LINT_FORMATS: readonly LintFormat[] = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'];
