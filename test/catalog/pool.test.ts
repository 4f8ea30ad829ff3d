/**
 * The worker pool (with the compiled worker in dist/, as users run it) and the synthetic estate
 * generator the bench uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processCandidates } from '../../src/catalog/pool.js';
import { contextFromSetup } from '../../src/catalog/process.js';
import { generateEstate } from '../../src/catalog/synthetic-estate.js';
import { discover } from '../../src/document/discover.js';
import { InputError } from '../../src/document/errors.js';
import { setupLint } from '../../src/lint/setup.js';
import { PROJECT_ROOT, STARTER_CONFIG, tempProject, writeFiles } from '../helpers.js';
import { catalogIn } from './helpers.js';

const WORKER = path.join(PROJECT_ROOT, 'dist', 'catalog', 'worker.js');

function syntheticProject(count: number, seed: number): string {
  const dir = tempProject();
  for (const [file, text] of generateEstate(count, seed)) writeFiles(dir, { [path.join('contracts', file)]: text });
  return dir;
}

describe.skipIf(!fs.existsSync(WORKER))('worker pool', () => {
  it('gives the outcomes of in-process runs, in discovery order, with or without the main thread working, without a progress callback', async () => {
    const dir = syntheticProject(12, 3);
    writeFiles(dir, { 'contracts/broken.yaml': 'openapi: 3.1.0\ninfo: [\n', 'contracts/notes.yaml': 'just: notes\n' });
    const setup = await setupLint({ cwd: dir });
    const candidates = discover(['contracts'], dir);
    const options = { flags: { cwd: dir }, context: contextFromSetup(setup), workerScript: WORKER };
    const inProcess = await processCandidates(candidates, { ...options, jobs: 1 });
    const workers = await processCandidates(candidates, { ...options, jobs: 2, forceWorkers: true, mainWorks: false });
    expect(workers).toEqual(inProcess);
    const shared = await processCandidates(candidates, { ...options, jobs: 3, forceWorkers: true });
    expect(shared).toEqual(inProcess);
    expect(workers.map((o) => o.kind).filter((k) => k !== 'contract')).toEqual(['input-error', 'skipped']);
    expect(workers.find((o) => o.kind === 'input-error')).toMatchObject({ error: { code: 'syntax', file: path.join('contracts', 'broken.yaml') } });
  });

  it('rejects with the input error when a worker cannot set up', async () => {
    const dir = syntheticProject(4, 3);
    const setup = await setupLint({ cwd: dir });
    const run = processCandidates(discover(['contracts'], dir), {
      jobs: 2,
      forceWorkers: true,
      mainWorks: false,
      workerScript: WORKER,
      flags: { cwd: dir, config: 'missing-apigov.yaml' },
      context: contextFromSetup(setup),
    });
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toThrow('config file not found');
  });
});

describe('synthetic estate', () => {
  it('is deterministic, varied and catalogs into a valid catalog with the problems a real estate has', async () => {
    const files = generateEstate(60, 11);
    expect([...generateEstate(60, 11).entries()]).toEqual([...files.entries()]);
    const dir = tempProject({ 'apigov.yaml': STARTER_CONFIG });
    for (const [file, text] of files) writeFiles(dir, { [file]: text });
    const catalog = await catalogIn(dir);
    expect(catalog.apis).toHaveLength(60);
    const formats = new Set(catalog.apis.map((a) => a.format));
    expect([...formats].sort()).toEqual(['asyncapi-2.6', 'asyncapi-3.0', 'openapi-2.0', 'openapi-3.0', 'openapi-3.1']);
    expect(catalog.estate.domains).toBe(9);
    expect(catalog.summary.error).toBe(0); // the generated contracts pass the starter rules (the full ruleset finds realistic problems)
    expect(catalog.events.some((e) => e.producers.length > 0 && e.consumers.length > 0)).toBe(true);
    expect(catalog.estateFindings.some((f) => f.ruleId === 'estate-orphan-consumed-event')).toBe(true);
    expect(catalog.entities.filter((e) => e.systemOfRecord.length === 1).length).toBeGreaterThan(10);
  });
});
