/**
 * Contracts as they were at a git commit, and each work-tree contract paired with its earlier
 * version: what `apigov diff --base`, `apigov check` and `apigov catalog --previous` compare.
 */
import path from 'node:path';
import type { Contract } from './contract.js';
import { looksLikeContract } from './discover.js';
import { InputError } from './errors.js';
import { changedFiles, readAt, repoPath, type GitRepo } from './git.js';
import { loadContractText, type LoadOptions } from './load.js';
import { isRemote } from './resolve.js';

/** Parse a file as it is at a commit; its `$ref`s are read from the same commit. */
export async function loadAtCommit(repo: GitRepo, commit: string, ref: string, relative: string, loadOptions: LoadOptions, explicit = true): Promise<Contract | undefined> {
  const display = `${ref}:${relative}`;
  const maxBytes = loadOptions.maxFileBytes ?? Number.MAX_SAFE_INTEGER;
  const text = readAt(repo, commit, relative, display, maxBytes);
  if (!explicit && !looksLikeContract(text)) return undefined;
  const uri = path.join(repo.root, ...relative.split('/'));
  const projectRoot = loadOptions.projectRoot ?? repo.root;
  const readLocalText = (absolute: string, shown: string, max: number) => readAt(repo, commit, repoPath(repo, absolute, repo.root, true), `${ref}:${shown}`, max);
  return loadContractText(text, { display, uri, projectRoot, explicit }, { ...loadOptions, readLocalText });
}

export type PairStatus = 'modified' | 'renamed' | 'added' | 'removed';

export interface ContractPair {
  status: PairStatus;
  base?: Contract;
  revision?: Contract;
  /** repository-relative path in the work tree (for removed contracts, at the commit) */
  path: string;
  /** repository-relative path at the commit (renames: the old path) */
  basePath?: string;
  /** the contract file or a file it `$ref`s differs from the commit */
  changed: boolean;
}

/**
 * Pair every work-tree contract with its version at the commit (renames followed), and add the
 * contracts that existed at the commit under the paths but are gone now.
 */
export async function pairWithCommit(repo: GitRepo, commit: string, ref: string, revisions: readonly Contract[], paths: readonly string[], loadOptions: LoadOptions, cwd: string): Promise<ContractPair[]> {
  const changes = changedFiles(repo, commit, paths, cwd);
  const renamedFrom = new Map<string, string>();
  const changedNow = new Set<string>();
  for (const c of changes) {
    if (c.to !== undefined) changedNow.add(c.to);
    if (c.status === 'renamed' && c.to !== undefined && c.from !== undefined) renamedFrom.set(c.to, c.from);
  }
  const pairs: ContractPair[] = [];
  const matchedBase = new Set<string>();
  for (const revision of revisions) {
    const relative = repoPath(repo, revision.uri, cwd, true);
    const basePath = renamedFrom.get(relative) ?? relative;
    // a contract whose own file is unchanged can still change through a file it $refs
    const changed = [...revision.refs.files.values()].some((file) => !isRemote(file.uri) && changedNow.has(repoPath(repo, file.uri, cwd, true)));
    const base = await loadAtCommit(repo, commit, ref, basePath, loadOptions, false).catch(absentAsUndefined);
    if (base === undefined || base.format !== revision.format) {
      pairs.push({ status: 'added', revision, path: relative, changed: true });
      continue;
    }
    matchedBase.add(basePath);
    pairs.push({ status: renamedFrom.has(relative) ? 'renamed' : 'modified', base, revision, path: relative, basePath, changed });
  }
  for (const change of changes) {
    const gone = change.status === 'deleted' || change.status === 'renamed' ? change.from : undefined;
    if (gone === undefined || matchedBase.has(gone) || !/\.(ya?ml|json)$/i.test(gone)) continue;
    // a removed file that cannot be read or parsed at the commit is not a contract to compare (bugs still throw)
    const base = await loadAtCommit(repo, commit, ref, gone, loadOptions, false).catch(inputErrorAsUndefined);
    if (base !== undefined) pairs.push({ status: 'removed', base, path: gone, basePath: gone, changed: true });
  }
  return pairs.sort((a, b) => a.path.localeCompare(b.path));
}

/** A file the commit does not have: no earlier version. Other errors propagate. */
function absentAsUndefined(error: unknown): undefined {
  if (error instanceof InputError && error.code === 'not-found') return undefined;
  throw error;
}

function inputErrorAsUndefined(error: unknown): undefined {
  if (error instanceof InputError) return undefined;
  throw error;
}
