/**
 * Turn the user's arguments (files, directories, globs) into candidate contract files. Directory and
 * glob scans skip dependency and hidden folders and never follow a symlink loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from './errors.js';

export interface Candidate {
  absPath: string;
  /** the path as given, or as found under the directory that was given */
  display: string;
  /** named on the command line: a file that is not a contract is an error, not skipped */
  explicit: boolean;
  /** the directory the user pointed at (fallback project root for files outside any project) */
  scanRoot: string;
}

const CONTRACT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage']);
const GLOB_CHARS = /[*?[\]{}]/;

export function discover(inputs: readonly string[], cwd: string): Candidate[] {
  const found = new Map<string, Candidate>();
  const add = (candidate: Candidate) => {
    if (!found.has(candidate.absPath)) found.set(candidate.absPath, candidate);
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add({ absPath: absolute, display: input, explicit: true, scanRoot: path.dirname(absolute) });
    } else if (stat?.isDirectory()) {
      for (const file of walk(absolute)) {
        add({ absPath: file, display: path.join(input, path.relative(absolute, file)), explicit: false, scanRoot: absolute });
      }
    } else if (GLOB_CHARS.test(input)) {
      const matches = expandGlob(input, cwd);
      if (matches.length === 0) throw new InputError('not-found', 'no files match this pattern', input);
      for (const candidate of matches) add(candidate);
    } else {
      throw new InputError('not-found', 'no such file or directory', input);
    }
  }
  return [...found.values()];
}

/** Files with a contract extension under a directory, sorted, skipping loops and hidden folders. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const seenDirs = new Set<string>();
  const visit = (current: string) => {
    let real: string;
    try {
      real = fs.realpathSync(current);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or a second path to the same folder
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
        visit(full);
      } else if (isFile && CONTRACT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        out.push(full);
      }
    }
  };
  visit(dir);
  return out;
}

function expandGlob(pattern: string, cwd: string): Candidate[] {
  const normalized = pattern.split(path.sep).join('/');
  const segments = normalized.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const baseInput = segments.slice(0, firstGlob).join('/') || '.';
  const base = path.resolve(cwd, baseInput);
  const matcher = picomatch(segments.slice(firstGlob).join('/'), { dot: false });
  if (!fs.existsSync(base)) return [];
  return walk(base)
    .filter((file) => matcher(path.relative(base, file).split(path.sep).join('/')))
    .map((file) => ({
      absPath: file,
      display: baseInput === '.' && !normalized.startsWith('./') ? path.relative(base, file) : path.join(baseInput, path.relative(base, file)),
      explicit: false,
      scanRoot: base,
    }));
}

/** A cheap look at the text before a full parse: does a contract root key appear at all? */
export function looksLikeContract(text: string): boolean {
  return /^["']?(?:openapi|swagger|asyncapi)["']?\s*:/m.test(text) || /"(?:openapi|swagger|asyncapi)"\s*:/.test(text);
}

/** The nearest folder holding apigov.yaml or .git, searched upward from `start`. */
export function findProjectMarker(start: string, cache = new Map<string, string | null>()): string | undefined {
  const visited: string[] = [];
  let dir = start;
  for (;;) {
    const cached = cache.get(dir);
    if (cached !== undefined) {
      for (const v of visited) cache.set(v, cached);
      return cached ?? undefined;
    }
    visited.push(dir);
    if (fs.existsSync(path.join(dir, 'apigov.yaml')) || fs.existsSync(path.join(dir, '.git'))) {
      for (const v of visited) cache.set(v, dir);
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      for (const v of visited) cache.set(v, null);
      return undefined;
    }
    dir = parent;
  }
}
