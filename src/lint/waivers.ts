/**
 * Waivers (`apigov-waivers.yaml`): approved, dated exceptions. A waiver names a lint rule or a diff
 * check, the files (globs) it covers, optionally a pointer or a diff change fingerprint, why, who
 * approved it and until when. Past its date it stops applying and is reported; a waiver that matches
 * nothing is reported as stale, so the file only ever shrinks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import picomatch from 'picomatch';
import { Ajv, type ErrorObject } from 'ajv';
import { InputError } from '../document/errors.js';
import { parseText } from '../document/parse.js';
import { parsePointer, toPointer } from '../document/pointer.js';
import type { PositionIndex } from '../document/positions.js';
import { localRuleDocUrl, SCHEMAS_DIR } from '../paths.js';
import { isoDate } from './clock.js';
import type { Finding, Severity, Waiver } from './finding.js';

export const WAIVERS_FILE = 'apigov-waivers.yaml';
export const WAIVER_EXPIRED = 'waiver-expired';
export const WAIVER_STALE = 'waiver-stale';

export interface WaiverEntry {
  index: number;
  rule: string;
  files: string[];
  pointer: string | undefined;
  fingerprint: string | undefined;
  reason: string;
  approvedBy: string;
  expires: string;
  matches: (relativeFile: string) => boolean;
}

export type WaiverStatus = 'active' | 'expired' | 'stale';

export interface WaiversFile {
  /** as shown in messages */
  file: string;
  absolute: string;
  dir: string;
  entries: WaiverEntry[];
  positions: PositionIndex;
}

/** Something a waiver can cover: a lint finding or a diff change. */
export interface WaivableItem {
  rule: string;
  /** path as shown, relative to cwd (or absolute) */
  file: string;
  pointer: string;
  fingerprint?: string;
}

let validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

export function loadWaivers(file: string, cwd: string): WaiversFile {
  const absolute = path.resolve(cwd, file);
  const display = path.relative(cwd, absolute) || absolute;
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch {
    throw new InputError('not-found', 'waivers file not found', display);
  }
  const parsed = parseText(text.trim() === '' ? 'waivers: []\n' : text, display, 'yaml');
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(createRequire(import.meta.url)(path.join(SCHEMAS_DIR, 'waivers.schema.json')) as object);
  if (!validate(parsed.data)) {
    const error = (validate.errors ?? []).reduce((best, e) => (e.instancePath.length > best.instancePath.length ? e : best));
    const at = parsePointer(error.instancePath);
    const entry = at[0] === 'waivers' && at[1] !== undefined ? `waivers[${at[1]}]` : 'the file';
    const field = at.length > 2 ? `.${at.slice(2).join('.')}` : '';
    const detail = error.keyword === 'required' ? `is missing "${String((error.params as { missingProperty: string }).missingProperty)}"` : error.keyword === 'additionalProperties' ? `has an unknown key "${String((error.params as { additionalProperty: string }).additionalProperty)}"` : (error.message ?? 'is invalid');
    const line = parsed.positions.locate([at])[0]?.line;
    throw new InputError('config', `${entry}${field} ${detail}`, display, line);
  }
  const dir = path.dirname(absolute);
  const raw = (parsed.data as { waivers: Array<Record<string, unknown>> }).waivers;
  const entries = raw.map((w, index): WaiverEntry => {
    const files = Array.isArray(w.files) ? (w.files as string[]) : [w.files as string];
    const expires = w.expires as string;
    if (Number.isNaN(new Date(`${expires}T00:00:00Z`).getTime())) {
      throw new InputError('config', `waivers[${index}].expires is not a date: ${expires}`, display, parsed.positions.locate([['waivers', String(index), 'expires']])[0]?.line);
    }
    return {
      index,
      rule: w.rule as string,
      files,
      pointer: typeof w.pointer === 'string' ? w.pointer : undefined,
      fingerprint: typeof w.fingerprint === 'string' ? w.fingerprint : undefined,
      reason: w.reason as string,
      approvedBy: w.approvedBy as string,
      expires,
      matches: picomatch(files, { dot: true }),
    };
  });
  return { file: display, absolute, dir, entries, positions: parsed.positions };
}

/** The default waivers file beside the config (or in the working directory), when it exists. */
export function findWaiversFile(configDir: string): string | undefined {
  const candidate = path.join(configDir, WAIVERS_FILE);
  return fs.existsSync(candidate) ? candidate : undefined;
}

