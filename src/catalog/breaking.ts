/**
 * Breaking changes since the previous catalog (`--previous`). A catalog records the git commit it was
 * made at (when its files were clean at HEAD); the next run reads each API as it was at that commit,
 * `$ref`s from the same commit, and diffs it against the current version with the diff engine.
 *
 * The main thread decides once whether that is possible (`previousSource`) and lists the files that
 * changed since the commit; the diff itself runs where the current contract was parsed (a worker
 * thread), so contracts are not parsed twice. A contract none of whose files changed is not diffed.
 */
import path from 'node:path';
import type { Contract } from '../document/contract.js';
import { InputError } from '../document/errors.js';
import { changedFiles, cleanHead, existsAt, findRepo, hasCommit, repoPrefix, type GitRepo } from '../document/git.js';
import { loadAtCommit } from '../document/git-contracts.js';
import type { LoadOptions } from '../document/load.js';
import { diffContracts } from '../diff/engine.js';
import type { LevelSetting } from '../diff/registry.js';
import type { Change } from '../diff/types.js';
import { now } from '../lint/clock.js';
import { filesOf } from '../lint/lint-all.js';
import type { ApiEntryBase } from './facts.js';
import { matchPrevious, type PreviousApiKey, type PreviousCatalog } from './previous.js';
import type { CatalogGit } from './types.js';

/** What a thread needs to read the previous versions: plain data, sent to every worker. */
export interface PreviousSource {
  repoRoot: string;
  commit: string;
  /** how the commit is shown: its short id */
  label: string;
  /** the previous run's working directory, repository-relative (its `file` paths are relative to it) */
  previousDirectory: string;
  /** this run's working directory, repository-relative */
  directory: string;
  apis: PreviousApiKey[];
  /** repository-relative paths that differ between the commit and the work tree (both sides of a rename) */
  changed: string[];
}

/** The previous versions can be read, or why not (one line for stderr). */
export type PreviousSourceResult = { source: PreviousSource } | { notice: string };

export function previousSource(previous: PreviousCatalog, cwd: string): PreviousSourceResult {
  const unlisted = 'breaking changes since it are not listed';
  if (previous.git === undefined) {
    return { notice: `the previous catalog records no git commit (it was made outside git, or from uncommitted files); ${unlisted}` };
  }
  const { commit, directory } = previous.git;
  const label = commit.slice(0, 12);
  const repo = findRepo(cwd);
  const prefix = repo === undefined ? undefined : repoPrefix(cwd);
  if (repo === undefined || prefix === undefined) return { notice: `not inside a git repository, so commit ${label} of the previous catalog cannot be read; ${unlisted}` };
  if (!hasCommit(repo, commit)) return { notice: `commit ${label} of the previous catalog is not in this repository (fetch it, or deepen a shallow clone); ${unlisted}` };
  const changed = new Set<string>();
  for (const change of changedFiles(repo, commit, [], cwd)) {
    if (change.from !== undefined) changed.add(change.from);
    if (change.to !== undefined) changed.add(change.to);
  }
  return {
    source: {
      repoRoot: repo.root,
      commit,
      label,
      previousDirectory: directory,
      directory: prefix,
      apis: previous.apis.map(({ apiId, major, file }) => ({ apiId, major, file })),
      changed: [...changed],
    },
  };
}

/**
 * The commit to record in this catalog: HEAD, when the working directory is in a git work tree and
 * every file read (`files`, relative to `cwd`) is unchanged at HEAD; otherwise none.
 */
export function catalogGit(cwd: string, files: readonly string[]): CatalogGit | undefined {
  const repo = findRepo(cwd);
  const directory = repo === undefined ? undefined : repoPrefix(cwd);
  if (repo === undefined || directory === undefined) return undefined;
  const relative: string[] = [];
  for (const file of new Set(files)) {
    const inside = inRepo(directory, file);
    if (inside === undefined) return undefined;
    relative.push(inside);
  }
  const commit = cleanHead(repo, relative);
  return commit === undefined ? undefined : { commit, directory };
}

export interface BreakingOutcome {
  /** undefined when the API did not exist then, or could not be compared (see `problem`) */
  breaking?: Change[];
  /** why an API that existed could not be compared */
  problem?: string;
}

export interface BreakingContext {
  source: PreviousSource;
  changed: ReadonlySet<string>;
  levels: Readonly<Record<string, LevelSetting>>;
  loadOptions: LoadOptions;
}

export function breakingContext(source: PreviousSource, levels: Readonly<Record<string, LevelSetting>>, loadOptions: LoadOptions): BreakingContext {
  return { source, changed: new Set(source.changed), levels, loadOptions };
}

/** The breaking changes from the API's version at the previous catalog's commit to `contract`. */
export async function breakingSince(contract: Contract, entry: Pick<ApiEntryBase, 'apiId' | 'major' | 'file'>, context: BreakingContext): Promise<BreakingOutcome> {
  const { source } = context;
  const before = matchPrevious(entry, source.apis);
  if (before === undefined) return {};
  const oldPath = inRepo(source.previousDirectory, before.file);
  if (oldPath === undefined) return { problem: `${before.file} of the previous catalog is outside the repository` };
  // the same path, and neither it nor a file it `$ref`s changed since the commit: nothing to compare
  const unchanged = inRepo(source.directory, contract.file) === oldPath && filesOf(contract).every((file) => {
    const p = inRepo(source.directory, file);
    return p !== undefined && !context.changed.has(p);
  });
  if (unchanged) return { breaking: [] };
  const repo: GitRepo = { root: source.repoRoot };
  if (!existsAt(repo, source.commit, oldPath)) return { problem: `${oldPath} is not in commit ${source.label}` };
  let base: Contract | undefined;
  try {
    base = await loadAtCommit(repo, source.commit, source.label, oldPath, context.loadOptions, false);
  } catch (error) {
    if (error instanceof InputError) return { problem: error.format() };
    throw error;
  }
  if (base === undefined || base.format !== contract.format) return { problem: `${source.label}:${oldPath} is not the same kind of contract` };
  const result = diffContracts(base, contract, { levels: context.levels, now: now() });
  const breaking = result.changes.filter((c) => c.level === 'breaking');
  // the old version's `$ref`d files are named as in the work tree: say they are the commit's
  for (const change of breaking) {
    const file = change.base?.file;
    if (file === undefined || file.startsWith(`${source.label}:`)) continue;
    const inside = inRepo(source.directory, file);
    if (inside !== undefined) change.base!.file = `${source.label}:${inside}`;
  }
  return { breaking };
}

/** A path as shown (relative to a working directory) as a repository-relative path, if it is one. */
function inRepo(directory: string, file: string): string | undefined {
  if (path.isAbsolute(file) || /^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return undefined;
  const joined = path.posix.normalize(path.posix.join(directory, file.split(path.sep).join('/')));
  return joined.startsWith('../') || joined === '..' ? undefined : joined;
}
