/** The diff reporters by format name: the CLI picks one with --format. */
import { InputError } from '../../document/errors.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import { DIFF_FORMATS, reportFails, type DiffFormat, type DiffFormatOptions, type DiffFormatter, type DiffReport } from './types.js';

const FORMATTERS: Readonly<Record<DiffFormat, DiffFormatter>> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

export function formatDiffReport(format: DiffFormat, report: DiffReport, options: DiffFormatOptions): string {
  if (!Object.hasOwn(FORMATTERS, format)) throw new InputError('usage', `unknown format "${format}" (expected one of: ${DIFF_FORMATS.join(', ')})`);
  return FORMATTERS[format](report, options);
}

export { DIFF_FORMATS, reportFails };
export type { DiffFormat, DiffReport, ContractDiff, FailOn } from './types.js';
