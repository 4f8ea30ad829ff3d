/**
 * One contract file through the catalog pipeline: read and parse it once, lint it, collect its
 * entry and facts, and return plain data only. The same function runs in worker threads and in
 * process, so both give identical catalogs.
 */
import type { Ruleset } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import type { Candidate } from '../document/discover.js';
import { InputError, type InputErrorCode } from '../document/errors.js';
import { loadCandidate, type LoadOptions } from '../document/load.js';
import { toPointer } from '../document/pointer.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { LintEngine } from '../lint/engine.js';
import type { Finding } from '../lint/finding.js';
import type { InlineIgnore } from '../lint/inline-ignores.js';
import { filesOf, lintContract } from '../lint/lint-all.js';
import { setupLint, type LintFlags, type LintSetup } from '../lint/setup.js';
import { ContractDocument } from '../lint/spectral-adapter.js';
import { diffLevels } from '../diff/options.js';
import type { Change } from '../diff/types.js';
import { breakingContext, breakingSince, type BreakingContext, type PreviousSource } from './breaking.js';
import { collectContract } from './collect.js';
import type { CollectedContract } from './facts.js';
import { areaOf } from './score.js';
import type { InlineIgnoreEntry, RuleArea } from './types.js';

export type CandidateOutcome =
  | {
      kind: 'contract';
      /** its entry lists its inline ignores */
      collected: CollectedContract;
      /** the rules' findings with inline ignores applied (config overrides and waivers come later, over the whole run) */
      findings: Finding[];
      /** every file the contract was read from (root and `$ref`'d files), as shown: a waiver covering one of them and matching nothing is stale */
      files: string[];
      /** breaking changes since the previous catalog's commit (with --previous, when the API existed then) */
      breaking?: Change[];
      /** why the API could not be compared with its previous version */
      previousProblem?: string;
    }
  | { kind: 'skipped' }
  | { kind: 'input-error'; error: PlainInputError };

/** An InputError as plain data (errors do not survive structured clone with their class). */
export interface PlainInputError {
  code: InputErrorCode;
  message: string;
  file?: string;
  line?: number;
}

export interface ProcessContext {
  engine: LintEngine;
  ruleset: Ruleset;
  loadOptions: LoadOptions;
  canonical: CanonicalDictionary;
  markerCache: Map<string, string | null>;
  areaCache: Map<string, RuleArea[]>;
  /** with --previous, when the previous catalog's commit can be read */
  breaking?: BreakingContext;
}

export async function createProcessContext(flags: LintFlags, previous?: PreviousSource): Promise<ProcessContext> {
  return contextFromSetup(await setupLint(flags), previous);
}

export function contextFromSetup(setup: LintSetup, previous?: PreviousSource): ProcessContext {
  const canonical = setup.settings.canonical as CanonicalDictionary;
  const context: ProcessContext = { engine: setup.engine, ruleset: setup.ruleset.ruleset, loadOptions: setup.loadOptions, canonical, markerCache: new Map(), areaCache: new Map() };
  if (previous !== undefined) context.breaking = breakingContext(previous, diffLevels(setup.loaded.config.diff), setup.loadOptions);
  return context;
}

export async function processCandidate(candidate: Candidate, context: ProcessContext): Promise<CandidateOutcome> {
  let contract: Contract | undefined;
  try {
    contract = await loadCandidate(candidate, context.loadOptions, context.markerCache);
  } catch (error) {
    if (error instanceof InputError) return { kind: 'input-error', error: toPlain(error) };
    throw error;
  }
  if (contract === undefined) return { kind: 'skipped' };
  const linted = await lintContract(contract, context.engine);
  const collected = collectContract(contract, { canonical: context.canonical, ruledAreas: ruledAreas(contract, context) });
  collected.entry.inlineIgnores = linted.inlineIgnores.map(inlineIgnoreEntry);
  const outcome: CandidateOutcome = { kind: 'contract', collected, findings: linted.findings, files: filesOf(contract) };
  if (context.breaking !== undefined) {
    const since = await breakingSince(contract, collected.entry, context.breaking);
    if (since.breaking !== undefined) outcome.breaking = since.breaking;
    if (since.problem !== undefined) outcome.previousProblem = since.problem;
  }
  return outcome;
}

/** Areas with at least one enabled rule for this document's formats (cached per spec version). */
function ruledAreas(contract: Contract, context: ProcessContext): RuleArea[] {
  const key = `${contract.format}:${contract.specVersion}`;
  let areas = context.areaCache.get(key);
  if (areas === undefined) {
    const formats = new ContractDocument(contract).formats as never;
    const found = new Set<RuleArea>();
    for (const rule of Object.values(context.ruleset.rules)) {
      if (!rule.enabled || !rule.matchesFormat(formats)) continue;
      const area = areaOf(rule.name);
      if (area !== undefined) found.add(area);
    }
    areas = [...found].sort();
    context.areaCache.set(key, areas);
  }
  return areas;
}

function inlineIgnoreEntry(ignore: InlineIgnore): InlineIgnoreEntry {
  return { rule: ignore.rule, reason: ignore.reason, file: ignore.source.file, pointer: toPointer(ignore.path) };
}

export function toPlain(error: InputError): PlainInputError {
  const plain: PlainInputError = { code: error.code, message: error.message };
  if (error.file !== undefined) plain.file = error.file;
  if (error.line !== undefined) plain.line = error.line;
  return plain;
}

export function fromPlain(plain: PlainInputError): InputError {
  return new InputError(plain.code, plain.message, plain.file, plain.line);
}
