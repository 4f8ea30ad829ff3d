/** `apigov lint`: wiring only; the work happens in document/, lint/ and report/. */
import type { Command } from 'commander';
import { SEVERITIES } from '../lint/finding.js';
import { withLoadingOptions, withWaiverOptions } from './lint-flags.js';
import { Option } from 'commander';
import { LINT_FORMATS, type LintFormat } from '../report/types.js';

export interface LintCommandOptions {
  format: LintFormat;
  output?: string;
  failSeverity?: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
  ruleset?: string;
  maxFileSize?: string;
  allowRemoteRefs?: boolean;
  root?: string;
  color?: boolean;
  baseline?: string | false;
  updateBaseline?: boolean;
  waivers?: string | false;
}

export function registerLint(program: Command): void {
  const command = program
    .command('lint')
    .description('lint OpenAPI and AsyncAPI contracts against the governance rulesets')
    .argument('[paths...]', 'contract files, directories or globs', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(LINT_FORMATS as string[]).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(new Option('--fail-severity <severity>', 'lowest severity that fails the run (exit 1)').choices(SEVERITIES as unknown as string[]))
    .option('--max-warnings <n>', 'also fail when there are more than n warnings')
    .option('-q, --quiet', 'report only findings at or above the fail severity')
    .option('-r, --ruleset <name|file>', 'ruleset to use instead of the configured one (e.g. apigov:retail, spectral:oas, ./rules.yaml)')
    .option('--baseline <file>', 'report only findings not recorded in this baseline (default: apigov-baseline.json beside apigov.yaml, when it exists)')
    .option('--no-baseline', 'ignore any baseline: report every finding')
    .option('--update-baseline', 'record the current findings as the baseline (stale entries are removed)')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], options: LintCommandOptions) => {
      // the engine is loaded only when a command needs it, so --help and --version stay instant
      const { runLint } = await import('./run-lint.js');
      process.exitCode = await runLint(paths, options);
    });
  withLoadingOptions(command);
  withWaiverOptions(command);
}

