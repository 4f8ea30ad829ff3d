/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request diff.
 * The runner parses each stdout line, so every value is escaped the way the runner unescapes it.
 */
import { escapeControl } from '../document/errors.js';
import type { Finding, Severity } from '../lint/finding.js';
import { repoRelativePath } from './paths.js';
import type { LintFormatter } from './types.js';

const COMMAND: Readonly<Record<Severity, string>> = {
  error: 'error',
  warn: 'warning',
  info: 'notice',
  hint: 'notice',
};

export const formatGithub: LintFormatter = (report, options) =>
  report.findings.map((finding) => annotation(finding, options.cwd) + '\n').join('');

function annotation(f: Finding, cwd: string): string {
  const properties = [
    `file=${escapeProperty(escapeControl(repoRelativePath(f.file, cwd)))}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `title=${escapeProperty(escapeControl(f.ruleId))}`,
  ].join(',');
  return `::${COMMAND[f.severity]} ${properties}::${messageData(f.message)}`;
}

/** Line breaks survive as the runner's %0A; every other control character is made visible. */
function messageData(message: string): string {
  return message
    .split(/\r\n|\r|\n/)
    .map((line) => escapeData(escapeControl(line)))
    .join('%0A');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
