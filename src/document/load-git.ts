/**
 * Contracts as they are at a git commit: the file through `git cat-file`, and its `$ref`s from the
 * same commit, never from the work tree. Shared by `apigov diff` (REF:path, --base) and
 * `apigov catalog --previous` (each API as it was when the previous catalog was made).
 */
import path from 'node:path';
import type { Contract } from './contract.js';
import { looksLikeContract } from './discover.js';
import { readAt, repoPath, type GitRepo } from './git.js';
import { loadContractText, type LoadOptions } from './load.js';

/**
 * Parse a file as it is at a commit. `ref` is how the commit is shown (`HEAD~1`, a short id);
 * `relative` is the repository-relative path. With `explicit` false, a file that does not look like
 * a contract is `undefined` instead of an error.
 */
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
