#!/usr/bin/env node
/**
 * apigov catalog at estate scale: a generated retail estate (src/catalog/synthetic-estate.ts) is
 * parsed, linted, collected, checked and scored on one thread (in process), on one worker thread,
 * and on N threads (the main thread and N - 1 workers, what `apigov catalog --jobs N` does). Prints
 * contracts/s for each, the speed-up of N threads over one, and the time per contract at a quarter
 * of the estate and at all of it (linear time means the two stay close). Each measurement runs in a
 * fresh Node process. Needs `npm run build` first.
 *
 *   node bench/catalog.mjs [--contracts 2000] [--jobs N] [--repeat 1] [--ruleset NAME|FILE]
 *
 * `--ruleset` lints with another ruleset than the configured one, e.g. a file extending apigov:retail,
 * spectral:oas and spectral:asyncapi, to see how the speed-up grows with the lint work per contract.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(ROOT, 'dist', p)).href;
const { values } = parseArgs({
  options: {
    contracts: { type: 'string', default: '2000' },
    jobs: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    ruleset: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    // internal: one measurement in a fresh process
    run: { type: 'string' },
    dir: { type: 'string' },
  },
});
const option = (name, fallback) => values[name] ?? fallback;
if (values.help) {
  process.stdout.write('usage: node bench/catalog.mjs [--contracts 2000] [--jobs N] [--repeat 1] [--ruleset NAME|FILE]\n');
  process.exit(0);
}

if (option('run') !== undefined) {
  await measure(option('run'), option('dir'), Number(option('jobs')), option('ruleset'));
} else {
  await main();
}

/** One measurement, in this (fresh) process: prints a JSON line. */
async function measure(mode, dir, jobs, ruleset) {
  const started = performance.now();
  const { setupLint } = await import(dist('lint/setup.js'));
  const { discover } = await import(dist('document/discover.js'));
  const { processCandidates } = await import(dist('catalog/pool.js'));
  const { contextFromSetup } = await import(dist('catalog/process.js'));
  const { buildCatalog } = await import(dist('catalog/build.js'));
  const { settleEstate } = await import(dist('catalog/settle.js'));
  const { renderJson } = await import(dist('catalog/render/json.js'));
  const flags = { cwd: dir, ...(ruleset !== undefined ? { ruleset } : {}) };
  const setup = await setupLint(flags);
  const candidates = discover(['contracts'], dir);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const outcomes = await processCandidates(candidates, {
    jobs: mode === 'in-process' ? 1 : jobs,
    flags,
    context: contextFromSetup(setup),
    forceWorkers: mode !== 'in-process',
    mainWorks: mode === 'threads',
    minFilesForWorkers: 0,
  });
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const settled = settleEstate(
    outcomes.filter((o) => o.kind === 'contract'),
    setup,
    { waivers: undefined },
  );
  const contracts = settled.contracts;
  const catalog = buildCatalog(contracts, { generatedAt: new Date().toISOString(), toolVersion: 'bench', rulesetVersion: 'bench', canonical: setup.settings.canonical });
  const t2 = performance.now();
  const json = renderJson(catalog);
  const t3 = performance.now();
  process.stdout.write(
    JSON.stringify({ contracts: contracts.length, total: t3 - started, pool: t1 - t0, poolCpu: (cpu.user + cpu.system) / 1000, build: t2 - t1, render: t3 - t2, bytes: json.length, estateFindings: catalog.estateFindings.length }) + '\n',
  );
}

function run(mode, dir, jobs) {
  const ruleset = option('ruleset');
  const extra = ruleset !== undefined ? ['--ruleset', path.resolve(ruleset)] : [];
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--run', mode, '--dir', dir, '--jobs', String(jobs), ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

async function estateDir(count) {
  const dir = path.join(os.tmpdir(), `apigov-bench-catalog-${count}`);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    const { generateEstate } = await import(dist('catalog/synthetic-estate.js'));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    for (const [file, text] of generateEstate(count)) {
      fs.mkdirSync(path.join(dir, 'contracts', path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'contracts', file), text);
    }
    fs.writeFileSync(path.join(dir, '.complete'), '');
  }
  return dir;
}

function best(mode, dir, jobs, repeat) {
  let winner;
  for (let i = 0; i < repeat; i++) {
    const r = run(mode, dir, jobs);
    if (winner === undefined || r.total < winner.total) winner = r;
  }
  return winner;
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'catalog', 'worker.js'))) throw new Error('run `npm run build` first');
  const count = Number(option('contracts', '2000'));
  const jobs = Number(option('jobs', String(os.availableParallelism())));
  const repeat = Number(option('repeat', '1'));
  const dir = await estateDir(count);
  const quarter = await estateDir(Math.max(1, Math.round(count / 4)));
  const load = os.loadavg()[0].toFixed(1);
  console.log(`apigov catalog bench: ${count} generated contracts, ${os.availableParallelism()} cores (load ${load}), Node ${process.version}, ruleset ${option('ruleset') ?? 'as configured (apigov:retail)'}`);
  const rows = [
    ['1 thread (in process)', best('in-process', dir, 1, repeat)],
    ['1 worker thread', best('workers', dir, 1, repeat)],
    [`${jobs} worker threads`, best('workers', dir, jobs, repeat)],
    [`${jobs} threads (main + ${jobs - 1} worker${jobs === 2 ? '' : 's'})`, best('threads', dir, jobs, repeat)],
  ];
  const rate = (r) => (r.contracts / (r.total / 1000)).toFixed(1);
  // cores busy = CPU time of every thread of the process (ours and V8's compiler and GC threads) / wall time
  console.log('\n| run | total s | parse+lint+collect s | cores busy meanwhile | estate checks+scores s | contracts/s |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of rows) console.log(`| ${name} | ${(r.total / 1000).toFixed(2)} | ${(r.pool / 1000).toFixed(2)} | ${(r.poolCpu / r.pool).toFixed(2)} | ${(r.build / 1000).toFixed(2)} | ${rate(r)} |`);
  const [single, oneWorker, workers, many] = rows.map((r) => r[1]);
  console.log(`\nspeed-up of ${jobs} worker threads over 1 worker thread: ${(oneWorker.total / workers.total).toFixed(2)}× end to end, ${(oneWorker.pool / workers.pool).toFixed(2)}× on parse+lint+collect`);
  console.log(`speed-up of ${jobs} threads (apigov catalog --jobs ${jobs}) over 1 thread: ${(single.total / many.total).toFixed(2)}× end to end, ${(single.pool / many.pool).toFixed(2)}× on parse+lint+collect`);
  const small = best('threads', quarter, jobs, repeat);
  const perSmall = small.pool / small.contracts;
  const perLarge = many.pool / many.contracts;
  console.log(`linearity (${jobs} threads): ${perSmall.toFixed(2)} ms/contract at ${small.contracts}, ${perLarge.toFixed(2)} ms/contract at ${many.contracts}; estate checks ${(small.build / small.contracts).toFixed(3)} vs ${(many.build / many.contracts).toFixed(3)} ms/contract`);
  console.log(`catalog.json: ${(many.bytes / 1024 / 1024).toFixed(1)} MB, ${many.estateFindings} estate findings`);
}
