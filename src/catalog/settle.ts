/**
 * The main thread's half of the shared lint steps (src/lint/lint-all.ts) for the catalog. Rules and
 * inline ignores ran where each contract was parsed; config overrides and waivers run here, over
 * the whole estate, because a waiver's status depends on every file catalogued and on every finding
 * and breaking change it covered. Breaking changes since the previous catalog are waived as
 * `apigov diff` waives them.
 */
import { waivableChange } from '../diff/options.js';
import type { Change } from '../diff/types.js';
import type { Finding, Waiver } from '../lint/finding.js';
import { evaluatedRules, overrideFindings } from '../lint/lint-all.js';
import type { LintSetup } from '../lint/setup.js';
import type { WaiverEntry as FileWaiver, WaiverMatcher } from '../lint/waivers.js';
import type { CatalogContractInput } from './build.js';
import type { CollectedContract } from './facts.js';
import type { BreakingChangeEntry, EstateFinding, WaivedMark, WaiverEntry } from './types.js';

export interface LintedCatalogContract {
  collected: CollectedContract;
  /** the rules' findings with inline ignores applied */
  findings: Finding[];
  /** every file the contract was read from, as shown */
  files: string[];
  /** the breaking changes since the previous catalog's commit, when it was compared (undefined: not compared) */
  breaking?: Change[] | undefined;
}

export interface SettledEstate {
  contracts: CatalogContractInput[];
  /** every waiver of the waivers file, with its status and what it covered */
  waivers: WaiverEntry[];
  /** expired and stale waivers, as `apigov lint` reports them; they belong to no contract */
  waiverFindings: EstateFinding[];
}

export interface SettleOptions {
  waivers: WaiverMatcher | undefined;
  /** the diff check ids evaluated for the contracts with `breaking` (a waiver of one that matches nothing there is stale) */
  diffChecks?: ReadonlySet<string>;
}

export function settleEstate(linted: readonly LintedCatalogContract[], setup: Pick<LintSetup, 'loaded' | 'loadOptions' | 'ruleset'>, options: SettleOptions): SettledEstate {
  const matcher = options.waivers;
  const contracts = linted.map((contract): CatalogContractInput => {
    const used = new Map<number, number>();
    const count = (entry: FileWaiver) => used.set(entry.index, (used.get(entry.index) ?? 0) + 1);
    let findings = overrideFindings(contract.findings, setup);
    if (matcher !== undefined) findings = matcher.applyToFindings(findings, count);
    const input: CatalogContractInput = { collected: contract.collected, findings };
    if (contract.breaking !== undefined) {
      input.breakingChanges = contract.breaking.map((change) => {
        const entry = matcher?.match(waivableChange(change, { revisionFile: contract.collected.entry.file }));
        if (entry !== undefined) count(entry);
        return breakingEntry(change, entry === undefined ? undefined : { kind: 'waiver', reason: entry.reason, by: entry.approvedBy });
      });
    }
    if (matcher !== undefined) input.waivers = [...used].sort(([a], [b]) => a - b).map(([index, matches]) => ({ ...waiverEntry(matcher.waivers.entries[index]!, 'active'), matches }));
    return input;
  });
  if (matcher === undefined) return { contracts, waivers: [], waiverFindings: [] };

  const lintRules = evaluatedRules(setup);
  matcher.markChecked(
    linted.flatMap((c) => c.files),
    lintRules,
  );
  const diffChecks = options.diffChecks ?? new Set<string>();
  if (diffChecks.size > 0) matcher.markChecked(linted.flatMap((c) => (c.breaking !== undefined ? [c.collected.entry.file] : [])), diffChecks);
  const rules = new Set([...lintRules, ...diffChecks]);
  const waivers = matcher.waivers.entries.map((entry) => ({ ...waiverEntry(entry, matcher.status(entry, rules)), matches: matcher.used.get(entry.index) ?? 0 }));
  const waiverFindings = matcher.reportOnWaivers(rules).map(
    (f): EstateFinding => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, locations: [{ file: f.file, pointer: f.pointer }] }),
  );
  return { contracts, waivers, waiverFindings };
}

function waiverEntry(entry: FileWaiver, status: WaiverEntry['status']): WaiverEntry {
  return {
    rule: entry.rule,
    files: [...entry.files],
    pointer: entry.pointer ?? null,
    fingerprint: entry.fingerprint ?? null,
    reason: entry.reason,
    approvedBy: entry.approvedBy,
    expires: entry.expires,
    status,
    matches: 0,
  };
}

function breakingEntry(change: Change, waived: WaivedMark | undefined): BreakingChangeEntry {
  const at = change.revision ?? change.base;
  const entry: BreakingChangeEntry = { checkId: change.checkId, message: change.message, file: at?.file ?? '', pointer: at?.pointer ?? '', fingerprint: change.fingerprint };
  if (change.operation !== undefined) entry.operation = change.operation;
  if (waived !== undefined) entry.waived = waived;
  return entry;
}

/** A finding's waiver as the catalog shows it. */
export function waivedMark(waiver: Waiver): WaivedMark {
  return { kind: waiver.kind, reason: waiver.reason, by: waiver.approvedBy ?? null };
}
