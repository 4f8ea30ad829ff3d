/**
 * `$ref` resolution for one contract: local pointers, relative files and (only when the user opts in)
 * http(s) documents. Every file is loaded once, up front, so that rules and the diff engine resolve
 * synchronously afterwards. File refs are confined to the project root; cycles never loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError, oneLine } from './errors.js';
import { parseText, readTextFile, decodeText, syntaxFor } from './parse.js';
import { getAtPath, isObject, parsePointer } from './pointer.js';
import type { NodeLocation, ResolvedNode, SourceFile } from './source.js';

export type RefProblemKind = 'unresolvable' | 'outside-root' | 'remote-disabled';

export interface RefProblem {
  kind: RefProblemKind;
  /** where the `$ref` is written */
  source: SourceFile;
  path: string[];
  ref: string;
  message: string;
}

export interface RefSite {
  source: SourceFile;
  /** path of the object that holds the `$ref` key */
  path: string[];
  ref: string;
  /** the object that holds the `$ref` key */
  node: { $ref: string };
  /** where the `$ref` points (computed once, while crawling) */
  target: RefTarget;
}

export interface RefOptions {
  projectRoot: string;
  allowRemoteRefs: boolean;
  maxFileBytes: number;
  /** how a file is named in messages */
  displayPath: (absPath: string) => string;
  /** injectable for tests */
  fetchText?: (url: string) => Promise<string>;
  /** reads local files referenced by `$ref` from elsewhere than the working tree (e.g. a git commit) */
  readLocalText?: (absPath: string, display: string, maxBytes: number) => string;
}

const REMOTE_TIMEOUT_MS = 10_000;

/** Keys whose values are data (examples, defaults), never places where `$ref` means a reference. */
const DATA_KEYWORDS = new Set(['example', 'default', 'enum', 'const']);

export class RefGraph {
  readonly files = new Map<string, SourceFile>();
  readonly problems: RefProblem[] = [];
  readonly sites: RefSite[] = [];
  /** files that failed to load, by uri, with the reason */
  private readonly failures = new Map<string, string>();
  /** `uri NUL ref` → resolved target (null: unresolvable), filled once loading is complete */
  private readonly resolved = new Map<string, ResolvedNode | null>();
  private complete = false;

  private constructor(
    readonly root: SourceFile,
    private readonly options: RefOptions,
  ) {
    this.files.set(root.uri, root);
  }

  static async build(root: SourceFile, options: RefOptions): Promise<RefGraph> {
    const graph = new RefGraph(root, options);
    await graph.crawl();
    return graph;
  }

  /** Resolve one `$ref` string written in `from`. Undefined when it cannot be resolved. */
  resolve(ref: string, from: SourceFile): ResolvedNode | undefined {
    // Once every file is loaded the answer never changes: rules and the model resolve the same
    // few hundred refs hundreds of thousands of times on large contracts.
    if (!this.complete) return this.resolveUncached(ref, from);
    const key = from.uri + '\u0000' + ref;
    const cached = this.resolved.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const result = this.resolveUncached(ref, from);
    this.resolved.set(key, result ?? null);
    return result;
  }

  private resolveUncached(ref: string, from: SourceFile): ResolvedNode | undefined {
    return this.resolveTarget(this.targetOf(ref, from));
  }

  private resolveTarget(target: RefTarget): ResolvedNode | undefined {
    if (target.kind !== 'ok') return undefined;
    const source = this.files.get(target.uri);
    if (source === undefined) return undefined;
    let segments: string[];
    try {
      segments = parsePointer(target.fragment);
    } catch {
      return undefined;
    }
    const value = getAtPath(source.data, segments);
    if (value === undefined) return undefined;
    return { source, path: segments, value };
  }

