/**
 * Lint a set of loaded contracts the way every command needs it: rules, then inline ignores, then
 * config overrides (which follow findings into `$ref`'d files), then waivers. Shared by lint, catalog
 * and check, so a finding means the same thing everywhere. The steps are exported on their own for
 * commands that run them in different places: the catalog lints and applies inline ignores where a
 * contract is parsed (a worker thread), and overrides and waivers in the main thread, which sees the
 * whole run.
 */
import path from 'node:path';
import type { Contract } from '../document/contract.js';
import { now } from './clock.js';
import type { LintEngine } from './engine.js';
import { compareFindings, type Finding } from './finding.js';
import { applyInlineIgnores, collectInlineIgnores, INLINE_IGNORE_INVALID, type InlineIgnore } from './inline-ignores.js';
import { anchorSkeleton } from './baseline.js';
import { applyOverrides } from './overrides.js';
import type { LoadedConfig } from './config.js';
import type { LintSetup } from './setup.js';
import { findWaiversFile, loadWaivers, todayFrom, WAIVER_EXPIRED, WAIVER_STALE, WaiverMatcher } from './waivers.js';

export interface LintAllResult {
  /** every finding; waived ones carry `waived` */
  findings: Finding[];
  /** inline ignores found, for the catalog */
  inlineIgnores: InlineIgnore[];
  waivers: WaiverMatcher | undefined;
  /** the contracts' own files, in the order linted */
  contracts: string[];
  /** every file the run read (contracts and their `$ref`'d files) */
  checkedFiles: Set<string>;
  /** what the baseline's anchors need of each file read (`anchorSkeleton`), so no contract has to be kept */
  anchorData: Map<string, unknown>;
}

export interface LintAllOptions {
  /** a waivers file, false for none, undefined for the default beside apigov.yaml; or waivers already open */
  waivers?: string | false | undefined | WaiverMatcher;
}

/** Meta rules apigov reports itself, outside any ruleset. */
export const META_RULES = [INLINE_IGNORE_INVALID, WAIVER_EXPIRED, WAIVER_STALE];

/** The waivers in force: --waivers FILE, `waivers:` in apigov.yaml, or apigov-waivers.yaml beside it. */
export function openWaivers(loaded: LoadedConfig, cwd: string, flag: string | false | undefined): WaiverMatcher | undefined {
  if (flag === false) return undefined;
  const file = flag ?? (loaded.config.waivers !== undefined ? loaded.config.waivers : findWaiversFile(loaded.dir));
  if (file === undefined) return undefined;
  // a --waivers path is relative to the working directory, a config one to the config file
  const base = flag !== undefined ? cwd : loaded.dir;
  const waivers = loadWaivers(path.resolve(base, file), cwd);
  return new WaiverMatcher(waivers, todayFrom(now()), cwd);
}

export interface LintedContract {
  /** the rules' findings, those under an inline ignore marked waived, plus invalid inline ignores */
  findings: Finding[];
  inlineIgnores: InlineIgnore[];
}

/** Steps 1 and 2, where the contract is parsed: its rules, then its inline ignores. */
export async function lintContract(contract: Contract, engine: LintEngine): Promise<LintedContract> {
  const inline = collectInlineIgnores(contract);
  return { findings: applyInlineIgnores(await engine.lint(contract), inline), inlineIgnores: inline.ignores };
}

/** Step 3: config `overrides`, by the file where each finding's node is defined. */
export function overrideFindings(findings: Finding[], setup: Pick<LintSetup, 'loaded' | 'loadOptions'>): Finding[] {
  return applyOverrides(findings, setup.loaded.config.overrides, setup.loaded.dir, setup.loadOptions.cwd);
}

/** The rule ids a lint run evaluates: a waiver of one of them that matches nothing is stale. */
export function evaluatedRules(setup: Pick<LintSetup, 'ruleset'>): Set<string> {
  return new Set([...Object.keys(setup.ruleset.ruleset.rules), ...META_RULES]);
}

/**
 * The end of step 4, once every finding of the run went through `waivers.applyToFindings`: findings
 * about the waivers themselves (expired, stale), given every file the run read.
 */
export function waiverFindings(waivers: WaiverMatcher, checkedFiles: Iterable<string>, rules: ReadonlySet<string>): Finding[] {
  waivers.markChecked(checkedFiles, rules);
  return waivers.reportOnWaivers(rules);
}

/** Every file a contract was read from: the root file and its `$ref`'d files. */
export function filesOf(contract: Contract): string[] {
  return [...contract.refs.files.values()].map((source) => source.file);
}

/**
 * Lint contracts one by one as they come (from memory or loaded on demand), keeping only findings and
 * what the later steps need of each: a run over a whole estate holds one parsed contract at a time.
 */
export async function lintAll(contracts: Iterable<Contract> | AsyncIterable<Contract>, setup: LintSetup, options: LintAllOptions = {}): Promise<LintAllResult> {
  const waivers = options.waivers instanceof WaiverMatcher ? options.waivers : openWaivers(setup.loaded, setup.loadOptions.cwd, options.waivers);
  let findings: Finding[] = [];
  const inlineIgnores: InlineIgnore[] = [];
  const files: string[] = [];
  const checkedFiles = new Set<string>();
  const anchorData = new Map<string, unknown>();
  for await (const contract of contracts) {
    const linted = await lintContract(contract, setup.engine);
    // a loop, not push(...spread): a 60 MB contract yields more findings than the call stack holds arguments
    for (const ignore of linted.inlineIgnores) inlineIgnores.push(ignore);
    for (const finding of linted.findings) findings.push(finding);
    files.push(contract.file);
    for (const source of contract.refs.files.values()) {
      checkedFiles.add(source.file);
      if (!anchorData.has(source.file)) anchorData.set(source.file, anchorSkeleton(source.data));
    }
  }
  findings = overrideFindings(findings, setup);
  if (waivers !== undefined) {
    findings = waivers.applyToFindings(findings);
    for (const finding of waiverFindings(waivers, checkedFiles, evaluatedRules(setup))) findings.push(finding);
  }
  return { findings: findings.sort(compareFindings), inlineIgnores, waivers, contracts: files, checkedFiles, anchorData };
}
