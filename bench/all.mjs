#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark, one after the other, each in its own Node process: lint against
 * Spectral and Redocly (run.mjs, which builds first), diff on the corpus pairs (diff.mjs), and the
 * catalog at estate scale (catalog.mjs). `npm run bench -- <options>` hands each script only the
 * options it understands, so `--timeout 60` reaches run.mjs and `--contracts 500` catalog.mjs; an
 * option no script knows is an error before anything runs. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

/** Each suite's script, Node flags and options (parseArgs specs, as the script declares them). */
const SUITES = {
  lint: {
    script: 'run.mjs',
    node: [],
    options: {
      runs: { type: 'string' },
      only: { type: 'string' },
      files: { type: 'string' },
      timeout: { type: 'string' },
      'synthetic-paths': { type: 'string' },
      profile: { type: 'boolean' },
      'no-build': { type: 'boolean' },
    },
  },
  diff: { script: 'diff.mjs', node: ['--expose-gc'], options: { runs: { type: 'string' }, pair: { type: 'string' }, json: { type: 'boolean' } } },
  catalog: { script: 'catalog.mjs', node: [], options: { contracts: { type: 'string' }, jobs: { type: 'string' }, repeat: { type: 'string' }, ruleset: { type: 'string' } } },
};

const USAGE = `usage: npm run bench -- [options]

Runs the lint, diff and catalog benchmarks in turn; each gets the options below that it knows.

  --suites LIST        which to run, comma-separated: ${Object.keys(SUITES).join(',')} (default: all)
  lint (bench/run.mjs; builds first unless --no-build):
    --runs N --only LIST --files LIST --timeout S --synthetic-paths N --profile --no-build
  diff (bench/diff.mjs):
    --runs N --pair TEXT --json
  catalog (bench/catalog.mjs):
    --contracts N --jobs N --repeat N --ruleset NAME|FILE
  -h, --help           this text; each script's own: node bench/run.mjs --help

--runs goes to lint and diff alike. Without --suites lint, run "npm run build" first.`;

const known = { suites: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
for (const suite of Object.values(SUITES)) Object.assign(known, suite.options);

let values;
try {
  ({ values } = parseArgs({ args: process.argv.slice(2), options: known, strict: true, allowPositionals: false }));
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const chosen = values.suites === undefined ? Object.keys(SUITES) : values.suites.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = chosen.filter((s) => !(s in SUITES));
if (unknown.length > 0 || chosen.length === 0) {
  process.stderr.write(`bench: --suites: unknown suite ${unknown.join(', ') || '(none given)'} (choose from ${Object.keys(SUITES).join(', ')})\n`);
  process.exit(2);
}

/** The options of `values` a suite declares, back as command-line arguments. */
function argsFor(suite) {
  const args = [];
  for (const [name, spec] of Object.entries(suite.options)) {
    const value = values[name];
    if (value === undefined || value === false) continue;
    args.push(`--${name}`);
    if (spec.type === 'string') args.push(value);
  }
  return args;
}

const failed = [];
// in the order of SUITES: lint builds, the others use the build
for (const name of Object.keys(SUITES).filter((s) => chosen.includes(s))) {
  const suite = SUITES[name];
  const args = argsFor(suite);
  process.stderr.write(`\n== bench ${name}: node ${[...suite.node, `bench/${suite.script}`, ...args].join(' ')}\n`);
  const result = spawnSync(process.execPath, [...suite.node, path.join(BENCH, suite.script), ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(`${name} (${result.signal ?? `exit ${result.status}`})`);
}
if (failed.length > 0) {
  process.stderr.write(`\nbench: failed: ${failed.join(', ')}\n`);
  process.exit(1);
}