  /**
   * Follow `$ref` chains from a node until a non-reference value. Returns the node itself when it is
   * not a reference, and the last reachable reference when a chain is broken or circular.
   */
  deref(value: unknown, at: NodeLocation): ResolvedNode {
    // the common case, one hop to a non-reference, needs no cycle bookkeeping
    if (isRef(value)) {
      const next = this.resolve(value.$ref, at.source);
      if (next !== undefined && !isRef(next.value)) return next;
    }
    let current: ResolvedNode = { ...at, value };
    if (!isRef(value)) return current;
    // a chain that meets the same $ref object again is circular
    const seen = new Set<unknown>();
    while (isRef(current.value)) {
      if (seen.has(current.value)) return current;
      seen.add(current.value);
      const next = this.resolve((current.value as { $ref: string }).$ref, current.source);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }

  /** Where a `$ref` points: a file uri and a fragment, or why it cannot be followed. */
  targetOf(ref: string, from: SourceFile): RefTarget {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash);
    if (filePart === '') return { kind: 'ok', uri: from.uri, fragment };
    const fromIsRemote = isRemote(from.uri);
    if (isRemote(filePart) || fromIsRemote) {
      let url: string;
      try {
        url = new URL(filePart, fromIsRemote ? from.uri : undefined).href;
      } catch {
        return { kind: 'unresolvable', reason: `invalid URL "${filePart}"` };
      }
      if (!isRemote(url)) return { kind: 'unresolvable', reason: `unsupported $ref scheme in "${filePart}"` };
      if (!this.options.allowRemoteRefs) return { kind: 'remote-disabled', reason: `remote $ref "${url}" not fetched (remote references are off; use --allow-remote-refs)` };
      return { kind: 'ok', uri: url, fragment };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^[a-z]:[\\/]/i.test(filePart)) {
      return { kind: 'outside-root', reason: `$ref "${filePart}" uses a URI scheme apigov does not read` };
    }
    let decoded = filePart;
    try {
      decoded = decodeURI(filePart);
    } catch {
      // keep as written
    }
    if (path.isAbsolute(decoded) || /^[a-z]:[\\/]/i.test(decoded) || decoded.startsWith('\\\\')) {
      return { kind: 'outside-root', reason: `absolute file $ref "${filePart}" refused (use a path relative to the contract)` };
    }
    const absolute = path.resolve(path.dirname(from.uri), decoded);
    if (!isInside(this.options.projectRoot, absolute)) {
      return { kind: 'outside-root', reason: `$ref "${filePart}" leaves the project root ${this.options.displayPath(this.options.projectRoot) || '.'} (widen it with --root if that is intended)` };
    }
    return { kind: 'ok', uri: absolute, fragment };
  }

  private async crawl(): Promise<void> {
    const queue: SourceFile[] = [this.root];
    while (queue.length > 0) {
      const source = queue.shift()!;
      for (const found of collectRefs(source)) {
        const target = this.targetOf(found.ref, source);
        const site: RefSite = { ...found, target };
        this.sites.push(site);
        if (target.kind !== 'ok') {
          this.problems.push({ kind: target.kind, source, path: site.path, ref: site.ref, message: target.reason });
          continue;
        }
        if (this.files.has(target.uri) || this.failures.has(target.uri)) continue;
        const loaded = await this.load(target.uri);
        if (typeof loaded === 'string') this.failures.set(target.uri, loaded);
        else {
          this.files.set(target.uri, loaded);
          queue.push(loaded);
        }
      }
    }
    this.complete = true;
    this.checkTargets();
  }

  /** Second pass, once every file is loaded: missing files, missing pointers, circular chains. */
  private checkTargets(): void {
    for (const site of this.sites) {
      const target = site.target;
      if (target.kind !== 'ok') continue;
      const failure = this.failures.get(target.uri);
      if (failure !== undefined) {
        this.problems.push({ kind: 'unresolvable', source: site.source, path: site.path, ref: site.ref, message: `$ref "${site.ref}": ${failure}` });
        continue;
      }
      // fills the cache `deref` reads below, from the target computed while crawling
      const resolved = this.resolveTarget(target);
      this.resolved.set(site.source.uri + '\u0000' + site.ref, resolved ?? null);
      if (resolved === undefined) {
        this.problems.push({ kind: 'unresolvable', source: site.source, path: site.path, ref: site.ref, message: `$ref "${site.ref}" points at nothing (no such ${target.fragment ? 'pointer' : 'document'})` });
        continue;
      }
      const end = this.deref(site.node, { source: site.source, path: site.path });
      if (isRef(end.value)) {
        this.problems.push({ kind: 'unresolvable', source: site.source, path: site.path, ref: site.ref, message: `$ref "${site.ref}" is part of a circular chain of references` });
      }
    }
  }

