/** `apigov check`: load both sides and the estate, run the gate, report, exit code. */
import path from 'node:path';
import { runGate } from '../check/gate.js';
import { checkFails, formatCheckReport } from '../check/report.js';
import type { CheckReport } from '../check/types.js';
import type { Contract } from '../document/contract.js';
import { assertValidRef, openRepo, repoPath, resolveCommit } from '../document/git.js';
import { pairWithCommit } from '../document/git-contracts.js';
import { discover } from '../document/discover.js';
import type { InputError } from '../document/errors.js';
import { loadContracts, streamContracts, type LoadOptions } from '../document/load.js';
import { isoDate, now } from '../lint/clock.js';
import { openWaivers } from '../lint/lint-all.js';
import { ruleMetadata } from '../lint/rule-meta.js';
import { setupLint } from '../lint/setup.js';
import { diffLevels } from '../diff/options.js';
import { AggregateInputError, checkOutputPath, Progress, toolVersion, useColor, writeFileAtomic } from './io.js';
import type { CheckCommandOptions } from './check.js';
import { lintFlags } from './lint-flags.js';

export async function runCheck(paths: string[], options: CheckCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const outputPath = options.output !== undefined ? checkOutputPath(options.output, cwd) : undefined;
  assertValidRef(options.base);
  const repo = openRepo(cwd);
  const commit = resolveCommit(repo, options.base);
  const setup = await setupLint(lintFlags(options, cwd));
  const config = setup.loaded.config;
  const progress = new Progress('reading');
  const { contracts: revisions, errors } = await loadContracts(paths, setup.loadOptions, (done, total) => progress.update(done, total));
  if (errors.length > 0) throw new AggregateInputError(errors);
  const pairs = await pairWithCommit(repo, commit, options.base, revisions, paths, setup.loadOptions, cwd);
  const estate = await loadEstate(options.estate ?? repo.root, revisions, setup.loadOptions);
  progress.done();

  const result = await runGate({
    ref: options.base,
    commit,
    pairs,
    estate,
    setup,
    waivers: openWaivers(setup.loaded, cwd, options.waivers),
    levels: diffLevels(config.diff),
    estateChecks: config.catalog?.checks ?? {},
    freeze: config.freeze ?? [],
    today: isoDate(now()),
    repoPathOf: (absolute) => repoPath(repo, absolute, cwd, true),
  });
  const report: CheckReport = {
    toolVersion: toolVersion(),
    base: { ref: options.base, commit },
    ...result,
    failSeverity: setup.failSeverity,
    failOn: options.failOn ?? config.diff?.failOn ?? 'breaking',
    versionCheck: options.versionCheck === false ? false : (config.diff?.versionCheck ?? true),
    includeInfo: options.includeInfo ?? config.diff?.includeInfo ?? false,
  };
  const findings = result.contracts.flatMap((c) => c.newFindings);
  const text = formatCheckReport(options.format, report, { color: useColor(process.stdout, options.color === false ? false : undefined, outputPath !== undefined), cwd }, ruleMetadata(setup.ruleset, findings));
  if (outputPath !== undefined) writeFileAtomic(outputPath, text);
  else process.stdout.write(text);
  return checkFails(report) ? 1 : 0;
}

/**
 * The estate's contracts in the work tree, in discovery order. Files already loaded are not read again:
 * the estate holds the same objects (the gate swaps them for their base versions).
 */
async function loadEstate(dir: string, loaded: readonly Contract[], loadOptions: LoadOptions): Promise<Contract[]> {
  const byUri = new Map(loaded.map((c) => [c.uri, c]));
  const candidates = discover([path.resolve(loadOptions.cwd, dir)], loadOptions.cwd);
  const errors: InputError[] = [];
  for await (const contract of streamContracts(candidates.filter((c) => !byUri.has(c.absPath)), loadOptions, errors)) byUri.set(contract.uri, contract);
  if (errors.length > 0) throw new AggregateInputError(errors);
  const estate: Contract[] = [];
  for (const candidate of candidates) {
    const contract = byUri.get(candidate.absPath);
    if (contract !== undefined) estate.push(contract);
  }
  for (const c of loaded) if (!estate.includes(c)) estate.push(c);
  return estate;
}
