/** `apigov check`: command definition; the work is loaded on use (run-check.ts). */
import type { Command } from 'commander';
import { SEVERITIES } from '../lint/finding.js';
import { withLoadingOptions, withWaiverOptions } from './lint-flags.js';
import { Option } from 'commander';
import { CHECK_FORMATS, type CheckFormat } from '../check/formats.js';

export interface CheckCommandOptions {
  base: string;
  estate?: string;
  format: CheckFormat;
  output?: string;
  failSeverity?: string;
  failOn?: 'breaking' | 'warning' | 'none';
  versionCheck?: boolean;
  includeInfo?: boolean;
  config?: string;
  ruleset?: string;
  waivers?: string | false;
  maxFileSize?: string;
  allowRemoteRefs?: boolean;
  root?: string;
  color?: boolean;
}

export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description('the pull-request gate: new lint findings, breaking changes (with the teams they affect), new estate problems and change freezes, against a base commit')
    .argument('[paths...]', 'contract files, directories or globs to check', ['.'])
    .requiredOption('-b, --base <ref>', 'git ref to compare with (e.g. origin/main)')
    .option('-e, --estate <dir>', 'where the estate lives, for consumers and estate checks (default: the repository)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(CHECK_FORMATS as unknown as string[]).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(new Option('--fail-severity <severity>', 'lowest severity of new findings that fails (default error)').choices(SEVERITIES as unknown as string[]))
    .addOption(new Option('--fail-on <level>', 'lowest change level that fails (default breaking)').choices(['breaking', 'warning', 'none']))
    .option('--no-version-check', 'do not enforce the semver bump the changes require')
    .option('--include-info', 'also report info-level changes')
    .option('-r, --ruleset <name|file>', 'ruleset to use instead of the configured one')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], options: CheckCommandOptions) => {
      const { runCheck } = await import('./run-check.js');
      process.exitCode = await runCheck(paths, options);
    });
  withLoadingOptions(command);
  withWaiverOptions(command);
}
