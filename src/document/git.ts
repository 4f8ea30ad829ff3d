/**
 * Reading contracts from git: `REF:path` arguments and `--base REF` comparisons. Git always runs
 * with an argument array (execFile, never a shell), refs are checked against a strict pattern
 * before git sees them, and git resolves them to a commit once, so nothing the user typed reaches
 * a later command except a verified commit id and a path after `--`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { InputError, type InputErrorCode } from './errors.js';
import { decodeText, tooLargeError } from './parse.js';

/** Branch and tag names, `HEAD~2`, `main^`, `origin/main`, `v1.2.0`, `HEAD@{1}`, commit ids. */
const REF_PATTERN = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9_./@{}~^+-]{1,200}$/;

export function isValidRef(ref: string): boolean {
  return REF_PATTERN.test(ref);
}

const MAX_GIT_OUTPUT = 512 * 1024 * 1024;

/** Run git; a failure is an InputError (`code` when git ran and refused, e.g. a path not at a commit). */
function git(args: readonly string[], cwd: string, what: string, maxBuffer = 16 * 1024 * 1024, code: InputErrorCode = 'git'): Buffer {
  try {
    return execFileSync('git', [...args], { cwd, maxBuffer, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer; status?: number };
    if (e.code === 'ENOENT') throw new InputError('git', 'git is not installed or not on PATH');
    const detail = e.stderr?.toString('utf8').trim().split('\n')[0] ?? e.message;
    throw new InputError(code, `${what}: ${detail || 'git failed'}`);
  }
}

/** Whether a git command exits with success (a yes/no question such as `cat-file -e`); false also without git. */
function gitSucceeds(args: readonly string[], cwd: string): boolean {
  try {
    git(args, cwd, 'git failed');
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

export interface GitRepo {
  /** absolute path of the work tree */
  root: string;
}

export function openRepo(cwd: string): GitRepo {
  const root = git(['rev-parse', '--show-toplevel'], cwd, 'not inside a git repository').toString('utf8').trim();
  return { root: path.resolve(root) };
}

/** Refuse a ref before git (or anything else) sees it. */
export function assertValidRef(ref: string): void {
  if (!isValidRef(ref)) throw new InputError('usage', `"${ref}" is not a valid git ref (letters, digits and ._/-~^@{} only)`);
}

/** The repository around `cwd`, or undefined outside a git work tree (or without git). */
export function findRepo(cwd: string): GitRepo | undefined {
  try {
    return openRepo(cwd);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

const COMMIT_ID = /^[0-9a-f]{40,64}$/;

/** Whether a commit is in the local repository (a shallow clone, or another clone, may lack it). */
export function hasCommit(repo: GitRepo, commit: string): boolean {
  if (!COMMIT_ID.test(commit)) return false;
  return gitSucceeds(['cat-file', '-e', `${commit}^{commit}`], repo.root);
}

/**
 * The working directory's path in its repository ('' at the root), as git sees it: symbolic links
 * in the path do not matter, unlike a comparison with the repository root's path.
 */
export function repoPrefix(cwd: string): string | undefined {
  try {
    return git(['rev-parse', '--show-prefix'], cwd, 'not inside a git work tree').toString('utf8').trim().replace(/\/$/, '');
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/**
 * HEAD's commit when every file given (repository-relative) is tracked and unchanged at HEAD, in the
 * index and in the work tree; undefined when one is modified, staged, untracked, ignored or deleted,
 * or HEAD has no commit. Two git calls whatever the number of files (no pathspec per file, so an
 * estate of any size fits on a command line): the files of HEAD's tree and the tracked changes, both
 * under the files' common folder.
 */
export function cleanHead(repo: GitRepo, files: readonly string[]): string | undefined {
  if (files.length === 0 || files.some((f) => f === '' || f.includes('\u0000') || f.startsWith('../') || path.posix.isAbsolute(f))) return undefined;
  const under = commonFolder(files);
  const scope = under === '' ? [] : ['--', under];
  try {
    const commit = git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], repo.root, 'no commit at HEAD').toString('utf8').trim();
    if (!COMMIT_ID.test(commit)) return undefined;
    const tracked = new Set(git(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, ...scope], repo.root, 'git ls-tree failed', MAX_GIT_OUTPUT).toString('utf8').split('\u0000'));
    if (files.some((f) => !tracked.has(f))) return undefined;
    const wanted = new Set(files);
    const status = git(['--literal-pathspecs', 'status', '--porcelain', '-z', '--untracked-files=no', '--no-renames', ...scope], repo.root, 'git status failed', MAX_GIT_OUTPUT).toString('utf8');
    // entries are `XY path`, NUL-terminated
    for (const entry of status.split('\u0000')) if (entry.length > 3 && wanted.has(entry.slice(3))) return undefined;
    return commit;
  } catch (error) {
    // an unborn HEAD: no commit to record
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** The deepest folder holding every path ('' when that is the repository root). */
function commonFolder(files: readonly string[]): string {
  let common = path.posix.dirname(files[0]!).split('/');
  for (const file of files) {
    const parts = path.posix.dirname(file).split('/');
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  const folder = common.join('/');
  return folder === '.' ? '' : folder;
}

/** A validated ref turned into a commit id. */
export function resolveCommit(repo: GitRepo, ref: string): string {
  assertValidRef(ref);
  const out = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], repo.root, `unknown git ref "${ref}"`).toString('utf8').trim();
  if (!COMMIT_ID.test(out)) throw new InputError('git', `unknown git ref "${ref}"`);
  return out;
}

/** A repository-relative path with forward slashes ('' for the root), refused when it leaves the repository. */
export function repoPath(repo: GitRepo, file: string, cwd: string, relativeToCwd: boolean): string {
  if (file.includes('\u0000')) throw new InputError('usage', 'path contains a NUL character');
  const absolute = relativeToCwd ? path.resolve(cwd, file) : path.resolve(repo.root, file);
  const relative = path.relative(repo.root, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new InputError('usage', `${file} is outside the git repository`);
  return relative.split(path.sep).join('/');
}

/** Pathspecs matched literally (no glob magic), relative to the repository root. */
function pathspecs(repo: GitRepo, paths: readonly string[], cwd: string): string[] {
  const relative = paths.map((p) => repoPath(repo, p, cwd, true));
  return relative.includes('') ? [] : relative.map((p) => `:(literal)${p}`);
}

export function existsAt(repo: GitRepo, commit: string, file: string): boolean {
  return gitSucceeds(['cat-file', '-e', `${commit}:${file}`], repo.root);
}

/**
 * The text of a file at a commit, with the same size and encoding guards as files on disk. A path
 * the commit does not have is an InputError with code 'not-found'.
 */
export function readAt(repo: GitRepo, commit: string, file: string, display: string, maxBytes: number): string {
  const sizeText = git(['cat-file', '-s', `${commit}:${file}`], repo.root, `${display}: not found at that commit`, undefined, 'not-found').toString('utf8').trim();
  const size = Number(sizeText);
  if (Number.isFinite(size) && size > maxBytes) throw tooLargeError(size, maxBytes, display);
  const bytes = git(['cat-file', 'blob', `${commit}:${file}`], repo.root, `${display}: cannot read`, Math.min(MAX_GIT_OUTPUT, maxBytes + 1024));
  return decodeText(bytes, display);
}

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface ChangedFile {
  status: ChangeStatus;
  /** repository-relative path at the commit (renames: the old path) */
  from: string | undefined;
  /** repository-relative path in the work tree */
  to: string | undefined;
}

/** Files that differ between a commit and the work tree under the given paths, renames followed. */
export function changedFiles(repo: GitRepo, commit: string, paths: readonly string[], cwd: string): ChangedFile[] {
  const out = git(['diff', '--name-status', '-M', '-z', '--no-color', '--no-ext-diff', commit, '--', ...pathspecs(repo, paths, cwd)], repo.root, 'git diff failed', MAX_GIT_OUTPUT).toString('utf8');
  const fields = out.split('\u0000');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i++]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      files.push(status.startsWith('R') ? { status: 'renamed', from, to } : { status: 'added', from: undefined, to });
    } else {
      const file = fields[i++]!;
      if (status === 'A') files.push({ status: 'added', from: undefined, to: file });
      else if (status === 'D') files.push({ status: 'deleted', from: file, to: undefined });
      else files.push({ status: 'modified', from: file, to: file });
    }
  }
  return files;
}
