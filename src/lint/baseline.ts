/**
 * The baseline (`apigov-baseline.json`): today's findings accepted as known legacy, keyed by
 * (file, rule, JSON pointer) with counts, plus an anchor (rule + operationId, schema or message name)
 * that still matches after a path rename or a move. Later runs report only findings beyond it and list
 * fixed entries as stale, so the baseline only shrinks. Sorted, no timestamps: it diffs cleanly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { InputError } from '../document/errors.js';
import { getAtPath, parsePointer, toPointer } from '../document/pointer.js';
import { isRemote } from '../document/resolve.js';
import { HTTP_METHODS as OPENAPI_METHODS } from '../model/openapi.js';
import { SCHEMAS_DIR } from '../paths.js';
import type { Finding } from './finding.js';

export const BASELINE_FILE = 'apigov-baseline.json';

export interface BaselineEntry {
  file: string;
  ruleId: string;
  pointer: string;
  anchor?: string;
  count: number;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export interface BaselineComparison {
  /** findings not covered by the baseline */
  fresh: Finding[];
  /** entries (with the count still unmatched) whose findings are gone */
  stale: BaselineEntry[];
  matched: number;
}

const HTTP_METHODS: ReadonlySet<string> = new Set(OPENAPI_METHODS);

/**
 * A location key that survives URL path renames and document reordering: the operationId, schema or
 * message name the pointer is under, plus the rest of the pointer.
 */
export function anchorFor(data: unknown, pointer: string): string | undefined {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return undefined;
  }
  const [a, b, c] = segments;
  if ((a === 'paths' || a === 'webhooks') && b !== undefined && c !== undefined && HTTP_METHODS.has(c)) {
    const id = getAtPath(data, [a, b, c, 'operationId']);
    return typeof id === 'string' ? `op:${id}${toPointer(segments.slice(3))}` : undefined;
  }
  if (a === 'channels' && b !== undefined && (c === 'publish' || c === 'subscribe')) {
    const id = getAtPath(data, [a, b, c, 'operationId']);
    return typeof id === 'string' ? `op:${id}${toPointer(segments.slice(3))}` : undefined;
  }
  if (a === 'operations' && b !== undefined) return `op:${b}${toPointer(segments.slice(2))}`;
  if (a === 'components' && (b === 'schemas' || b === 'messages') && c !== undefined) return `${b === 'schemas' ? 'schema' : 'message'}:${c}${toPointer(segments.slice(3))}`;
  if (a === 'definitions' && b !== undefined) return `schema:${b}${toPointer(segments.slice(2))}`;
  return undefined;
}

/**
 * The part of a document `anchorFor` reads: the operationIds under paths, webhooks and AsyncAPI 2.x
 * channels. Kept instead of the document, so a run over a large estate can let each parsed contract go.
 */
export function anchorSkeleton(data: unknown): unknown {
  const skeleton: Record<string, Record<string, Record<string, { operationId: unknown }>>> = Object.create(null);
  if (typeof data !== 'object' || data === null) return skeleton;
  for (const top of ['paths', 'webhooks', 'channels']) {
    const items = (data as Record<string, unknown>)[top];
    if (typeof items !== 'object' || items === null) continue;
    const kept: Record<string, Record<string, { operationId: unknown }>> = Object.create(null);
    for (const [name, item] of Object.entries(items)) {
      if (typeof item !== 'object' || item === null) continue;
      for (const [key, operation] of Object.entries(item)) {
        if (typeof operation !== 'object' || operation === null) continue;
        const id = (operation as Record<string, unknown>)['operationId'];
        if (typeof id !== 'string') continue;
        (kept[name] ??= Object.create(null) as Record<string, { operationId: unknown }>)[key] = { operationId: id };
      }
    }
    skeleton[top] = kept;
  }
  return skeleton;
}

export class BaselineStore {
  constructor(
    /** absolute path of the baseline file */
    readonly absolute: string,
    private readonly cwd: string,
  ) {}

  get dir(): string {
    return path.dirname(this.absolute);
  }

  /** A finding's file as the baseline stores it: relative to the baseline file, forward slashes. */
  key(file: string): string {
    if (isRemote(file)) return file;
    return path.relative(this.dir, path.resolve(this.cwd, file)).split(path.sep).join('/');
  }

