/** `apigov diff`: command definition; the work is loaded on use (run-diff.ts). */
import type { Command } from 'commander';
import { withLoadingOptions, withWaiverOptions } from './lint-flags.js';
import { Option } from 'commander';
import { DIFF_FORMATS, type DiffFormat, type FailOn } from '../diff/report/types.js';

export interface DiffCommandOptions {
  base?: string;
  format: DiffFormat;
  output?: string;
  failOn?: FailOn;
  versionCheck?: boolean;
  includeInfo?: boolean;
  config?: string;
  maxFileSize?: string;
  allowRemoteRefs?: boolean;
  root?: string;
  color?: boolean;
  waivers?: string | false;
}

export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description('detect breaking changes between two versions of a contract and enforce the semver bump')
    .argument('[contracts...]', '<base> <revision> (files or REF:path from git), or with --base: the paths to compare')
    .option('-b, --base <ref>', 'compare every contract under the paths with its version at this git ref (renames followed)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS as string[]).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(new Option('--fail-on <level>', 'lowest level that fails the run (exit 1); default breaking').choices(['breaking', 'warning', 'none']))
    .option('--no-version-check', 'do not enforce the semver bump the changes require')
    .option('--include-info', 'also report info-level changes (additions, deprecations, relaxations)')
    .option('--no-color', 'never colour the output')
    .action(async (contracts: string[], options: DiffCommandOptions) => {
      const { runDiff } = await import('./run-diff.js');
      process.exitCode = await runDiff(contracts, options);
    });
  withLoadingOptions(command);
  withWaiverOptions(command);
}

