/**
 * `diffContracts`: normalize both contracts, compute their difference once, run every check family
 * over it, and turn what the checks report into plain `Change` data: level (with apigov.yaml
 * overrides), stable fingerprint, file positions, and the semver verdict.
 */
import { createHash } from 'node:crypto';
import type { Contract } from '../document/contract.js';
import { toPointer } from '../document/pointer.js';
import type { NodeLocation, SourceFile } from '../document/source.js';
import { computeDifference } from './difference/index.js';
import { normalize } from './normalize/index.js';
import { checkRegistry, FAMILIES, type LevelSetting } from './registry.js';
import { requiredBump, versionVerdict } from './semver.js';
import type { Waiver } from '../lint/finding.js';
import { levelRank, type Change, type ChangeLocation, type DiffResult, type RawChange, type VersionVerdict } from './types.js';

export interface DiffOptions {
  /** level overrides by check id */
  levels?: Readonly<Record<string, LevelSetting>>;
  /** the approved waiver covering a change, if any (apigov-waivers.yaml, by check id and fingerprint) */
  waive?: (change: Change, result: { baseFile: string; revisionFile: string }) => Waiver | undefined;
  /** "today" for sunset dates and waiver expiry */
  now?: Date;
}

export function diffContracts(base: Contract, revision: Contract, options: DiffOptions = {}): DiffResult {
  const now = options.now ?? new Date();
  const baseApi = normalize(base);
  const revisionApi = normalize(revision);
  const difference = computeDifference(baseApi, revisionApi);
  const raw: RawChange[] = [];
  const context = { report: (change: RawChange) => raw.push(change), now, base, revision };
  for (const family of FAMILIES) family.run(difference, context);
  const changes = toChanges(raw, options.levels ?? {});
  return settle(changes, { baseFile: base.file, revisionFile: revision.file }, options, { base: baseApi.version, revision: revisionApi.version });
}

/** Changes for contracts that exist on one side only (`apigov diff --base`). */
function contractPresenceChange(kind: 'contract-added' | 'contract-removed', file: string, levels: Readonly<Record<string, LevelSetting>> = {}): Change[] {
  const message = kind === 'contract-added' ? `contract ${file} added` : `contract ${file} removed`;
  return toChanges([{ checkId: kind, message, at: `contract:${file}` }], levels);
}

/**
 * A contract that exists on one side only, judged like `diffContracts` judges a pair: the same
 * levels, the same waivers, and the bump `requiredBump` asks for. There is no version pair to
 * compare, so the verdict is always ok. Waivers match a removed contract by `workTreeFile`, where it
 * was (its `file` is at the base ref, `REF:path`).
 */
export function diffPresence(kind: 'contract-added' | 'contract-removed', file: string, options: DiffOptions = {}, workTreeFile = file): DiffResult {
  const files = kind === 'contract-added' ? { baseFile: '', revisionFile: file } : { baseFile: file, revisionFile: '' };
  return settle(contractPresenceChange(kind, file, options.levels ?? {}), files, options, undefined, { baseFile: file, revisionFile: workTreeFile });
}

/**
 * Waivers and the version verdict, the same for every diff: waived changes stay in the result,
 * marked, but neither fail the run nor drive the version bump. Without `versions` (a contract on one
 * side only) the verdict only names the required bump.
 */
function settle(
  changes: Change[],
  files: { baseFile: string; revisionFile: string },
  options: DiffOptions,
  versions: { base: string | undefined; revision: string | undefined } | undefined,
  waiveFiles = files,
): DiffResult {
  let waived = 0;
  for (const change of changes) {
    const waiver = options.waive?.(change, waiveFiles);
    if (waiver !== undefined) {
      change.waived = waiver;
      waived++;
    }
  }
  const counted = changes.filter((c) => c.waived === undefined);
  const version: VersionVerdict =
    versions === undefined ? { base: '', revision: '', requiredBump: requiredBump(counted, undefined), ok: true } : versionVerdict(versions.base, versions.revision, counted);
  return { ...files, changes, version, waived };
}

function toChanges(raw: readonly RawChange[], levels: Readonly<Record<string, LevelSetting>>): Change[] {
  const registry = checkRegistry();
  const out: Change[] = [];
  const located: Array<{ change: Change; base?: NodeLocation; revision?: NodeLocation }> = [];
  const occurrences = new Map<string, number>();
  for (const r of raw) {
    const definition = registry.get(r.checkId);
    if (definition === undefined) throw new Error(`check ${r.checkId} reported but not registered`);
    const setting = Object.prototype.hasOwnProperty.call(levels, r.checkId) ? levels[r.checkId]! : definition.level;
    if (setting === 'off') continue;
    const hash = createHash('sha256').update([r.checkId, r.operation?.key ?? '', r.at].join('\u0000')).digest('hex').slice(0, 20);
    const occurrence = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, occurrence);
    const change: Change = {
      checkId: r.checkId,
      level: setting,
      message: r.message,
      ...(r.operation !== undefined ? { operation: r.operation.label } : {}),
      fingerprint: occurrence === 1 ? hash : `${hash}:${occurrence}`,
      family: definition.family,
      addition: definition.addition === true,
    };
    out.push(change);
    located.push({ change, ...(r.base ? { base: r.base } : {}), ...(r.revision ? { revision: r.revision } : {}) });
  }
  locate(located);
  return out.sort(compareChanges);
}

/** File positions for all changes at once: one batched lookup per file. */
function locate(items: Array<{ change: Change; base?: NodeLocation; revision?: NodeLocation }>): void {
  const bySource = new Map<SourceFile, Array<{ path: string[]; set: (l: ChangeLocation) => void }>>();
  const want = (at: NodeLocation | undefined, set: (l: ChangeLocation) => void) => {
    if (at === undefined) return;
    let list = bySource.get(at.source);
    if (list === undefined) bySource.set(at.source, (list = []));
    list.push({ path: at.path, set });
  };
  for (const item of items) {
    want(item.base, (l) => (item.change.base = l));
    want(item.revision, (l) => (item.change.revision = l));
  }
  for (const [source, list] of bySource) {
    const positions = source.positions.locate(list.map((entry) => entry.path));
    list.forEach((entry, i) => entry.set({ file: source.file, pointer: toPointer(entry.path), line: positions[i]?.line ?? 1, column: positions[i]?.column ?? 1 }));
  }
}

export function compareChanges(a: Change, b: Change): number {
  const rank = levelRank(a.level) - levelRank(b.level);
  if (rank !== 0) return rank;
  const op = (a.operation ?? '').localeCompare(b.operation ?? '');
  if (op !== 0) return op;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

