/** Which contracts the bench lints, and where they are. */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SYNTHETIC_PATHS, writeSyntheticContract } from './synthetic.mjs';

export const SYNTHETIC = 'synthetic';

/** The largest real contracts in the corpus, the synthetic one, and the largest AsyncAPI example. */
export const DEFAULT_CONTRACTS = [
  'openapi/github-api.github.com.json',
  'openapi/stripe-spec3.yaml',
  'openapi/square-api.json',
  'pairs/commercetools-2026-07-14-to-2026-08-14/new.yaml',
  SYNTHETIC,
  'asyncapi/v3.0/slack-rtm-asyncapi.yml',
];

/** `$APIGOV_CORPUS`, else `../shared/corpus` beside the project. */
export function corpusDir(projectRoot) {
  return process.env.APIGOV_CORPUS ? path.resolve(process.env.APIGOV_CORPUS) : path.resolve(projectRoot, '..', 'shared', 'corpus');
}

/**
 * Resolves the requested names to `{name, file, bytes, format}`. A name is `synthetic`, a path inside
 * the corpus, or a path relative to the working directory. Missing files are reported through `warn`
 * and skipped, so a machine without the corpus still benchmarks the synthetic contract.
 */
export function resolveContracts(names, { projectRoot, workDir, syntheticPaths = DEFAULT_SYNTHETIC_PATHS, warn }) {
  const corpus = corpusDir(projectRoot);
  const hasCorpus = fs.existsSync(corpus);
  const contracts = [];
  let warnedCorpus = false;
  for (const name of names) {
    if (name === SYNTHETIC) {
      const file = writeSyntheticContract(workDir, { paths: syntheticPaths });
      contracts.push(describe(`synthetic (${syntheticPaths} paths)`, file));
      continue;
    }
    const candidates = [path.resolve(name), ...(hasCorpus ? [path.join(corpus, name)] : [])];
    const file = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    if (file) {
      contracts.push(describe(name, file));
    } else if (!hasCorpus && !path.isAbsolute(name)) {
      if (!warnedCorpus) warn(`corpus not found at ${corpus} (set APIGOV_CORPUS to point elsewhere): skipping corpus contracts`);
      warnedCorpus = true;
    } else {
      warn(`skipping ${name}: no such file`);
    }
  }
  return contracts;
}

function describe(name, file) {
  return { name, file, bytes: fs.statSync(file).size, format: sniffFormat(file) };
}

/** `asyncapi` when the document declares an `asyncapi` version near its top, else `openapi`. */
function sniffFormat(file) {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(65536);
  const length = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  return /(^|[{,\s])["']?asyncapi["']?\s*:/m.test(head.subarray(0, length).toString('utf8')) ? 'asyncapi' : 'openapi';
}
