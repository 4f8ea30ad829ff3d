/**
 * `apigov check`: one pull-request gate. For the contracts a change touches (the file or a file it
 * `$ref`s), compared with the base commit: lint findings that are new (same keys and anchors as the
 * baseline), breaking changes from the diff engine with the estate's consumers of what breaks,
 * estate findings the change introduces, and change freezes. Plain data in, plain data out; the CLI
 * does the loading and the output.
 */
import path from 'node:path';
import { collectContract } from '../catalog/collect.js';
import { runEstateChecks, type CheckSetting } from '../catalog/estate-checks/index.js';
import { estateFindingKey, primaryLocation, toEstateFinding, type Estate, type EstateContract, type EstateFindingDraft } from '../catalog/estate.js';
import type { CollectedContract } from '../catalog/facts.js';
import type { EstateFinding } from '../catalog/types.js';
import type { Contract } from '../document/contract.js';
import type { ContractPair } from '../document/git-contracts.js';
import { isRemote } from '../document/resolve.js';
import { anchorFor, knownEntries, matchKnown } from '../lint/baseline.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { FreezeWindow } from '../lint/config.js';
import { activeFindings, type Finding } from '../lint/finding.js';
import { lintAll, lintContract, overrideFindings } from '../lint/lint-all.js';
import type { LintSetup } from '../lint/setup.js';
import type { WaiverMatcher } from '../lint/waivers.js';
import { diffContracts, diffPresence } from '../diff/engine.js';
import { waiveWith } from '../diff/options.js';
import type { Change } from '../diff/types.js';
import type { LevelSetting } from '../diff/registry.js';
import { consumersOf } from './consumers.js';
import { freezeViolations } from './freeze.js';
import type { CheckedContract, CheckReport } from './types.js';

export interface GateInput {
  ref: string;
  commit: string;
  /** every contract under the paths, paired with its base version */
  pairs: readonly ContractPair[];
  /** the estate in the work tree (for consumers and estate checks); the changed pairs are swapped in for the base */
  estate: readonly Contract[];
  setup: LintSetup;
  waivers: WaiverMatcher | undefined;
  levels: Readonly<Record<string, LevelSetting>>;
  estateChecks: Readonly<Record<string, CheckSetting>>;
  freeze: readonly FreezeWindow[];
  /** YYYY-MM-DD */
  today: string;
  /** absolute path → repository-relative path */
  repoPathOf: (absolute: string) => string;
}

export type GateResult = Pick<CheckReport, 'contracts' | 'estateFindings' | 'freeze'>;

export async function runGate(input: GateInput): Promise<GateResult> {
  const changed = input.pairs.filter((p) => p.changed);
  const files = fileKeys(input, changed);
  const canonical = input.setup.settings.canonical as CanonicalDictionary;

  // lint: the revision as every command lints it, the base the same way without waivers
  const revisions = changed.flatMap((p) => (p.revision ? [p.revision] : []));
  const revisionLint = revisions.length > 0 ? await lintAll(revisions, input.setup, { waivers: input.waivers ?? false }) : { findings: [] };
  const data = new Map<string, unknown>();
  for (const c of [...revisions, ...changed.flatMap((p) => (p.base ? [p.base] : []))]) for (const s of c.refs.files.values()) data.set(s.file, s.data);

  const collectedNow = new Map<Contract, CollectedContract>();
  const collect = (contract: Contract) => {
    let collected = collectedNow.get(contract);
    if (collected === undefined) {
      collected = collectContract(contract, { canonical, ruledAreas: [] });
      collectedNow.set(contract, collected);
    }
    return collected;
  };
  const estateNow = input.estate.map(collect);

  const contracts: CheckedContract[] = [];
  for (const pair of changed) {
    const mine = (f: Finding) => files.keyOf(f.file) !== undefined && pairOwns(pair, files.keyOf(f.file)!, input);
    const current = revisionLint.findings.filter(mine);
    const baseFindings = pair.base ? overrideFindings((await lintContract(pair.base, input.setup.engine)).findings, input.setup) : [];
    const keyOf = (f: Finding) => files.keyOf(f.file) ?? f.file;
    const anchorOf = (f: Finding) => anchorFor(data.get(f.file), f.pointer);
    const comparison = matchKnown(activeFindings(current), knownEntries(activeFindings(baseFindings), keyOf, anchorOf), { fileKey: keyOf, anchorOf });
    const newFindings = [...comparison.fresh, ...current.filter((f) => f.waived !== undefined)];

    const diffOptions = { levels: input.levels, ...(input.waivers ? { waive: waiveWith(input.waivers) } : {}) };
    let changes: Change[];
    let version: CheckedContract['version'] = null;
    if (pair.base && pair.revision) {
      const result = diffContracts(pair.base, pair.revision, diffOptions);
      changes = result.changes;
      version = result.version;
    } else if (pair.revision) {
      changes = diffPresence('contract-added', pair.revision.file, diffOptions).changes;
    } else {
      // a removed contract is waived where it was in the work tree (its uri), as apigov diff does
      changes = diffPresence('contract-removed', pair.base!.file, diffOptions, pair.base!.uri).changes;
    }
    const subject = pair.revision ?? pair.base!;
    const entry = collect(subject).entry;
    const baseEntry = pair.base ? collect(pair.base).entry : undefined;
    contracts.push({
      path: pair.path,
      status: pair.status,
      apiId: entry.apiId,
      lifecycle: entry.lifecycle,
      newFindings,
      fixedFindings: comparison.stale.reduce((n, e) => n + e.count, 0),
      changes: changes.map((change) => ({ ...change, consumers: change.level === 'breaking' ? consumersOf(change, entry, baseEntry, estateNow, files.repoKey) : [] })),
      version,
    });
  }

  return {
    contracts,
    estateFindings: await introducedEstateFindings(input, changed, estateNow, collect, files),
    freeze: freezeViolations(contracts, input.freeze, input.today, input.waivers),
  };
}