  load(): Baseline | undefined {
    if (!fs.existsSync(this.absolute)) return undefined;
    const display = path.relative(this.cwd, this.absolute) || this.absolute;
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(this.absolute, 'utf8'));
    } catch (error) {
      throw new InputError('config', `baseline is not valid JSON (${(error as Error).message}); regenerate it with --update-baseline`, display);
    }
    const validate = new Ajv({ strict: false }).compile(createRequire(import.meta.url)(path.join(SCHEMAS_DIR, 'baseline.schema.json')) as object);
    if (!validate(data)) {
      const error = validate.errors?.[0];
      throw new InputError('config', `baseline does not match its schema at ${error?.instancePath || '/'}: ${error?.message ?? 'invalid'}`, display);
    }
    return data as Baseline;
  }

  /** Findings → baseline entries; entries of files this run did not check are kept. */
  build(findings: readonly Finding[], data: ReadonlyMap<string, unknown>, previous: Baseline | undefined, checkedFiles: ReadonlySet<string>): Baseline {
    const entries = knownEntries(findings, (f) => this.key(f.file), (f) => anchorFor(data.get(f.file), f.pointer));
    const checked = new Set([...checkedFiles].map((f) => this.key(f)));
    const kept = (previous?.entries ?? []).filter((e) => !checked.has(e.file));
    return { version: 1, entries: sortEntries([...kept, ...entries]) };
  }

  /** JSON with sorted entries and a fixed key order, so the file diffs cleanly in review. */
  serialize(baseline: Baseline): string {
    const entries = sortEntries(baseline.entries).map((e) => ({ file: e.file, ruleId: e.ruleId, pointer: e.pointer, ...(e.anchor !== undefined ? { anchor: e.anchor } : {}), count: e.count }));
    return JSON.stringify({ version: 1, entries }, null, 2) + '\n';
  }

  compare(findings: readonly Finding[], baseline: Baseline, data: ReadonlyMap<string, unknown>, checkedFiles: ReadonlySet<string>): BaselineComparison {
    const checked = new Set([...checkedFiles].map((f) => this.key(f)));
    // an entry of a file that no longer exists under that name may match a moved file
    const movable = (e: BaselineEntry) => !checked.has(e.file) && !fs.existsSync(path.resolve(this.dir, e.file));
    const result = matchKnown(findings, baseline.entries, {
      fileKey: (f) => this.key(f.file),
      anchorOf: (f) => anchorFor(data.get(f.file), f.pointer),
      movable,
    });
    return { ...result, stale: result.stale.filter((e) => checked.has(e.file) || movable(e)) };
  }

}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.pointer, b.pointer));
}

export interface MatchOptions {
  /** the file a finding is counted under, in the same form as the known entries' `file` */
  fileKey: (finding: Finding) => string;
  anchorOf: (finding: Finding) => string | undefined;
  /** entries whose file may have been renamed: matched by anchor in any file */
  movable?: (entry: BaselineEntry) => boolean;
}

/**
 * Findings beyond known ones: exact (file, rule, pointer) keys first, then anchors (a node that moved
 * or whose URL path was renamed keeps its operationId, schema or message name). Counts are consumed,
 * so two findings need two known ones. Used by the baseline and by `apigov check` (known = the base).
 */
export function matchKnown(findings: readonly Finding[], known: readonly BaselineEntry[], options: MatchOptions): BaselineComparison {
  const remaining = known.map((e) => ({ ...e }));
  const byPrimary = new Map<string, BaselineEntry[]>();
  const byAnchor = new Map<string, BaselineEntry[]>();
  const byFilelessAnchor = new Map<string, BaselineEntry[]>();
  const push = (map: Map<string, BaselineEntry[]>, key: string, e: BaselineEntry) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [e]);
    else list.push(e);
  };
  for (const e of remaining) {
    push(byPrimary, `${e.file}\u0000${e.ruleId}\u0000${e.pointer}`, e);
    if (e.anchor === undefined) continue;
    push(byAnchor, `${e.file}\u0000${e.ruleId}\u0000${e.anchor}`, e);
    if (options.movable?.(e)) push(byFilelessAnchor, `${e.ruleId}\u0000${e.anchor}`, e);
  }
  const take = (list: BaselineEntry[] | undefined) => {
    const entry = list?.find((e) => e.count > 0);
    if (entry === undefined) return false;
    entry.count--;
    return true;
  };
  const unmatched: Finding[] = [];
  let matched = 0;
  for (const f of findings) {
    if (take(byPrimary.get(`${options.fileKey(f)}\u0000${f.ruleId}\u0000${f.pointer}`))) matched++;
    else unmatched.push(f);
  }
  // second pass: anchors, once exact keys had their chance
  const fresh: Finding[] = [];
  for (const f of unmatched) {
    const anchor = options.anchorOf(f);
    if (anchor !== undefined && (take(byAnchor.get(`${options.fileKey(f)}\u0000${f.ruleId}\u0000${anchor}`)) || take(byFilelessAnchor.get(`${f.ruleId}\u0000${anchor}`)))) matched++;
    else fresh.push(f);
  }
  return { fresh, stale: remaining.filter((e) => e.count > 0), matched };
}

/** Findings as known entries (counted per file, rule and pointer), keyed the caller's way. */
export function knownEntries(findings: readonly Finding[], fileKey: (f: Finding) => string, anchorOf: (f: Finding) => string | undefined): BaselineEntry[] {
  const counts = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const file = fileKey(f);
    const id = `${file}\u0000${f.ruleId}\u0000${f.pointer}`;
    const existing = counts.get(id);
    if (existing !== undefined) existing.count++;
    else {
      const anchor = anchorOf(f);
      counts.set(id, { file, ruleId: f.ruleId, pointer: f.pointer, ...(anchor !== undefined ? { anchor } : {}), count: 1 });
    }
  }
  return [...counts.values()];
}
