/** Findings grouped per file, in the order files first appear (the report is sorted by file). */
import type { Finding } from '../lint/finding.js';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

export function groupByFile(findings: readonly Finding[]): FileFindings[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.file);
    if (list === undefined) groups.set(finding.file, [finding]);
    else list.push(finding);
  }
  return [...groups].map(([file, list]) => ({ file, findings: list }));
}
