/** GitHub Actions workflow commands: one annotation per change, escaped the way the runner unescapes. */
import { escapeControl } from '../../document/errors.js';
import { escapeData, escapeProperty } from '../../report/github.js';
import { repoRelativePath } from '../../report/paths.js';
import type { Change, Level } from '../types.js';
import { shown, type DiffFormatter } from './types.js';

const COMMAND: Readonly<Record<Level, string>> = { breaking: 'error', warning: 'warning', info: 'notice' };

export const formatGithub: DiffFormatter = (report, options) =>
  report.contracts
    .flatMap((contract) => shown(report, contract.changes).map((change) => annotation(change, contract.revisionFile, options.cwd)))
    .map((line) => line + '\n')
    .join('');

function annotation(change: Change, fallbackFile: string, cwd: string): string {
  const where = change.revision ?? change.base;
  const file = withoutRef(where?.file ?? fallbackFile);
  const properties = [`file=${escapeProperty(escapeControl(repoRelativePath(file, cwd)))}`];
  if (where !== undefined) properties.push(`line=${where.line}`, `col=${where.column}`);
  properties.push(`title=${escapeProperty(escapeControl(`${change.checkId} (${change.level})`))}`);
  return `::${COMMAND[change.level]} ${properties.join(',')}::${escapeData(escapeControl(change.message))}`;
}

/** `HEAD~1:contracts/orders.yaml` → `contracts/orders.yaml`: annotations point into the checkout. */
export function withoutRef(file: string): string {
  const match = /^[^:/\\]+:(?![\\/])(.+)$/.exec(file);
  return match !== null && !/^[A-Za-z]$/.test(file.split(':')[0]!) ? match[1]! : file;
}

