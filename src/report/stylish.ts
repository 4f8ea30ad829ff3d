/**
 * The default terminal format: findings grouped by file with aligned columns, a footer with the
 * docs link of each rule that fired, and a summary line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { escapeControl, oneLine } from '../document/errors.js';
import type { Severity } from '../lint/finding.js';
import { groupByFile, type FileFindings } from './group.js';
import { ruleDocsUrls } from './rule-docs.js';
import { countAtOrAbove, problemsPhrase, SEVERITY_LABEL, thresholdPhrase } from './summary.js';
import type { LintFormatter, LintReport } from './types.js';

export const formatStylish: LintFormatter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = groupByFile(report.findings).map((group) => fileBlock(group, chalk));
  const docs = docsFooter(report, chalk);
  if (docs !== undefined) blocks.push(docs);
  blocks.push(summary(report, chalk));
  return blocks.join('\n\n') + '\n';
};

function severityColor(severity: Severity, chalk: ChalkInstance): (text: string) => string {
  switch (severity) {
    case 'error':
      return chalk.red;
    case 'warn':
      return chalk.yellow;
    case 'info':
      return chalk.blue;
    case 'hint':
      return chalk.dim;
  }
}

function fileBlock({ file, findings }: FileFindings, chalk: ChalkInstance): string {
  const rows = findings.map((f) => ({
    location: `${f.line}:${f.column}`,
    severity: f.severity,
    label: SEVERITY_LABEL[f.severity],
    // one line per finding: a multi-line message would break the columns
    message: columnText(f.message),
    ruleId: columnText(f.ruleId),
  }));
  // widths are measured before colouring, so ANSI codes never skew the alignment
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => pick(row).length));
  const locationWidth = width((r) => r.location);
  const labelWidth = width((r) => r.label);
  const messageWidth = width((r) => r.message);
  const lines = rows.map((row) =>
    [
      '',
      chalk.dim(row.location.padEnd(locationWidth)),
      severityColor(row.severity, chalk)(row.label.padEnd(labelWidth)),
      row.message.padEnd(messageWidth),
      chalk.dim(row.ruleId),
    ].join('  '),
  );
  return [chalk.bold.underline(escapeControl(file).replace(/\t/g, ' ')), ...lines].join('\n');
}

/** Contract text on one line, control characters made visible, tabs as spaces (they skew columns). */
function columnText(text: string): string {
  return oneLine(text).replace(/\t/g, ' ');
}

function docsFooter(report: LintReport, chalk: ChalkInstance): string | undefined {
  const urls = [...ruleDocsUrls(report)].map(([ruleId, url]) => ({ ruleId: columnText(ruleId), url: columnText(url) }));
  if (urls.length === 0) return undefined;
  const idWidth = Math.max(...urls.map((u) => u.ruleId.length));
  return [chalk.bold('Rule docs'), ...urls.map((u) => `  ${u.ruleId.padEnd(idWidth)}  ${chalk.cyan(u.url)}`)].join('\n');
}

function summary(report: LintReport, chalk: ChalkInstance): string {
  if (report.findings.length === 0) return chalk.green.bold(`✔ ${problemsPhrase(report)}`);
  const failing = countAtOrAbove(report) > 0;
  const headline = (failing ? chalk.red.bold : chalk.yellow.bold)(`✖ ${problemsPhrase(report)}`);
  return `${headline}\n  ${thresholdPhrase(report)}`;
}
