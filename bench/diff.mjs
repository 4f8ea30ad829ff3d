#!/usr/bin/env node
/**
 * `npm run bench:diff` (also run by `npm run bench`): how long `apigov diff` takes on the real
 * version pairs of the corpus, compared with parsing both documents. Parse = read, parse and crawl
 * `$ref`s of both files (what every command pays); diff = everything after: the contract model,
 * normalization, the difference, all checks, positions of the changes and the semver verdict.
 * Each figure is the median of --runs in-process runs after one cold run. Wall time and CPU time
 * are both reported: on a loaded machine CPU time is the fairer comparison.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, pair: { type: 'string' }, json: { type: 'boolean', default: false } } });
const corpus = process.env.APIGOV_CORPUS ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus');
const pairsDir = path.join(corpus, 'pairs');
if (!fs.existsSync(pairsDir)) {
  process.stderr.write(`bench:diff: no corpus pairs at ${pairsDir} (set APIGOV_CORPUS); skipped\n`);
  process.exit(0);
}
const { loadContracts } = await import(path.join(PROJECT_ROOT, 'dist', 'document', 'load.js'));
const { diffContracts } = await import(path.join(PROJECT_ROOT, 'dist', 'diff', 'engine.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = Math.max(1, Number(values.runs));
const sizeOf = (dir) => fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
const pairs = fs.readdirSync(pairsDir).filter((p) => values.pair === undefined || p.includes(values.pair)).sort((a, b) => sizeOf(path.join(pairsDir, b)) - sizeOf(path.join(pairsDir, a)));
const rows = [];
for (const pair of pairs) {
  const dir = path.join(pairsDir, pair);
  const files = fs.readdirSync(dir);
  const oldFile = path.join(dir, files.find((f) => f.startsWith('old')));
  const newFile = path.join(dir, files.find((f) => f.startsWith('new')));
  const parse = [];
  const diff = [];
  const parseCpu = [];
  const diffCpu = [];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let changes = 0;
  for (let i = 0; i <= runs; i++) {
    globalThis.gc?.();
    const c0 = cpu();
    const t0 = performance.now();
    const base = (await loadContracts([oldFile], { cwd: dir })).contracts[0];
    const revision = (await loadContracts([newFile], { cwd: dir })).contracts[0];
    const t1 = performance.now();
    const c1 = cpu();
    const result = diffContracts(base, revision);
    const t2 = performance.now();
    const c2 = cpu();
    changes = result.changes.length;
    // run 0 is the cold run (JIT warm-up); the medians are over the warm runs
    if (i > 0) {
      parse.push(t1 - t0);
      diff.push(t2 - t1);
      parseCpu.push(c1 - c0);
      diffCpu.push(c2 - c1);
    }
  }
  const row = {
    pair,
    megabytes: +(sizeOf(dir) / 1e6).toFixed(1),
    parseMs: Math.round(median(parse)),
    diffMs: Math.round(median(diff)),
    ratio: +(median(diff) / median(parse)).toFixed(2),
    parseCpuMs: Math.round(median(parseCpu)),
    diffCpuMs: Math.round(median(diffCpu)),
    cpuRatio: +(median(diffCpu) / median(parseCpu)).toFixed(2),
    changes,
  };
  rows.push(row);
  process.stderr.write(`${pair}: parse ${row.parseMs} ms, diff ${row.diffMs} ms (${row.ratio}× parse; CPU ${row.cpuRatio}×), ${changes} changes\n`);
}
if (values.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
else {
  process.stdout.write('\n| pair | MB (both) | parse both (ms) | diff (ms) | diff / parse | CPU: diff / parse | changes |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n');
  for (const r of rows) process.stdout.write(`| ${r.pair} | ${r.megabytes} | ${r.parseMs} | ${r.diffMs} | ${r.ratio}× | ${r.cpuRatio}× | ${r.changes} |\n`);
}
