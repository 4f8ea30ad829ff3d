/**
 * Machine-readable output, a public contract other tools parse: the keys and their order are
 * fixed here explicitly rather than by whatever the Finding object happens to carry.
 */
import { activeFindings, countBySeverity, type Finding } from '../lint/finding.js';
import type { LintFormatter } from './types.js';

interface JsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  file: string;
  pointer: string;
  line: number;
  column: number;
  docsUrl?: string;
  /** only on findings a waiver or an inline ignore suppresses; they are not in the summary counts */
  waived?: Finding['waived'];
}

export const formatJson: LintFormatter = (report) => {
  const counts = countBySeverity(activeFindings(report.findings));
  const output = {
    summary: { files: report.files, error: counts.error, warn: counts.warn, info: counts.info, hint: counts.hint },
    findings: report.findings.map(toJsonFinding),
  };
  // JSON.stringify escapes control characters itself, so contract text is left as it is
  return JSON.stringify(output, null, 2) + '\n';
};

function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    pointer: f.pointer,
    line: f.line,
    column: f.column,
  };
  if (f.docsUrl !== undefined) out.docsUrl = f.docsUrl;
  if (f.waived !== undefined) out.waived = f.waived;
  return out;
}
