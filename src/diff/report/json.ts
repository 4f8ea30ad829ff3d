/**
 * The JSON contract other tools parse, exactly as issue 4 specifies:
 * `{breaking, changes: [{checkId, level, message, operation?, pointer?, basePointer?,
 * revisionPointer?}], version: {base, revision, requiredBump, ok}}`, plus `fingerprint` on each
 * change. With `--base` (several contracts) each change also names its `file`, `version`
 * aggregates (the largest required bump; ok when every contract is ok) and `contracts` lists them.
 */
import { BUMP_RANK } from '../semver.js';
import type { Bump, Change, ChangeLocation, VersionVerdict } from '../types.js';
import { counted, isJudged, shown, type ContractDiff, type DiffFormatter, type DiffReport } from './types.js';

export const formatJson: DiffFormatter = (report) => JSON.stringify(toJson(report), null, 2) + '\n';

export function toJson(report: DiffReport): Record<string, unknown> {
  const all = counted(report.contracts.flatMap((c) => c.changes));
  const out: Record<string, unknown> = {
    breaking: all.some((c) => c.level === 'breaking'),
    changes: report.contracts.flatMap((contract) => shown(report, contract.changes, true).map((change) => changeJson(change, contract, report.multi))),
    version: report.multi ? aggregateVersion(report) : versionJson(report.contracts[0]!.version),
  };
  if (report.multi) {
    out.contracts = report.contracts.map((c) => ({
      base: c.status === 'added' ? null : c.baseFile,
      revision: c.status === 'removed' ? null : c.revisionFile,
      status: c.status,
      breaking: counted(c.changes).some((change) => change.level === 'breaking'),
      version: versionJson(c.version),
    }));
  }
  return out;
}

function pointerOf(location: ChangeLocation | undefined, rootFile: string): string | undefined {
  if (location === undefined) return undefined;
  return location.file === rootFile ? location.pointer : `${location.file}#${location.pointer}`;
}

function changeJson(change: Change, contract: ContractDiff, multi: boolean): Record<string, unknown> {
  const base = pointerOf(change.base, contract.baseFile);
  const revision = pointerOf(change.revision, contract.revisionFile);
  const file = contract.status === 'removed' ? contract.baseFile : contract.revisionFile;
  const pointer = revision ?? base;
  return {
    checkId: change.checkId,
    level: change.level,
    message: change.message,
    ...(change.operation !== undefined ? { operation: change.operation } : {}),
    ...(pointer !== undefined ? { pointer } : {}),
    ...(base !== undefined ? { basePointer: base } : {}),
    ...(revision !== undefined ? { revisionPointer: revision } : {}),
    fingerprint: change.fingerprint,
    ...(multi ? { file } : {}),
    ...(change.waived !== undefined ? { waived: change.waived } : {}),
  };
}

function versionJson(v: VersionVerdict): Record<string, unknown> {
  return { base: v.base, revision: v.revision, requiredBump: v.requiredBump, ok: v.ok };
}

function aggregateVersion(report: DiffReport): Record<string, unknown> {
  const judged = report.contracts.filter(isJudged);
  let bump: Bump = 'none';
  for (const c of report.contracts) if (BUMP_RANK[c.version.requiredBump] > BUMP_RANK[bump]) bump = c.version.requiredBump;
  return { base: '*', revision: '*', requiredBump: bump, ok: judged.every((c) => c.version.ok) };
}
