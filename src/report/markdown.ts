/**
 * Markdown for a pull-request comment: a summary, then a table per file. Contract text is escaped
 * so it can neither break a table row nor inject markup into the comment.
 */
import { escapeControl } from '../document/errors.js';
import type { Finding } from '../lint/finding.js';
import { groupByFile, type FileFindings } from './group.js';
import { isWebUrl, ruleDocsUrls } from './rule-docs.js';
import { countAtOrAbove, problemsPhrase, SEVERITY_LABEL, thresholdPhrase } from './summary.js';
import type { LintFormatter, LintReport } from './types.js';

/** Past this many findings a file's table is folded, to keep the comment readable. */
export const FOLD_THRESHOLD = 50;

const SEVERITY_ICON: Readonly<Record<Finding['severity'], string>> = {
  error: '🔴',
  warn: '🟡',
  info: '🔵',
  hint: '⚪',
};

export const formatMarkdown: LintFormatter = (report) => {
  const parts = ['## apigov lint', summaryLine(report)];
  const docs = ruleDocsUrls(report);
  for (const group of groupByFile(report.findings)) parts.push(fileSection(group, docs));
  return parts.join('\n\n') + '\n';
};

function summaryLine(report: LintReport): string {
  if (report.findings.length === 0) return `✅ ${problemsPhrase(report)}.`;
  const icon = countAtOrAbove(report) > 0 ? '❌' : '⚠️';
  return `${icon} **${problemsPhrase(report)}**; ${thresholdPhrase(report)}.`;
}

function fileSection({ file, findings }: FileFindings, docs: ReadonlyMap<string, string>): string {
  const heading = `### ${inlineText(file)}`;
  const table = [
    '| Severity | Line | Rule | Message |',
    '| --- | ---: | --- | --- |',
    ...findings.map((f) => row(f, docs.get(f.ruleId))),
  ].join('\n');
  if (findings.length <= FOLD_THRESHOLD) return `${heading}\n\n${table}`;
  // blank lines around the table: GitHub renders markdown inside <details> only when separated
  const summary = `<summary>${findings.length} findings</summary>`;
  return `${heading}\n\n<details>\n${summary}\n\n${table}\n\n</details>`;
}

function row(f: Finding, docsUrl: string | undefined): string {
  const severity = `${SEVERITY_ICON[f.severity]} ${SEVERITY_LABEL[f.severity]}`;
  const rule = docsUrl !== undefined && isWebUrl(docsUrl) ? `[${inlineText(f.ruleId)}](${linkTarget(docsUrl)})` : inlineText(f.ruleId);
  return `| ${severity} | ${f.line} | ${rule} | ${inlineText(f.message)} |`;
}

/**
 * Text as literal characters in a table cell or heading: line breaks become `<br>`, control
 * characters are made visible, inline markdown punctuation is backslash-escaped (line-start syntax
 * such as lists cannot occur inside a cell or after `### `), HTML is entity-escaped, and `@name`
 * mentions are broken with a zero-width space entity, so a contract's text posted as a pull-request
 * comment pings nobody.
 */
export function inlineText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      escapeControl(line)
        .replace(/[\\`*_[\]|~#]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, '$1@&#8203;'),
    )
    .join('<br>');
}

/** Parentheses, spaces and pipes would end the link or the table cell early. */
export function linkTarget(url: string): string {
  return url.replace(/[ ()|<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
