/**
 * `--previous OLD/catalog.json`: what changed since the last catalog. Findings are matched by
 * (rule, file, pointer), so a reworded message is the same finding; APIs by (x-api-id, major),
 * then by x-api-id alone when that is unambiguous, then by file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../document/errors.js';
import { isObject } from '../document/pointer.js';
import type { ApiChange, ApiEntry, BreakingChangeEntry, Catalog, CatalogGit, ChangeSincePrevious, HistoryPoint } from './types.js';
import { estateFindingKey } from './estate.js';
import { round1 } from './score.js';

/** How many earlier runs the trend keeps. */
export const HISTORY_LIMIT = 100;

/** The parts of an earlier catalog the comparison reads; older or newer apigov versions may add more. */
export interface PreviousCatalog {
  generatedAt: string;
  summary: { score: number; error: number; warn: number; contracts: number };
  apis: Array<{ apiId: string; major: number | null; file: string; score: { total: number }; findings: { list: Array<{ ruleId: string; file: string; pointer: string; waived?: unknown }> } }>;
  estateFindings: Array<{ ruleId: string; message?: string; locations: Array<{ file: string; pointer: string; reference?: boolean }> }>;
  history: HistoryPoint[];
  /** absent in catalogs made outside git or from uncommitted files (and before apigov recorded it) */
  git?: CatalogGit;
}

/** The members of a previous API entry that identify it. */
export type PreviousApiKey = Pick<PreviousCatalog['apis'][number], 'apiId' | 'major' | 'file'>;

export function loadPreviousCatalog(file: string, cwd: string): PreviousCatalog {
  const display = path.relative(cwd, path.resolve(cwd, file)) || file;
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'not-found' : 'unreadable', code === 'ENOENT' ? 'previous catalog not found' : `cannot read previous catalog (${code ?? 'error'})`, display);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError('syntax', `previous catalog is not valid JSON: ${(error as Error).message}`, display);
  }
  const problem = checkPrevious(data);
  if (problem !== undefined) throw new InputError('usage', `not an apigov catalog.json: ${problem}`, display);
  const previous = data as PreviousCatalog;
  if (!Array.isArray(previous.history)) previous.history = [];
  // an unusable commit record is no record: breaking changes are then not listed, and the run says why
  const git: unknown = previous.git;
  if (git !== undefined && !(isObject(git) && typeof git.commit === 'string' && /^[0-9a-f]{40,64}$/.test(git.commit) && typeof git.directory === 'string')) delete previous.git;
  return previous;
}

/** The first missing or mistyped member, as `apis[3].findings.list`. */
function checkPrevious(data: unknown): string | undefined {
  if (!isObject(data)) return 'the file is not a JSON object';
  if (typeof data.generatedAt !== 'string') return '"generatedAt" must be a string';
  if (!isObject(data.summary)) return '"summary" must be an object';
  for (const key of ['score', 'error', 'warn', 'contracts']) if (typeof data.summary[key] !== 'number') return `"summary.${key}" must be a number`;
  if (!Array.isArray(data.apis)) return '"apis" must be a list';
  for (const [i, api] of data.apis.entries()) {
    if (!isObject(api) || typeof api.apiId !== 'string' || typeof api.file !== 'string') return `"apis[${i}]" needs an apiId and a file`;
    if (!isObject(api.score) || typeof api.score.total !== 'number') return `"apis[${i}].score.total" must be a number`;
    if (!isObject(api.findings) || !Array.isArray(api.findings.list)) return `"apis[${i}].findings.list" must be a list`;
  }
  if (!Array.isArray(data.estateFindings)) return '"estateFindings" must be a list';
  if (data.history !== undefined && !Array.isArray(data.history)) return '"history" must be a list';
  return undefined;
}

function findingKeys(findings: ReadonlyArray<{ ruleId: string; file: string; pointer: string; waived?: unknown }>): Set<string> {
  return new Set(findings.filter((f) => f.waived === undefined).map((f) => `${f.ruleId}\u0000${f.file}\u0000${f.pointer}`));
}

function estateKeys(findings: PreviousCatalog['estateFindings']): Set<string> {
  return new Set(findings.map((f) => estateFindingKey({ ...f, message: f.message ?? '' })));
}

function difference(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const key of a) if (!b.has(key)) n++;
  return n;
}

/** The previous entry of an API, if it existed then. */
export function matchPrevious<T extends PreviousApiKey>(api: Pick<ApiEntry, 'apiId' | 'major' | 'file'>, previous: readonly T[]): T | undefined {
  const sameId = previous.filter((p) => p.apiId === api.apiId);
  return sameId.find((p) => p.major === api.major) ?? (sameId.length === 1 ? sameId[0] : undefined) ?? previous.find((p) => p.file === api.file && !sameId.includes(p));
}

export function apiChange(api: ApiEntry, before: PreviousCatalog['apis'][number], breakingChanges: BreakingChangeEntry[] = []): ApiChange {
  const now = findingKeys(api.findings.list);
  const then = findingKeys(before.findings.list);
  return { scoreDelta: round1(api.score.total - before.score.total), newFindings: difference(now, then), fixedFindings: difference(then, now), breakingChanges };
}

/** Estate-wide change: every finding of every API and every estate finding, then against now. */
export function catalogChange(catalog: Catalog, previous: PreviousCatalog): ChangeSincePrevious {
  const now = new Set([...findingKeys(catalog.apis.flatMap((a) => a.findings.list)), ...estateKeys(catalog.estateFindings)]);
  const then = new Set([...findingKeys(previous.apis.flatMap((a) => a.findings.list)), ...estateKeys(previous.estateFindings)]);
  return {
    previousGeneratedAt: previous.generatedAt,
    scoreDelta: round1(catalog.summary.score - previous.summary.score),
    newFindings: difference(now, then),
    fixedFindings: difference(then, now),
    breakingChanges: catalog.apis.reduce((n, a) => n + (a.change?.breakingChanges.filter((b) => b.waived === undefined).length ?? 0), 0),
  };
}

/** The previous run's history plus the previous run itself, oldest first. */
export function historyWith(previous: PreviousCatalog): HistoryPoint[] {
  const point: HistoryPoint = {
    generatedAt: previous.generatedAt,
    score: previous.summary.score,
    error: previous.summary.error,
    warn: previous.summary.warn,
    contracts: previous.summary.contracts,
  };
  const earlier = previous.history.filter(
    (h): h is HistoryPoint => isObject(h) && typeof h.generatedAt === 'string' && typeof h.score === 'number' && typeof h.error === 'number' && typeof h.warn === 'number' && typeof h.contracts === 'number',
  );
  const plain = earlier.map(({ generatedAt, score, error, warn, contracts }) => ({ generatedAt, score, error, warn, contracts }));
  return [...plain, point].slice(-HISTORY_LIMIT);
}
