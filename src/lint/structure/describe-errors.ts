/**
 * Turn raw ajv errors into few, precise findings. Raw output for one typo can be a dozen errors: one per
 * `oneOf` branch, "must match then schema", "must have required property $ref" from the Reference branch.
 * Keep the errors that explain the problem, at the deepest location, once.
 */
import type { ErrorObject } from 'ajv';
import { getAtPath, isObject, parsePointer } from '../../document/pointer.js';

export interface StructureProblem {
  path: string[];
  message: string;
}

const NOISE_KEYWORDS = new Set(['if', 'not', 'false schema']);

export function describeErrors(errors: readonly ErrorObject[], data: unknown, limit = 500): StructureProblem[] {
  const kept = pruneCombinatorNoise(errors.filter((e) => !NOISE_KEYWORDS.has(e.keyword)), data);
  const merged = mergeAlternatives(kept);
  const seen = new Set<string>();
  const problems: StructureProblem[] = [];
  for (const error of merged) {
    const problem = describe(error, data);
    const key = problem.path.join('\u0000') + '\u0001' + problem.message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  problems.sort((a, b) => comparePaths(a.path, b.path));
  if (problems.length > limit) {
    const hidden = problems.length - limit;
    return [...problems.slice(0, limit), { path: [], message: `${hidden} more structural errors not shown; fix the ones above first` }];
  }
  return problems;
}

function segments(instancePath: string): string[] {
  try {
    return parsePointer(instancePath);
  } catch {
    return [];
  }
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/');
}

/**
 * For each failed oneOf/anyOf: its branch errors precede it in ajv's list. Keep the deepest of them
 * (the branch that got furthest explains the mistake), drop "missing $ref" from the Reference branch,
 * and drop the summary error when anything more specific remains.
 */
function pruneCombinatorNoise(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const drop = new Set<number>();
  for (let i = 0; i < errors.length; i++) {
    const summary = errors[i]!;
    if (summary.keyword !== 'oneOf' && summary.keyword !== 'anyOf') continue;
    const members: number[] = [];
    for (let j = i - 1; j >= 0 && isUnder(errors[j]!.instancePath, summary.instancePath); j--) {
      if (!drop.has(j)) members.push(j);
    }
    if (members.length === 0) continue;
    const instance = getAtPath(data, segments(summary.instancePath));
    const hasRef = isObject(instance) && '$ref' in instance;
    let candidates = members.filter((j) => {
      const e = errors[j]!;
      const missingRef = e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === '$ref';
      return hasRef ? true : !missingRef;
    });
    if (candidates.length === 0) candidates = members;
    const depth = (j: number) => segments(errors[j]!.instancePath).length;
    const deepest = Math.max(...candidates.map(depth));
    const keep = new Set(deepest > segments(summary.instancePath).length ? candidates.filter((j) => depth(j) === deepest) : candidates);
    for (const j of members) if (!keep.has(j)) drop.add(j);
    drop.add(i);
  }
  return errors.filter((_, index) => !drop.has(index));
}

/** Several branches rejecting one value with const/enum become one "must be one of" error. */
function mergeAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    if (error.keyword !== 'const' && error.keyword !== 'enum') {
      out.push(error);
      continue;
    }
    const values =
      error.keyword === 'const'
        ? [(error.params as { allowedValue: unknown }).allowedValue]
        : [...((error.params as { allowedValues: unknown[] }).allowedValues ?? [])];
    const existing = byPath.get(error.instancePath);
    if (existing === undefined) {
      const merged: ErrorObject = { ...error, keyword: 'enum', params: { allowedValues: values } };
      byPath.set(error.instancePath, merged);
      out.push(merged);
    } else {
      const allowed = (existing.params as { allowedValues: unknown[] }).allowedValues;
      for (const v of values) if (!allowed.some((a) => JSON.stringify(a) === JSON.stringify(v))) allowed.push(v);
    }
  }
  return out;
}

function describe(error: ErrorObject, data: unknown): StructureProblem {
  const path = segments(error.instancePath);
  const name = path.length === 0 ? 'the document' : `"${path[path.length - 1]}"`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path, message: `${name} is missing the required property "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      return { path: [...path, property], message: `property "${property}" is not allowed here` };
    }
    case 'unevaluatedProperties': {
      const property = String(params.unevaluatedProperty);
      return { path: [...path, property], message: `property "${property}" is not allowed here` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const actual = getAtPath(data, path);
      const hint = typeof actual === 'string' ? closest(actual, allowed) : undefined;
      return { path, message: `${name} must be one of ${allowed.join(', ')}${hint ? `; did you mean ${hint}?` : ''}` };
    }
    case 'type':
      return { path, message: `${name} must be ${article(String(params.type))}` };
    case 'pattern':
      return { path, message: `${name} must match the pattern ${String(params.pattern)}` };
    case 'format':
      return { path, message: `${name} must be a valid ${String(params.format)}` };
    case 'propertyNames':
      return { path, message: `${name} has a property name that is not allowed` };
    case 'errorMessage':
      return { path, message: clean(error.message) };
    default:
      return { path, message: `${name} ${clean(error.message)}` };
  }
}

function clean(message: string | undefined): string {
  return (message ?? 'is not valid').replace(/'/g, '"');
}

function article(type: string): string {
  const names = type.split(',').map((t) => (t === 'object' || t === 'array' || t === 'integer' ? `an ${t}` : `a ${t}`));
  return names.join(' or ');
}

function closest(actual: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const quoted of allowed) {
    const candidate = quoted.replace(/^"|"$/g, '');
    const d = distance(actual.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = quoted;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(actual.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

function comparePaths(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}
