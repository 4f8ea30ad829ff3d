/**
 * The terminal format: per contract pair the version verdict, then changes grouped by operation or
 * channel, breaking first, each with where it is in both documents. Coloured only on a TTY.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { escapeControl, oneLine } from '../../document/errors.js';
import { plural } from '../../report/summary.js';
import { nextVersion } from '../semver.js';
import type { Change, Level } from '../types.js';
import { counted, countsPhrase, detailOf, groupByOperation, isJudged, shown, versionsFailing, type ContractDiff, type DiffFormatter, type DiffReport } from './types.js';

const MARK: Readonly<Record<Level, string>> = { breaking: '✖', warning: '⚠', info: 'ℹ' };

export const formatText: DiffFormatter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = report.contracts.map((contract) => contractBlock(contract, report, chalk));
  blocks.push(summary(report, chalk));
  return blocks.join('\n\n') + '\n';
};

function color(level: Level, chalk: ChalkInstance): (text: string) => string {
  return level === 'breaking' ? chalk.red : level === 'warning' ? chalk.yellow : chalk.blue;
}

function title(contract: ContractDiff): string {
  switch (contract.status) {
    case 'added':
      return `${contract.revisionFile} (new contract)`;
    case 'removed':
      return `${contract.baseFile} (contract removed)`;
    default:
      return `${contract.baseFile} → ${contract.revisionFile}`;
  }
}

function contractBlock(contract: ContractDiff, report: DiffReport, chalk: ChalkInstance): string {
  const lines = [chalk.bold(escapeControl(title(contract)))];
  if (isJudged(contract)) lines.push(`  ${versionLine(contract, report, chalk)}`);
  const changes = shown(report, contract.changes);
  if (changes.length === 0) lines.push(`  ${chalk.green('no changes')}${hiddenInfo(contract, report)}`);
  for (const group of groupByOperation(changes)) {
    lines.push('', `  ${chalk.bold(escapeControl(group.operation === '' ? '(document)' : group.operation))}`);
    for (const change of group.changes) lines.push(...changeLines(change, chalk));
  }
  return lines.join('\n');
}

function versionLine(contract: ContractDiff, report: DiffReport, chalk: ChalkInstance): string {
  const v = contract.version;
  const from = oneLine(`version ${v.base || '(none)'} → ${v.revision || '(none)'}`);
  const need = v.requiredBump === 'none' ? 'no bump needed' : `needs a ${v.requiredBump} bump`;
  if (v.ok) return `${from}: ${need} ${chalk.green('✔')}`;
  const mark = report.versionCheck ? chalk.red('✖') : chalk.dim('(not enforced: --no-version-check)');
  const hint = v.reason !== undefined ? oneLine(v.reason) : `${need}${v.base ? ` (at least ${nextVersion(v.base, v.requiredBump)})` : ''}`;
  return `${from}: ${hint} ${mark}`;
}

function changeLines(change: Change, chalk: ChalkInstance): string[] {
  const paint = color(change.level, chalk);
  const head = `    ${paint(`${MARK[change.level]} ${change.level.padEnd(8)}`)} ${oneLine(detailOf(change))}  ${chalk.dim(escapeControl(change.checkId))}`;
  const where: string[] = [];
  if (change.base !== undefined) where.push(`base ${change.base.file}:${change.base.line}`);
  if (change.revision !== undefined) where.push(`revision ${change.revision.file}:${change.revision.line}`);
  return where.length > 0 ? [head, chalk.dim(`               ${oneLine(where.join('  '))}`)] : [head];
}

function hiddenInfo(contract: ContractDiff, report: DiffReport): string {
  const hidden = report.includeInfo ? 0 : counted(contract.changes).filter((c) => c.level === 'info').length;
  return hidden > 0 ? ` (${plural(hidden, 'info change')} hidden; --include-info shows them)` : '';
}

function summary(report: DiffReport, chalk: ChalkInstance): string {
  const all = counted(report.contracts.flatMap((c) => c.changes));
  const hidden = report.includeInfo ? 0 : all.filter((c) => c.level === 'info').length;
  const breaking = all.some((c) => c.level === 'breaking');
  const waived = report.contracts.reduce((sum, c) => sum + c.waived, 0);
  const parts = [countsPhrase(all)];
  if (hidden > 0) parts.push(`info hidden (--include-info)`);
  if (waived > 0) parts.push(`${plural(waived, 'waived change')}`);
  const unbumped = versionsFailing(report);
  if (unbumped > 0) parts.push(`${plural(unbumped, 'version')} not bumped as required`);
  const line = `${report.multi ? `${plural(report.contracts.length, 'contract')}: ` : ''}${parts.join('; ')}`;
  return breaking || unbumped > 0 ? chalk.red.bold(line) : all.some((c) => c.level === 'warning') ? chalk.yellow(line) : chalk.green(line);
}
