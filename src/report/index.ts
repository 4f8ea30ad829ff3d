/** The lint reporters by format name: the CLI picks one with --format. */
import { InputError } from '../document/errors.js';
import { activeFindings } from '../lint/finding.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { LINT_FORMATS, type FormatOptions, type LintFormat, type LintFormatter, type LintReport } from './types.js';

export { LINT_FORMATS };
export type { FormatOptions, LintFormat, LintFormatter, LintReport, RuleMeta } from './types.js';

const FORMATTERS: Readonly<Record<LintFormat, LintFormatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
};

export function formatLintReport(format: LintFormat, report: LintReport, options: FormatOptions): string {
  // a Record keyed by LintFormat makes a missing reporter a compile error; the own-property check
  // guards callers that pass an unchecked string (`toString` is no format)
  if (!Object.hasOwn(FORMATTERS, format)) {
    throw new InputError('usage', `unknown format "${format}" (expected one of: ${LINT_FORMATS.join(', ')})`);
  }
  // Waived findings stay visible, with their reason, only where a format can mark them (json, sarif);
  // the human formats show what still counts and say how many were waived.
  if (format === 'json' || format === 'sarif') return FORMATTERS[format](report, options);
  const active = activeFindings(report.findings);
  return FORMATTERS[format]({ ...report, findings: active, waived: report.findings.length - active.length }, options);
}
