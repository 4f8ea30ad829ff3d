/**
 * Lint a set of loaded contracts the way every command needs it: rules, then inline ignores, then
 * config overrides (which follow findings into `$ref`'d files), then waivers. Shared by lint, catalog
 * and check, so a finding means the same thing everywhere.
 */
import path from 'node:path';
import type { Contract } from '../document/contract.js';
import { now } from './clock.js';
import { compareFindings, type Finding } from './finding.js';
import { applyInlineIgnores, collectInlineIgnores, INLINE_IGNORE_INVALID, type InlineIgnore } from './inline-ignores.js';
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
}

export interface LintAllOptions {
  /** a waivers file, false for none, undefined for the default beside apigov.yaml; or waivers already open */
  waivers?: string | false | undefined | WaiverMatcher;
  onProgress?: (done: number, total: number, file: string) => void;
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

/** One contract: its rules' findings with its inline ignores applied. */
export async function lintOne(contract: Contract, setup: LintSetup): Promise<{ findings: Finding[]; inlineIgnores: InlineIgnore[] }> {
  const inline = collectInlineIgnores(contract);
  return { findings: applyInlineIgnores(await setup.engine.lint(contract), inline), inlineIgnores: inline.ignores };
}

export async function lintAll(contracts: readonly Contract[], setup: LintSetup, options: LintAllOptions = {}): Promise<LintAllResult> {
  const waivers = options.waivers instanceof WaiverMatcher ? options.waivers : openWaivers(setup.loaded, setup.loadOptions.cwd, options.waivers);
  let findings: Finding[] = [];
  const inlineIgnores: InlineIgnore[] = [];
  for (const [index, contract] of contracts.entries()) {
    options.onProgress?.(index, contracts.length, contract.file);
    const { findings: own, inlineIgnores: ignores } = await lintOne(contract, setup);
    // a loop, not push(...spread): a 60 MB contract yields more findings than the call stack holds arguments
    for (const ignore of ignores) inlineIgnores.push(ignore);
    for (const finding of own) findings.push(finding);
  }
  findings = applyOverrides(findings, setup.loaded.config.overrides, setup.loaded.dir, setup.loadOptions.cwd);
  if (waivers !== undefined) {
    waivers.markChecked(contracts.flatMap((c) => [...c.refs.files.values()].map((s) => s.file)));
    findings = waivers.applyToFindings(findings);
    const evaluated = new Set([...Object.keys(setup.ruleset.ruleset.rules), ...META_RULES]);
    for (const finding of waivers.reportOnWaivers(evaluated)) findings.push(finding);
  }
  return { findings: findings.sort(compareFindings), inlineIgnores, waivers };
}