  private async load(uri: string): Promise<SourceFile | string> {
    const display = this.options.displayPath(uri);
    try {
      let text: string;
      if (isRemote(uri)) {
        text = await (this.options.fetchText ?? ((url) => fetchRemote(url, this.options.maxFileBytes)))(uri);
      } else if (this.options.readLocalText !== undefined) {
        text = this.options.readLocalText(uri, display, this.options.maxFileBytes);
      } else {
        const real = realpathOrSelf(uri);
        if (!isInside(realpathOrSelf(this.options.projectRoot), real)) return `resolves through a symlink outside the project root`;
        text = readTextFile(uri, display, this.options.maxFileBytes);
      }
      const parsed = parseText(text, display, syntaxFor(uri, text));
      return { file: display, uri, text, ...parsed };
    } catch (error) {
      if (error instanceof InputError) return oneLine(error.format());
      return oneLine(`cannot load ${display}: ${(error as Error).message}`);
    }
  }
}

export type RefTarget =
  | { kind: 'ok'; uri: string; fragment: string }
  | { kind: RefProblemKind; reason: string };

export function isRef(value: unknown): value is { $ref: string } {
  return isObject(value) && typeof value.$ref === 'string';
}

/** An http(s) URI (a remote document), not a file path. */
export function isRemote(uri: string): boolean {
  return /^https?:\/\//i.test(uri);
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function realpathOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

interface WalkEntry {
  node: unknown;
  parent: WalkEntry | undefined;
  key: string;
  inExamples: boolean;
}

function pathOf(entry: WalkEntry): string[] {
  const out: string[] = [];
  for (let e: WalkEntry | undefined = entry; e !== undefined && e.parent !== undefined; e = e.parent) out.push(e.key);
  return out.reverse();
}

/**
 * Every `$ref` in a file, skipping data values (examples, defaults, enums). Iterative, and paths are
 * only materialized for the `$ref` sites, so a 13 MB contract costs one cheap walk.
 */
function collectRefs(source: SourceFile): Array<Omit<RefSite, 'target'>> {
  const sites: Array<Omit<RefSite, 'target'>> = [];
  const stack: WalkEntry[] = [{ node: source.data, parent: undefined, key: '', inExamples: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const node = entry.node;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child = node[i];
        if (child !== null && typeof child === 'object') stack.push({ node: child, parent: entry, key: String(i), inExamples: false });
      }
      continue;
    }
    if (!isObject(node)) continue;
    if (typeof node.$ref === 'string') sites.push({ source, path: pathOf(entry), ref: node.$ref, node: node as { $ref: string } });
    for (const key in node) {
      if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
      const child = node[key];
      if (child === null || typeof child !== 'object') continue;
      if (DATA_KEYWORDS.has(key)) continue;
      // examples: an array is JSON Schema data; a map holds Example Objects whose `value` is data
      if (key === 'examples' && Array.isArray(child)) continue;
      if (entry.inExamples && key === 'value') continue;
      stack.push({ node: child, parent: entry, key, inExamples: entry.key === 'examples' });
    }
  }
  return sites;
}

async function fetchRemote(url: string, maxBytes: number): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(REMOTE_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new Error('remote document over the size limit');
  const buffer = new Uint8Array(await response.arrayBuffer());
  if (buffer.length > maxBytes) throw new Error('remote document over the size limit');
  return decodeText(buffer, url);
}
