/** `apigov lint`: load, lint, report, exit code. */
import { escapeControl, InputError } from '../document/errors.js';
import { discover } from '../document/discover.js';
import { streamContracts } from '../document/load.js';
import path from 'node:path';
import { BASELINE_FILE, BaselineStore } from '../lint/baseline.js';
import { activeFindings, countBySeverity, meetsThreshold, type Finding, type Severity } from '../lint/finding.js';
import { lintAll, openWaivers, type LintAllResult } from '../lint/lint-all.js';
import { ruleMetadata } from '../lint/rule-meta.js';
import { setupLint } from '../lint/setup.js';
import { formatLintReport } from '../report/index.js';
import { AggregateInputError, checkOutputPath, Progress, toolVersion, useColor, writeFileAtomic } from './io.js';
import type { LintCommandOptions } from './lint.js';
import { lintFlags } from './lint-flags.js';

export async function runLint(paths: string[], options: LintCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new InputError('usage', `--max-warnings must be a whole number, got "${options.maxWarnings}"`);
  }
  const outputPath = options.output !== undefined ? checkOutputPath(options.output, cwd) : undefined;
  const setup = await setupLint(lintFlags(options, cwd));
  // waivers are opened (and refused when invalid) before any contract is read
  const waivers = openWaivers(setup.loaded, cwd, options.waivers);
  const candidates = discover(paths, cwd);
  const errors: InputError[] = [];
  const progress = new Progress('linting');
  // one contract in memory at a time: read, lint, keep the findings, let it go
  const contracts = streamContracts(candidates, setup.loadOptions, errors, (done, total, file) => progress.update(done, total, file));
  const result = await lintAll(contracts, setup, { waivers: waivers ?? false });
  progress.done();
  if (errors.length > 0) throw new AggregateInputError(errors);
  if (result.contracts.length === 0) throw new InputError('usage', `no OpenAPI or AsyncAPI contracts found in ${paths.join(', ')}`);
  let findings = applyBaseline(result, options, setup.loaded.dir, setup.loaded.config.baseline, cwd);
  const failSeverity = setup.failSeverity;
  if (options.quiet) findings = findings.filter((f) => meetsThreshold(f.severity, failSeverity));

  const report = {
    toolVersion: toolVersion(),
    files: result.contracts.length,
    linted: result.contracts,
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
  const active = activeFindings(findings);
  if (active.some((f) => meetsThreshold(f.severity, failSeverity))) return 1;
  if (maxWarnings !== undefined && countBySeverity(active).warn > maxWarnings) return 1;
  return 0;
}

/**
 * With a baseline, only findings beyond it are reported (waived ones stay, marked); fixed entries are
 * listed as stale on stderr. With --update-baseline the current findings become the baseline.
 */
function applyBaseline(result: LintAllResult, options: LintCommandOptions, configDir: string, configured: string | undefined, cwd: string): Finding[] {
  const findings = result.findings;
  if (options.baseline === false) {
    if (options.updateBaseline) throw new InputError('usage', '--update-baseline and --no-baseline contradict each other');
    return findings;
  }
  const file = options.baseline !== undefined ? path.resolve(cwd, options.baseline) : path.resolve(configDir, configured ?? BASELINE_FILE);
  const store = new BaselineStore(file, cwd);
  const previous = store.load();
  if (previous === undefined && !options.updateBaseline) {
    if (options.baseline !== undefined) throw new InputError('not-found', 'baseline file not found (create it with --update-baseline)', options.baseline);
    return findings;
  }
  const active = activeFindings(findings);
  const waived = findings.filter((f) => f.waived !== undefined);
  const data = result.anchorData;
  const checked = result.checkedFiles;
  const display = path.relative(cwd, file) || file;
  if (options.updateBaseline) {
    const baseline = store.build(active, data, previous, checked);
    const removed = previous === undefined ? 0 : store.compare(active, previous, data, checked).stale.reduce((n, e) => n + e.count, 0);
    writeFileAtomic(file, store.serialize(baseline));
    process.stderr.write(`apigov: baseline ${display} records ${active.length} findings in ${baseline.entries.length} entries${removed > 0 ? `; ${removed} fixed removed` : ''}
`);
    return waived;
  }
  const comparison = store.compare(active, previous!, data, checked);
  if (comparison.matched > 0) process.stderr.write(`apigov: ${comparison.matched} known findings are in the baseline ${display}
`);
  if (comparison.stale.length > 0) {
    const lines = comparison.stale.map((e) => escapeControl(`  ${e.file} ${e.ruleId} ${e.pointer || '/'}${e.count > 1 ? ` (x${e.count})` : ''}`));
    process.stderr.write(`apigov: ${comparison.stale.length} baseline entries are fixed (stale); run apigov lint --update-baseline to remove them:\n${lines.join('\n')}\n`);
  }
  return [...comparison.fresh, ...waived];
}

