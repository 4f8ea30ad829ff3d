/**
 * Real consecutive versions of public APIs (Stripe, Square, Adyen, commercetools, GitHub Enterprise)
 * run without a crash and without reporting a change between a document and itself. Skipped when
 * the shared corpus is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import { diffContracts } from '../../src/diff/engine.js';
import { CORPUS, hasCorpus } from '../helpers.js';

const pairsDir = path.join(CORPUS, 'pairs');
const pairs = hasCorpus && fs.existsSync(pairsDir) ? fs.readdirSync(pairsDir).sort() : [];

async function load(file: string) {
  const { contracts, errors } = await loadContracts([file], { cwd: path.dirname(file) });
  expect(errors).toEqual([]);
  return contracts[0]!;
}

describe.skipIf(pairs.length === 0)('real version pairs', () => {
  it.each(pairs)('%s diffs without a crash', async (pair) => {
    const files = fs.readdirSync(path.join(pairsDir, pair));
    const base = await load(path.join(pairsDir, pair, files.find((f) => f.startsWith('old'))!));
    const revision = await load(path.join(pairsDir, pair, files.find((f) => f.startsWith('new'))!));
    const result = diffContracts(base, revision);
    expect(result.changes.length).toBeGreaterThan(0);
    for (const change of result.changes) {
      expect(change.message).not.toMatch(/undefined|\[object Object\]/);
      expect(change.base ?? change.revision).toBeDefined();
    }
    // a document compared with itself has no changes at all
    expect(diffContracts(revision, revision).changes).toEqual([]);
  }, 180_000);
});