export class WaiverMatcher {
  /** how many items each waiver covered in this run */
  readonly used = new Map<number, number>();
  /** waivers whose files were part of this run (only those can be stale) */
  readonly inScope = new Set<number>();

  constructor(
    readonly waivers: WaiversFile,
    private readonly today: string,
    private readonly cwd: string,
  ) {}

  isExpired(entry: WaiverEntry): boolean {
    return entry.expires < this.today;
  }

  private relative(file: string): string {
    return path.relative(this.waivers.dir, path.resolve(this.cwd, file)).split(path.sep).join('/');
  }

  /**
   * The files this run checked: waivers covering them and matching nothing are stale. With `rules`,
   * only for waivers of those rules (a run that diffs some contracts and lints all of them).
   */
  markChecked(files: Iterable<string>, rules?: ReadonlySet<string>): void {
    const entries = rules === undefined ? this.waivers.entries : this.waivers.entries.filter((entry) => rules.has(entry.rule));
    if (entries.length === 0) return;
    for (const file of files) {
      const relative = this.relative(file);
      for (const entry of entries) if (entry.matches(relative)) this.inScope.add(entry.index);
    }
  }

  /** The waiver that covers an item, if any (expired waivers never do). */
  match(item: WaivableItem): WaiverEntry | undefined {
    const relative = this.relative(item.file);
    for (const entry of this.waivers.entries) {
      if (!entry.matches(relative)) continue;
      if (entry.rule !== item.rule) continue;
      if (entry.pointer !== undefined && entry.pointer !== '' && item.pointer !== entry.pointer && !item.pointer.startsWith(entry.pointer + '/')) continue;
      if (entry.fingerprint !== undefined && entry.fingerprint !== item.fingerprint) continue;
      if (this.isExpired(entry)) continue;
      this.used.set(entry.index, (this.used.get(entry.index) ?? 0) + 1);
      return entry;
    }
    return undefined;
  }

  /** Mark the findings a waiver covers (`onMatch` learns which waiver covered which finding). */
  applyToFindings(findings: Finding[], onMatch?: (entry: WaiverEntry, finding: Finding) => void): Finding[] {
    return findings.map((finding) => {
      if (finding.waived !== undefined) return finding;
      const entry = this.match({ rule: finding.ruleId, file: finding.file, pointer: finding.pointer });
      if (entry === undefined) return finding;
      onMatch?.(entry, finding);
      return { ...finding, waived: toWaiver(entry) };
    });
  }

  /**
   * Where a waiver stands after a run: expired (past its date), stale (its files were checked, by a
   * run that evaluates its rule, and nothing matched), else active.
   */
  status(entry: WaiverEntry, evaluatedRules: ReadonlySet<string>): WaiverStatus {
    if (this.isExpired(entry)) return 'expired';
    if (evaluatedRules.has(entry.rule) && this.inScope.has(entry.index) && !this.used.has(entry.index)) return 'stale';
    return 'active';
  }

  /** Findings about the waivers themselves: expired ones (they no longer apply), and stale ones (see `status`). */
  reportOnWaivers(evaluatedRules: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    for (const entry of this.waivers.entries) {
      const status = this.status(entry, evaluatedRules);
      if (status === 'active') continue;
      const at = ['waivers', String(entry.index)];
      const [position] = this.waivers.positions.locate([at]);
      const base = { file: this.waivers.file, pointer: toPointer(at), line: position!.line, column: position!.column };
      if (status === 'expired') {
        out.push({ ...base, docsUrl: localRuleDocUrl(WAIVER_EXPIRED), ruleId: WAIVER_EXPIRED, severity: 'warn' as Severity, message: `waiver for ${entry.rule} on ${entry.files.join(', ')} expired on ${entry.expires}; its findings count again (renew it with a new approval, or fix them)` });
      } else {
        out.push({ ...base, docsUrl: localRuleDocUrl(WAIVER_STALE), ruleId: WAIVER_STALE, severity: 'warn' as Severity, message: `waiver for ${entry.rule} on ${entry.files.join(', ')} matches nothing any more; remove it` });
      }
    }
    return out;
  }
}

export function toWaiver(entry: WaiverEntry): Waiver {
  return { kind: 'waiver', reason: entry.reason, approvedBy: entry.approvedBy, expires: entry.expires };
}

export function todayFrom(date: Date): string {
  return isoDate(date);
}
