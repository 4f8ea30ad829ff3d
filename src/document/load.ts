/** Load contracts from the user's arguments: discover, read, parse once, detect, crawl `$ref`s. */
import path from 'node:path';
import type { Contract } from './contract.js';
import { detect } from './detect.js';
import { discover, findProjectMarker, looksLikeContract, type Candidate } from './discover.js';
import { InputError } from './errors.js';
import { DEFAULT_MAX_FILE_BYTES, parseText, readTextFile, syntaxFor } from './parse.js';
import { RefGraph, isInside, isRemote } from './resolve.js';

export interface LoadOptions {
  cwd: string;
  maxFileBytes?: number;
  allowRemoteRefs?: boolean;
  /** overrides the project root (otherwise: nearest apigov.yaml or .git, else cwd, else the scanned folder) */
  projectRoot?: string;
  /** injectable for tests of remote refs */
  fetchText?: (url: string) => Promise<string>;
  /** where file `$ref`s are read from when not the working tree (contracts loaded from git) */
  readLocalText?: (absPath: string, display: string, maxBytes: number) => string;
}

export interface LoadResult {
  contracts: Contract[];
  /** one per file that could not be loaded; the CLI turns any into exit code 2 */
  errors: InputError[];
}

export async function loadContracts(inputs: readonly string[], options: LoadOptions, onProgress?: (done: number, total: number) => void): Promise<LoadResult> {
  const contracts: Contract[] = [];
  const errors: InputError[] = [];
  for await (const contract of streamContracts(discover(inputs, options.cwd), options, errors, onProgress)) contracts.push(contract);
  return { contracts, errors };
}

/**
 * The contracts among discovered files, loaded one at a time, so that a caller that is done with one
 * before it asks for the next holds one parsed contract in memory, not the whole estate. Input errors
 * are collected in `errors` (the caller decides, once all files were seen, whether to stop).
 */
export async function* streamContracts(
  candidates: readonly Candidate[],
  options: LoadOptions,
  errors: InputError[],
  onProgress?: (done: number, total: number, file: string) => void,
): AsyncGenerator<Contract> {
  const markerCache = new Map<string, string | null>();
  let done = 0;
  for (const candidate of candidates) {
    let contract: Contract | undefined;
    try {
      contract = await loadCandidate(candidate, options, markerCache);
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else throw error;
    }
    onProgress?.(++done, candidates.length, candidate.display);
    if (contract !== undefined) yield contract;
  }
}

/** Read, parse and crawl one discovered file (undefined: not a contract, skipped in a scan). Used per file by the catalog's worker pool. */
export async function loadCandidate(candidate: Candidate, options: LoadOptions, markerCache: Map<string, string | null>): Promise<Contract | undefined> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let text: string;
  try {
    text = readTextFile(candidate.absPath, candidate.display, maxBytes);
  } catch (error) {
    // in a directory scan, unreadable or empty non-contract files are simply not contracts
    if (!candidate.explicit && error instanceof InputError && error.code !== 'too-large') return undefined;
    throw error;
  }
  if (!candidate.explicit && !looksLikeContract(text)) return undefined;
  const root = projectRootFor(candidate, options, markerCache);
  return loadContractText(text, { display: candidate.display, uri: candidate.absPath, projectRoot: root, explicit: candidate.explicit }, options);
}

export interface TextOrigin {
  display: string;
  /** absolute path the text belongs to (relative `$ref`s resolve against it) */
  uri: string;
  projectRoot: string;
  /** a named file that is not a contract is an error rather than skipped */
  explicit: boolean;
}

/** Parse contract text that came from a file or from `git show`. */
export async function loadContractText(text: string, origin: TextOrigin, options: LoadOptions): Promise<Contract | undefined> {
  const parsed = parseText(text, origin.display, syntaxFor(origin.uri, text));
  const detected = detect(parsed.data, origin.display);
  if (detected === undefined) {
    if (!origin.explicit) return undefined;
    throw new InputError('not-a-contract', 'not an OpenAPI or AsyncAPI document (no openapi, swagger or asyncapi key at the root)', origin.display);
  }
  // the contract object is itself the root file of its ref graph, so identity comparisons hold
  const contract = { file: origin.display, uri: origin.uri, text, ...parsed, ...detected, projectRoot: origin.projectRoot } as Contract;
  const cwd = options.cwd;
  contract.refs = await RefGraph.build(contract, {
    projectRoot: origin.projectRoot,
    allowRemoteRefs: options.allowRemoteRefs ?? false,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    displayPath: (abs) => (isRemote(abs) ? abs : path.relative(cwd, abs) || '.'),
    ...(options.fetchText ? { fetchText: options.fetchText } : {}),
    ...(options.readLocalText ? { readLocalText: options.readLocalText } : {}),
  });
  return contract;
}

/**
 * The folder file refs are confined to: an explicit --root; else the nearest folder with apigov.yaml
 * or .git; else the working directory when the file is inside it; else the folder the user scanned.
 */
function projectRootFor(candidate: Candidate, options: LoadOptions, markerCache: Map<string, string | null>): string {
  if (options.projectRoot !== undefined) return path.resolve(options.cwd, options.projectRoot);
  const marker = findProjectMarker(path.dirname(candidate.absPath), markerCache);
  if (marker !== undefined) return marker;
  if (isInside(options.cwd, candidate.absPath)) return options.cwd;
  return candidate.scanRoot;
}
