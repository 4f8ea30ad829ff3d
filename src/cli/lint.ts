/** `apigov lint`: wiring only; the work happens in document/, lint/ and report/. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { InputError } from '../document/errors.js';
import { loadContracts } from '../document/load.js';
import { countBySeverity, isSeverity, meetsThreshold, type Finding, type Severity } from '../lint/finding.js';
import { applyOverrides } from '../lint/overrides.js';
import { ruleMetadata } from '../lint/rule-meta.js';
import { setupLint } from '../lint/setup.js';
import { formatLintReport } from '../report/index.js';
import { LINT_FORMATS, type LintFormat } from '../report/types.js';
import { AggregateInputError, checkOutputPath, Progress, toolVersion, useColor, writeFileAtomic } from './io.js';

interface LintCommandOptions {
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
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('lint OpenAPI and AsyncAPI contracts against the governance rulesets')
    .argument('[paths...]', 'contract files, directories or globs', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(LINT_FORMATS as string[]).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(new Option('--fail-severity <severity>', 'lowest severity that fails the run (exit 1)').choices(['error', 'warn', 'info', 'hint']))
    .option('--max-warnings <n>', 'also fail when there are more than n warnings')
    .option('-q, --quiet', 'report only findings at or above the fail severity')
    .option('-c, --config <file>', 'config file (default: apigov.yaml found upward from the working directory)')
    .option('-r, --ruleset <name|file>', 'ruleset to use instead of the configured one (e.g. apigov:retail, spectral:oas, ./rules.yaml)')
    .option('--max-file-size <size>', 'largest contract file to read (default 100MB)')
    .option('--allow-remote-refs', 'fetch http(s) $refs (off by default: no network access)')
    .option('--root <dir>', 'project root that file $refs may not leave (default: nearest folder with apigov.yaml or .git)')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], options: LintCommandOptions) => {
      process.exitCode = await runLint(paths, options);
    });
}

export async function runLint(paths: string[], options: LintCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new InputError('usage', `--max-warnings must be a whole number, got "${options.maxWarnings}"`);
  }
  const outputPath = options.output !== undefined ? checkOutputPath(options.output, cwd) : undefined;
  const setup = await setupLint({
    cwd,
    config: options.config,
    ruleset: options.ruleset,
    failSeverity: isSeverity(options.failSeverity) ? options.failSeverity : undefined,
    maxFileSize: options.maxFileSize,
    allowRemoteRefs: options.allowRemoteRefs,
    root: options.root,
  });
  const progress = new Progress('reading');
  const { contracts, errors } = await loadContracts(paths, setup.loadOptions, (done, total) => progress.update(done, total));
  progress.done();
  if (errors.length > 0) throw new AggregateInputError(errors);
  if (contracts.length === 0) throw new InputError('usage', `no OpenAPI or AsyncAPI contracts found in ${paths.join(', ')}`);

  const lintProgress = new Progress('linting');
  let findings: Finding[] = [];
  for (const [index, contract] of contracts.entries()) {
    lintProgress.update(index, contracts.length, contract.file);
    findings.push(...(await setup.engine.lint(contract)));
  }
  lintProgress.done();
  findings = applyOverrides(findings, setup.loaded.config.overrides, setup.loaded.dir, cwd);
  const failSeverity = setup.failSeverity;
  if (options.quiet) findings = findings.filter((f) => meetsThreshold(f.severity, failSeverity));

  const report = {
    toolVersion: toolVersion(),
    files: contracts.length,
    findings,
    rules: ruleMetadata(setup.ruleset, findings),
    failSeverity,
  };
  const stream = process.stdout;
  const text = formatLintReport(options.format, report, { color: useColor(stream, options.color === false ? false : undefined, outputPath !== undefined), cwd });
  if (outputPath !== undefined) writeFileAtomic(outputPath, text);
  else stream.write(text);
  return exitCodeFor(findings, failSeverity, maxWarnings ?? setup.loaded.config.maxWarnings);
}

export function exitCodeFor(findings: readonly Finding[], failSeverity: Severity, maxWarnings: number | undefined): number {
  if (findings.some((f) => meetsThreshold(f.severity, failSeverity))) return 1;
  if (maxWarnings !== undefined && countBySeverity(findings).warn > maxWarnings) return 1;
  return 0;
}

export { AggregateInputError };
