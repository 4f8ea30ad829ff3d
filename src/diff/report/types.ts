/** What every diff reporter receives: plain data only. */
import { plural } from '../../report/summary.js';
import { atOrAbove, levelRank, type Change, type DiffResult, type Level } from '../types.js';

export type FailOn = Level | 'none';

export type ContractStatus = 'modified' | 'renamed' | 'added' | 'removed';

export interface ContractDiff extends DiffResult {
  status: ContractStatus;
}

export interface DiffReport {
  toolVersion: string;
  contracts: ContractDiff[];
  failOn: FailOn;
  includeInfo: boolean;
  versionCheck: boolean;
  /** `apigov diff --base`: one entry per contract under the paths */
  multi: boolean;
}

export interface DiffFormatOptions {
  color: boolean;
  cwd: string;
}

export type DiffFormatter = (report: DiffReport, options: DiffFormatOptions) => string;

export type DiffFormat = 'text' | 'json' | 'markdown' | 'sarif' | 'github' | 'junit';
export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'json', 'markdown', 'sarif', 'github', 'junit'];

/** Info-level changes are shown only on request; waived changes only where a format marks them. */
export function shown<C extends Change>(report: Pick<DiffReport, 'includeInfo'>, changes: readonly C[], withWaived = false): C[] {
  return changes.filter((c) => (report.includeInfo || c.level !== 'info') && (withWaived || c.waived === undefined));
}

/** The changes that count: waived ones stay in the report, marked, but count nowhere. */
export function counted(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.waived === undefined);
}

/** A contract whose version is judged: one present on both sides (not added, not removed). */
export function isJudged(contract: ContractDiff): boolean {
  return contract.status !== 'added' && contract.status !== 'removed';
}

/** The version of this contract fails the run: enforced, judged, and not bumped as required. */
export function versionFails(report: DiffReport, contract: ContractDiff): boolean {
  return report.versionCheck && isJudged(contract) && !contract.version.ok;
}

export function fails(report: Pick<DiffReport, 'failOn'>, change: Change): boolean {
  return change.waived === undefined && report.failOn !== 'none' && atOrAbove(change.level, report.failOn);
}

/** Whether the run fails: a change at or above --fail-on, or a version that does not meet the bump. */
export function reportFails(report: DiffReport): boolean {
  if (report.failOn === 'none') return false;
  return report.contracts.some((c) => c.changes.some((change) => fails(report, change)) || versionFails(report, c));
}

/** The message without the operation it starts with (for formats that group by operation). */
export function detailOf(change: Change): string {
  const op = change.operation;
  if (op !== undefined && change.message.startsWith(op)) return change.message.slice(op.length).replace(/^:?\s+/, '');
  return change.message;
}

export function countsPhrase(changes: readonly Change[]): string {
  const count = (level: Level) => changes.filter((c) => c.level === level).length;
  return `${plural(count('breaking'), 'breaking change')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

/** Contracts whose version was not bumped as the changes require, when the check is enforced. */
export function versionsFailing(report: DiffReport): number {
  return report.contracts.filter((c) => versionFails(report, c)).length;
}

/** Changes grouped by operation (or channel); groups with breaking changes first. */
export function groupByOperation(changes: readonly Change[]): Array<{ operation: string; changes: Change[] }> {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = change.operation ?? '';
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [change]);
    else list.push(change);
  }
  const worst = (list: Change[]) => Math.min(...list.map((c) => levelRank(c.level)));
  return [...groups]
    .map(([operation, list]) => ({ operation, changes: list }))
    .sort((a, b) => worst(a.changes) - worst(b.changes) || (a.operation === '' ? 1 : 0) - (b.operation === '' ? 1 : 0) || a.operation.localeCompare(b.operation));
}
