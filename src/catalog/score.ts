/**
 * Scorecards (docs/scoring.md): per-area scores normalized by the nodes each area's rules examine,
 * a weighted total, a grade that is a gate on severity, and the estate score. Plain functions over
 * plain numbers, so every figure in the catalog can be recomputed by hand.
 */
import { severityRank, type Severity } from '../lint/finding.js';
import { RULE_AREAS, type Grade, type RuleArea, type Score } from './types.js';

export type ScoredArea = Exclude<RuleArea, 'structure'>;

export const SCORED_AREAS = RULE_AREAS.filter((a): a is ScoredArea => a !== 'structure');

/** CATALOG.md's default weights; events only count where there are events (AsyncAPI). */
export const DEFAULT_WEIGHTS: Readonly<Record<ScoredArea, number>> = {
  security: 20,
  errors: 15,
  ids: 10,
  data: 10,
  time: 8,
  version: 10,
  owner: 10,
  ops: 10,
  events: 7,
  naming: 5,
};

export const GRADES: readonly Grade[] = ['gold', 'silver', 'bronze', 'not-compliant'];

/** The area of a rule id: the prefix before the first `-`, when it is one of the known areas. */
export function areaOf(ruleId: string): RuleArea | undefined {
  const prefix = ruleId.slice(0, ruleId.indexOf('-') === -1 ? ruleId.length : ruleId.indexOf('-'));
  return (RULE_AREAS as readonly string[]).includes(prefix) ? (prefix as RuleArea) : undefined;
}

/** `100 × (1 − min(1, (10·E + 3·W + 0.5·I) / (10·N)))`, rounded to one decimal. */
export function areaScore(errors: number, warnings: number, infos: number, nodes: number): number {
  const penalty = (10 * errors + 3 * warnings + 0.5 * infos) / (10 * Math.max(1, nodes));
  return round1(100 * (1 - Math.min(1, penalty)));
}

export interface ScoredFinding {
  ruleId: string;
  severity: Severity;
  file: string;
  pointer: string;
}

export interface ScoreInput {
  /** the contract's lint findings that are not waived */
  findings: readonly ScoredFinding[];
  /** estate findings naming the contract (not as a reference), with the area of their check */
  estateFindings: ReadonlyArray<{ area: RuleArea; severity: Severity }>;
  /** nodes each area's rules examine (collect.ts) */
  applicable: Partial<Record<RuleArea, number>>;
  /** areas the ruleset has enabled rules in for this format */
  ruledAreas: readonly RuleArea[];
  weights?: Partial<Record<ScoredArea, number>>;
}

interface Tally {
  error: number;
  warn: number;
  info: number;
}

/**
 * Score one contract. An area is scored when the ruleset has rules for it (or findings land in it)
 * and its rules examine at least one node here; other areas' weights are redistributed.
 */
export function scoreContract(input: ScoreInput): Score {
  const weights = { ...DEFAULT_WEIGHTS, ...(input.weights ?? {}) };
  const tallies = new Map<ScoredArea, Tally>();
  const tally = (area: ScoredArea) => {
    let t = tallies.get(area);
    if (t === undefined) {
      t = { error: 0, warn: 0, info: 0 };
      tallies.set(area, t);
    }
    return t;
  };
  // distinct (rule, file, pointer): a node reported twice by one rule counts once, at its worst
  const distinct = new Map<string, ScoredFinding>();
  for (const f of input.findings) {
    const key = `${f.ruleId}\u0000${f.file}\u0000${f.pointer}`;
    const seen = distinct.get(key);
    if (seen === undefined || severityRank(f.severity) < severityRank(seen.severity)) distinct.set(key, f);
  }
  let errors = 0;
  let securityErrors = 0;
  let gateWarnings = 0;
  for (const f of distinct.values()) {
    const area = areaOf(f.ruleId);
    if (f.severity === 'error') errors++;
    if (area === 'security' && f.severity === 'error') securityErrors++;
    if ((area === 'security' || area === 'errors') && f.severity === 'warn') gateWarnings++;
    if (area === undefined || area === 'structure' || f.severity === 'hint') continue;
    tally(area)[f.severity]++;
  }
  for (const f of input.estateFindings) {
    if (f.severity === 'error') errors++;
    if (f.area === 'structure' || f.severity === 'hint') continue;
    tally(f.area)[f.severity]++;
  }
  const ruled = new Set(input.ruledAreas);
  const byArea: Partial<Record<RuleArea, number>> = {};
  let weighted = 0;
  let weightSum = 0;
  for (const area of SCORED_AREAS) {
    const nodes = input.applicable[area] ?? 0;
    const t = tallies.get(area);
    const hasFindings = t !== undefined && t.error + t.warn + t.info > 0;
    if (!hasFindings && (!ruled.has(area) || nodes === 0)) continue;
    const score = areaScore(t?.error ?? 0, t?.warn ?? 0, t?.info ?? 0, nodes);
    byArea[area] = score;
    const weight = weights[area];
    weighted += weight * score;
    weightSum += weight;
  }
  const total = weightSum === 0 ? 100 : round1(weighted / weightSum);
  return { total, byArea, grade: gradeOf({ total, errors, securityErrors, gateWarnings }) };
}

export interface GateInput {
  total: number;
  /** error findings, lint and estate, not waived */
  errors: number;
  securityErrors: number;
  /** warnings in the security and errors areas */
  gateWarnings: number;
}

/** The first level whose gate fails blocks: severity decides the grade, the score ranks within it. */
export function gradeOf(input: GateInput): Grade {
  if (input.errors === 0 && input.gateWarnings === 0 && input.total >= 90) return 'gold';
  if (input.errors === 0 && input.total >= 75) return 'silver';
  if (input.errors <= 3 && input.securityErrors === 0) return 'bronze';
  return 'not-compliant';
}

/** Estate weight of a contract: its operations plus messages, at least 1. */
export function estateWeight(operations: number, messages: number): number {
  return Math.max(1, operations + messages);
}

/** Mean of contract scores weighted by operations + messages. */
export function estateScore(contracts: ReadonlyArray<{ score: number; weight: number }>): number {
  const weight = contracts.reduce((n, c) => n + c.weight, 0);
  if (weight === 0) return 100;
  return round1(contracts.reduce((n, c) => n + c.score * c.weight, 0) / weight);
}

/**
 * The estate's grade: the best grade that at least half of the estate (by weight) reaches; an
 * estate with error findings of its own (X1-X14) cannot be gold.
 */
export function estateGrade(contracts: ReadonlyArray<{ grade: Grade; weight: number }>, estateErrors: number): Grade {
  const total = contracts.reduce((n, c) => n + c.weight, 0);
  let grade: Grade = 'gold';
  if (total > 0) {
    let reached = 0;
    for (const candidate of GRADES) {
      reached += contracts.filter((c) => c.grade === candidate).reduce((n, c) => n + c.weight, 0);
      if (reached * 2 >= total) {
        grade = candidate;
        break;
      }
    }
  }
  if (grade === 'gold' && estateErrors > 0) return 'silver';
  return grade;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
