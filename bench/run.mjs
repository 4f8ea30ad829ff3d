#!/usr/bin/env node
/**
 * The lint suite of `npm run bench` (bench/all.mjs): lint the same contracts with apigov, Spectral
 * CLI and Redocly CLI, several runs each, and compare median wall time and peak memory. See
 * bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTRACTS, resolveContracts } from './lib/contracts.mjs';
import { killActiveRun, measure, memoryMethod } from './lib/measure.mjs';
import { newestProfile, selfTimeByFunction } from './lib/profile.mjs';
import { formatBytes, formatSeconds, ratios, renderNotes, renderTable, summarizeRuns } from './lib/report.mjs';
import { DEFAULT_SYNTHETIC_PATHS } from './lib/synthetic.mjs';
import { TOOL_LABELS, TOOL_NAMES, commandFor, countFindings, ensurePeers, toolEnvironment, toolVersion, writeSpectralRulesets } from './lib/tools.mjs';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');

const USAGE = `usage: node bench/run.mjs [options]   (or npm run bench -- --suites lint [options])

  --runs N             runs per tool and contract (default 3); the median wall time is reported
  --only LIST          tools to run, comma-separated: apigov,spectral,redocly (default: all three)
  --files LIST         contracts, comma-separated: corpus paths (openapi/stripe-spec3.yaml), file paths,
                       or "synthetic" (default: the largest corpus contracts, synthetic, slack-rtm AsyncAPI)
  --timeout SECONDS    per run (default 300); a run that takes longer is killed and shown as "timeout"
  --synthetic-paths N  size of the synthetic contract (default ${DEFAULT_SYNTHETIC_PATHS})
  --profile            run apigov once under node --cpu-prof on the first contract and print the
                       15 functions with the most self time (profile kept in bench/results/prof)
  --no-build           skip "npm run build" (by default the bench measures the current source)
  -h, --help           this text

The corpus is ../shared/corpus beside the project, or $APIGOV_CORPUS.`;

const log = (line) => process.stderr.write(`${line}\n`);

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
      files: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      'synthetic-paths': { type: 'string', default: String(DEFAULT_SYNTHETIC_PATHS) },
      profile: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const positiveInteger = (name) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} must be a positive whole number, got "${values[name]}"`);
    return value;
  };
  const list = (text) => text.split(',').map((item) => item.trim()).filter(Boolean);
  const tools = values.only ? list(values.only).map((tool) => tool.toLowerCase()) : TOOL_NAMES;
  const unknown = tools.filter((tool) => !TOOL_NAMES.includes(tool));
  if (unknown.length) throw new UsageError(`--only: unknown tool ${unknown.join(', ')} (choose from ${TOOL_NAMES.join(', ')})`);
  return {
    help: values.help,
    runs: positiveInteger('runs'),
    timeoutMs: positiveInteger('timeout') * 1000,
    syntheticPaths: positiveInteger('synthetic-paths'),
    tools: TOOL_NAMES.filter((tool) => tools.includes(tool)),
    files: values.files ? list(values.files) : DEFAULT_CONTRACTS,
    profile: values.profile,
    build: !values['no-build'],
  };
}

class UsageError extends Error {}

function build() {
  log('building apigov (npm run build)...');
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

async function benchmark(options, contracts, workDir) {
  ensurePeers(PROJECT_ROOT, options.tools, log);
  writeSpectralRulesets(workDir);
  const method = memoryMethod();
  const env = toolEnvironment();
  const result = {
    startedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), loadAverageAtStart: os.loadavg() },
    runsPerTool: options.runs,
    timeoutSeconds: options.timeoutMs / 1000,
    memoryMethod: method,
    tools: options.tools,
    versions: Object.fromEntries(options.tools.map((tool) => [tool, toolVersion(PROJECT_ROOT, tool)])),
    contracts: [],
  };
  log(`memory: ${method === 'gnu-time' ? 'peak RSS from /usr/bin/time -f %M' : 'peak RSS polled from /proc/<pid>/status'}`);
  warnIfBusy();

  for (const contract of contracts) {
    const runs = Object.fromEntries(options.tools.map((tool) => [tool, []]));
    const findings = {};
    // Tools take turns within each round, so a slow drift of the machine hits all of them alike.
    for (let round = 1; round <= options.runs; round += 1) {
      for (const tool of options.tools) {
        const { argv, reportFile, stdoutFile } = commandFor(tool, contract, { projectRoot: PROJECT_ROOT, workDir });
        fs.rmSync(reportFile, { force: true });
        const run = await measure(argv, { cwd: workDir, env, timeoutMs: options.timeoutMs, stdoutFile, method });
        if (run.outcome === 'ok') {
          // Exit 1 means findings, but also "could not parse the contract": only a report proves the work.
          const count = countFindings(tool, reportFile);
          if (count === null) Object.assign(run, { outcome: 'failed', noReport: true });
          else findings[tool] ??= count;
        }
        runs[tool].push(run);
        fs.rmSync(reportFile, { force: true });
        const figures = run.outcome === 'ok' ? `${formatSeconds(run.wallMs)}  ${formatBytes(run.peakRssBytes)}` : run.outcome === 'timeout' ? 'timeout' : `failed (exit ${run.exitCode ?? run.signal}${run.noReport ? ', no report' : ''})`;
        log(`[${round}/${options.runs}] ${contract.name}  ${TOOL_LABELS[tool].padEnd(8)}  ${figures}`);
      }
    }
    const results = Object.fromEntries(options.tools.map((tool) => [tool, summarizeRuns(runs[tool], findings[tool] ?? null)]));
    const contractRatios = Object.fromEntries(options.tools.filter((tool) => tool !== 'apigov').map((tool) => [tool, ratios(results.apigov, results[tool])]));
    result.contracts.push({ name: contract.name, file: contract.file, bytes: contract.bytes, format: contract.format, results, ratios: contractRatios });
  }
  result.finishedAt = new Date().toISOString();
  result.machine.loadAverageAtEnd = os.loadavg();
  warnIfBusy();
  return result;
}

/** Wall times from a machine that is busy with other work are inflated, and unevenly so. */
function warnIfBusy() {
  const [load] = os.loadavg();
  const cpus = os.cpus().length;
  if (load > cpus * 0.75) log(`warning: load average ${load.toFixed(1)} on ${cpus} cores: other work is running, wall times will be noisy (compare CPU times and ratios)`);
}

