/** `apigov diff`: load both sides (files or git), diff, report, exit code. */
import path from 'node:path';
import fs from 'node:fs';
import type { Contract } from '../document/contract.js';
import { escapeControl, InputError } from '../document/errors.js';
import { assertValidRef, openRepo, repoPath, resolveCommit } from '../document/git.js';
import { loadAtCommit, pairWithCommit } from '../document/git-contracts.js';
import { loadContracts, type LoadOptions } from '../document/load.js';
import type { DiffConfig } from '../lint/config.js';
import { setupLoading } from '../lint/setup.js';
import { openWaivers } from '../lint/lint-all.js';
import type { WaiverMatcher } from '../lint/waivers.js';
import { diffContracts, diffPresence, type DiffOptions } from '../diff/engine.js';
import { diffLevels, waiveWith } from '../diff/options.js';
import { checkRegistry } from '../diff/registry.js';
import { formatDiffReport, reportFails, type ContractDiff, type DiffReport } from '../diff/report/index.js';
import { AggregateInputError, checkOutputPath, toolVersion, useColor, writeFileAtomic } from './io.js';

import type { DiffCommandOptions } from './diff.js';

export async function runDiff(args: string[], options: DiffCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const outputPath = options.output !== undefined ? checkOutputPath(options.output, cwd) : undefined;
  const { loaded, loadOptions } = setupLoading({ cwd, config: options.config, maxFileSize: options.maxFileSize, allowRemoteRefs: options.allowRemoteRefs, root: options.root });
  const config: DiffConfig = loaded.config.diff ?? {};
  const waivers = openWaivers(loaded, cwd, options.waivers);
  const diffOptions: DiffOptions = { levels: diffLevels(config), ...(waivers !== undefined ? { waive: waiveWith(waivers) } : {}) };
  let contracts: ContractDiff[];
  if (options.base !== undefined) contracts = await diffAgainstRef(options.base, args.length > 0 ? args : ['.'], loadOptions, diffOptions, cwd);
  else {
    if (args.length !== 2) throw new InputError('usage', `apigov diff needs exactly two contracts (<base> <revision>), or --base REF [paths...]; got ${args.length}`);
    const base = await loadSide(args[0]!, loadOptions, cwd);
    const revision = await loadSide(args[1]!, loadOptions, cwd);
    contracts = [{ ...diffContracts(base, revision, diffOptions), status: 'modified' }];
  }
  const report: DiffReport = {
    toolVersion: toolVersion(),
    contracts,
    failOn: options.failOn ?? config.failOn ?? 'breaking',
    includeInfo: options.includeInfo ?? config.includeInfo ?? false,
    versionCheck: options.versionCheck === false ? false : (config.versionCheck ?? true),
    multi: options.base !== undefined,
  };
  const color = useColor(process.stdout, options.color === false ? false : undefined, outputPath !== undefined);
  const text = formatDiffReport(options.format, report, { color, cwd });
  if (outputPath !== undefined) writeFileAtomic(outputPath, text);
  else process.stdout.write(text);
  if (waivers !== undefined) reportWaiverProblems(waivers, contracts);
  return reportFails(report) ? 1 : 0;
}

/** Expired and stale waivers of diff checks, on stderr (the diff report itself lists changes only). */
function reportWaiverProblems(waivers: WaiverMatcher, contracts: readonly ContractDiff[]): void {
  waivers.markChecked(contracts.flatMap((c) => [c.baseFile, c.revisionFile]));
  const checkIds = new Set(checkRegistry().keys());
  for (const finding of waivers.reportOnWaivers(checkIds)) {
    process.stderr.write(`apigov: ${escapeControl(`${finding.file}:${finding.line}: ${finding.message}`)}\n`);
  }
}

/** `REF:path` (a git ref and a path in it) unless a file of that exact name exists. */
export function parseGitSide(arg: string, cwd: string): { ref: string; file: string } | undefined {
  if (fs.existsSync(path.resolve(cwd, arg))) return undefined;
  if (/^[A-Za-z]:[\\/]/.test(arg)) return undefined;
  const colon = arg.indexOf(':');
  if (colon <= 0 || colon === arg.length - 1) return undefined;
  return { ref: arg.slice(0, colon), file: arg.slice(colon + 1) };
}

async function loadSide(arg: string, loadOptions: LoadOptions, cwd: string): Promise<Contract> {
  const side = parseGitSide(arg, cwd);
  if (side === undefined) {
    const { contracts, errors } = await loadContracts([arg], loadOptions);
    if (errors.length > 0) throw new AggregateInputError(errors);
    if (contracts.length !== 1) throw new InputError('usage', contracts.length === 0 ? 'not an OpenAPI or AsyncAPI contract' : 'names several contracts; give one file per side', arg);
    return contracts[0]!;
  }
  assertValidRef(side.ref);
  const repo = openRepo(cwd);
  const commit = resolveCommit(repo, side.ref);
  // `./x` and `../x` are relative to the working directory, as in git; other paths to the repository root
  const relative = repoPath(repo, side.file, cwd, /^\.\.?[\\/]/.test(side.file));
  const contract = await loadAtCommit(repo, commit, side.ref, relative, loadOptions);
  if (contract === undefined) throw new InputError('not-a-contract', 'not an OpenAPI or AsyncAPI document', `${side.ref}:${relative}`);
  return contract;
}

/** `apigov diff --base REF [paths...]`: every contract under the paths against its version at REF. */
async function diffAgainstRef(ref: string, paths: string[], loadOptions: LoadOptions, diffOptions: DiffOptions, cwd: string): Promise<ContractDiff[]> {
  assertValidRef(ref);
  const repo = openRepo(cwd);
  const commit = resolveCommit(repo, ref);
  const { contracts, errors } = await loadContracts(paths, loadOptions);
  if (errors.length > 0) throw new AggregateInputError(errors);
  return (await pairWithCommit(repo, commit, ref, contracts, paths, loadOptions, cwd)).map((pair): ContractDiff => {
    if (pair.status === 'added') return { ...diffPresence('contract-added', pair.revision!.file, diffOptions), status: 'added' };
    if (pair.status === 'removed') return { ...diffPresence('contract-removed', pair.base!.file, diffOptions, path.join(repo.root, pair.path)), status: 'removed' };
    return { ...diffContracts(pair.base!, pair.revision!, diffOptions), status: pair.status };
  });
}