/** Does a repository-relative file belong to this pair (its contract file or a file it `$ref`s)? */
function pairOwns(pair: ContractPair, key: string, input: GateInput): boolean {
  const contract = pair.revision ?? pair.base!;
  for (const file of contract.refs.files.values()) if (!isRemote(file.uri) && input.repoPathOf(file.uri) === key) return true;
  return false;
}

interface FileKeys {
  /** a finding's (or location's) displayed file → repository-relative path in the work tree */
  keyOf: (display: string) => string | undefined;
  repoKey: (display: string) => string;
}

/**
 * Base files are shown as `REF:path`; both sides are keyed by repository-relative path in the work
 * tree (a renamed contract's base path maps to its new path), so findings and estate locations compare.
 */
function fileKeys(input: GateInput, changed: readonly ContractPair[]): FileKeys {
  const byDisplay = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const pair of changed) if (pair.basePath !== undefined && pair.basePath !== pair.path) renamed.set(pair.basePath, pair.path);
  const add = (contract: Contract) => {
    for (const file of contract.refs.files.values()) {
      if (isRemote(file.uri)) continue;
      const key = input.repoPathOf(file.uri);
      byDisplay.set(file.file, renamed.get(key) ?? key);
    }
  };
  for (const pair of changed) {
    if (pair.base) add(pair.base);
    if (pair.revision) add(pair.revision);
  }
  for (const contract of input.estate) add(contract);
  const keyOf = (display: string) => byDisplay.get(display);
  return { keyOf, repoKey: (display) => keyOf(display) ?? display.replace(new RegExp(`^${escapeRegExp(input.ref)}:`), '').split(path.sep).join('/') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Estate checks on the estate as it is and as it was (the changed contracts swapped for their base
 * versions); the findings only the current estate has are the ones this change introduces.
 */
async function introducedEstateFindings(
  input: GateInput,
  changed: readonly ContractPair[],
  estateNow: CollectedContract[],
  collect: (c: Contract) => CollectedContract,
  files: FileKeys,
): Promise<EstateFinding[]> {
  const canonical = input.setup.settings.canonical as CanonicalDictionary;
  const nowContracts = [...input.estate];
  const before = new Map<Contract, Contract | undefined>();
  for (const pair of changed) if (pair.revision) before.set(pair.revision, pair.base);
  const baseContracts = nowContracts.flatMap((c) => (before.has(c) ? (before.get(c) ? [before.get(c)!] : []) : [c]));
  for (const pair of changed) if (pair.status === 'removed' && pair.base) baseContracts.push(pair.base);

  const estateOf = (collected: CollectedContract[]): Estate => ({
    contracts: collected.map((c, index): EstateContract => ({ index, entry: c.entry, facts: c.facts })),
    canonical,
    config: null,
    today: input.today,
  });
  const now = runEstateChecks(estateOf(estateNow), input.estateChecks);
  const base = runEstateChecks(estateOf(baseContracts.map(collect)), input.estateChecks);
  const key = (d: EstateFindingDraft) => estateFindingKey(d, files.repoKey);
  const known = new Set(base.map(key));
  return now
    .filter((d) => !known.has(key(d)))
    .map((d) => toEstateFinding(d, (contract) => estateNow[contract]?.entry.apiId ?? ''))
    .filter((f) => {
      const at = primaryLocation(f);
      return input.waivers === undefined || at === undefined || input.waivers.match({ rule: f.ruleId, file: at.file, pointer: at.pointer }) === undefined;
    });
}