async function profile(contract, workDir) {
  const profDir = path.join(RESULTS_DIR, 'prof');
  fs.mkdirSync(profDir, { recursive: true });
  const { argv } = commandFor('apigov', contract, { projectRoot: PROJECT_ROOT, workDir });
  const startedAt = Date.now();
  log(`profiling apigov on ${contract.name}...`);
  const run = await measure([argv[0], '--cpu-prof', '--cpu-prof-dir', profDir, ...argv.slice(1)], { cwd: workDir, env: toolEnvironment(), timeoutMs: 600_000, method: memoryMethod() });
  const file = newestProfile(profDir);
  if (run.outcome !== 'ok' || !file || fs.statSync(file).mtimeMs < startedAt) {
    throw new Error(`apigov did not complete under the profiler (${run.outcome}, exit ${run.exitCode}): ${run.stderr.trim().split('\n').pop() ?? ''}`);
  }
  const { totalMs, functions } = selfTimeByFunction(JSON.parse(fs.readFileSync(file, 'utf8')), { projectRoot: PROJECT_ROOT });
  console.log(`apigov on ${contract.name}: ${formatSeconds(run.wallMs)} wall, ${formatSeconds(totalMs)} profiled, ${formatBytes(run.peakRssBytes)} peak`);
  console.log(`profile: ${path.relative(PROJECT_ROOT, file)}\n`);
  console.log('self ms    share  function  (location)');
  for (const fn of functions.slice(0, 15)) {
    console.log(`${fn.selfMs.toFixed(0).padStart(7)}  ${(fn.share * 100).toFixed(1).padStart(5)}%  ${fn.name}${fn.location ? `  (${fn.location})` : ''}`);
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.build) build();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigov-bench-'));
  scratchDir = workDir;
  try {
    const contracts = resolveContracts(options.files, { projectRoot: PROJECT_ROOT, workDir, syntheticPaths: options.syntheticPaths, warn: log });
    if (contracts.length === 0) {
      log('nothing to benchmark: none of the contracts was found');
      return 0;
    }
    if (options.profile) {
      await profile(contracts[0], workDir);
      return 0;
    }
    const result = await benchmark(options, contracts, workDir);
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const jsonFile = path.join(RESULTS_DIR, 'latest.json');
    fs.writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\n${renderTable(result)}\n\n${renderNotes(result)}\n`);
    console.log(`median of ${options.runs} run(s); memory = peak RSS (${result.memoryMethod}); ratios below 1 mean apigov is faster or leaner`);
    console.log(`results: ${path.relative(process.cwd(), jsonFile)}`);
    return 0;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** Scratch folder of this run: the synthetic contract, Spectral rulesets, reports. */
let scratchDir;

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killActiveRun();
    if (scratchDir) fs.rmSync(scratchDir, { recursive: true, force: true });
    process.exit(130);
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    log(`bench: ${error.message}`);
    process.exitCode = error instanceof UsageError || error?.code?.startsWith?.('ERR_PARSE_ARGS') ? 2 : 1;
  },
);
