/**
 * Parse, lint and collect an estate's files on one thread per core (by default): the main thread
 * and worker threads for large estates, the main thread alone for small ones, where starting
 * workers costs more than it saves. Work is handed out in small chunks as threads finish, so one
 * huge contract does not hold up the rest. Results come back in discovery order whatever the
 * schedule, so catalogs are deterministic.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Candidate } from '../document/discover.js';
import type { LintFlags } from '../lint/setup.js';
import type { PreviousSource } from './breaking.js';
import { fromPlain, processCandidate, type CandidateOutcome, type PlainInputError, type ProcessContext } from './process.js';

export type MainMessage = { type: 'tasks'; tasks: Array<{ index: number; candidate: Candidate }> } | { type: 'done' };

export interface WorkerData {
  flags: LintFlags;
  previous?: PreviousSource | undefined;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'results'; results: Array<{ index: number; outcome: CandidateOutcome }> }
  | { type: 'failed'; inputError?: PlainInputError; message?: string; stack?: string | undefined };

export interface PoolOptions {
  /** threads to use (the main thread and jobs − 1 workers); 1, or a small estate, runs in process */
  jobs: number;
  /** the lint flags each worker rebuilds its engine from */
  flags: LintFlags;
  /** the main thread's context, for in-process runs */
  context: ProcessContext;
  /** with --previous: where the previous versions are (the workers build their diff context from it) */
  previous?: PreviousSource | undefined;
  onProgress?: (done: number, total: number, file: string) => void;
  /** estates with fewer files than this (and less than WORKER_MIN_BYTES) run in process */
  minFilesForWorkers?: number;
  /** the compiled worker module (default: worker.js beside this file; without it, as when running the TypeScript sources, all runs in process) */
  workerScript?: string;
  /** force worker threads even for one job or a small estate (tests, the bench) */
  forceWorkers?: boolean;
  /** the main thread processes files too, as one of the `jobs` threads (default: when jobs > 1) */
  mainWorks?: boolean;
}

/**
 * One core is left to V8: its background threads (the optimizing compiler, concurrent GC) already
 * keep about 0.4 of a second core busy when one thread catalogs, and every worker isolate compiles
 * the same code again. Measured on 2 cores (bench/catalog.mjs): 2 threads were 0.83× of one at 500
 * contracts and 1.0× at 2,000, so a 2-core machine catalogs in process unless `--jobs` says otherwise.
 */
export const DEFAULT_JOBS = Math.max(1, os.availableParallelism() - 1);

/**
 * A worker costs about a second before its first file: loading modules, building the ruleset and
 * compiling the structural JSON Schemas it meets. Below these sizes that is more than it saves.
 */
export const WORKER_MIN_FILES_PER_JOB = 12;
export const WORKER_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Workers parse and lint thousands of short-lived trees: a young generation larger than V8's default
 * means fewer scavenges and fewer promotions (about 10-15% less CPU measured on the bench estate).
 */
const WORKER_YOUNG_GENERATION_MB = 96;

export function defaultWorkerScript(): string {
  return fileURLToPath(new URL('./worker.js', import.meta.url));
}

export async function processCandidates(candidates: readonly Candidate[], options: PoolOptions): Promise<CandidateOutcome[]> {
  if (candidates.length === 0) return [];
  const jobs = Math.max(1, Math.min(options.jobs, candidates.length));
  const script = options.workerScript ?? defaultWorkerScript();
  const large = candidates.length >= (options.minFilesForWorkers ?? WORKER_MIN_FILES_PER_JOB * jobs) || totalBytes(candidates) >= WORKER_MIN_BYTES;
  const useWorkers = (options.forceWorkers === true || (jobs > 1 && large)) && fs.existsSync(script);
  if (!useWorkers) return inProcess(candidates, options);
  return inThreads(candidates, jobs, options.mainWorks ?? jobs > 1, script, options);
}

function totalBytes(candidates: readonly Candidate[]): number {
  let bytes = 0;
  for (const c of candidates) {
    try {
      bytes += fs.statSync(c.absPath).size;
    } catch {
      // unreadable files are reported when they are read
    }
    if (bytes >= WORKER_MIN_BYTES) break;
  }
  return bytes;
}

async function inProcess(candidates: readonly Candidate[], options: PoolOptions): Promise<CandidateOutcome[]> {
  const out: CandidateOutcome[] = [];
  for (const [i, candidate] of candidates.entries()) {
    out.push(await processCandidate(candidate, options.context));
    options.onProgress?.(i + 1, candidates.length, candidate.display);
  }
  return out;
}

/**
 * `threads` threads share the files: the main thread (unless `mainWorks` is false) and worker
 * threads for the rest. The main thread has its engine ready, so it starts at once while the
 * workers load; it yields to the event loop between files so worker messages are served.
 */
function inThreads(candidates: readonly Candidate[], threads: number, mainWorks: boolean, script: string, options: PoolOptions): Promise<CandidateOutcome[]> {
  const total = candidates.length;
  const results: Array<CandidateOutcome | undefined> = new Array(total);
  // small chunks balance the load; enough of them amortize the message round trips
  const chunkSize = Math.max(1, Math.min(8, Math.floor(total / (threads * 8))));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  // workers told there is no more work: their exit is expected
  const released = new Set<Worker>();

  return new Promise<CandidateOutcome[]>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const record = (index: number, outcome: CandidateOutcome) => {
      results[index] = outcome;
      done++;
      options.onProgress?.(done, total, candidates[index]!.display);
      if (done === total) {
        settled = true;
        for (const w of workers) if (!released.has(w)) w.postMessage({ type: 'done' } satisfies MainMessage);
        resolve(results as CandidateOutcome[]);
      }
    };
    const feed = (worker: Worker) => {
      if (next >= total) {
        released.add(worker);
        worker.postMessage({ type: 'done' } satisfies MainMessage);
        return;
      }
      const tasks = [];
      for (let i = 0; i < chunkSize && next < total; i++, next++) tasks.push({ index: next, candidate: candidates[next]! });
      worker.postMessage({ type: 'tasks', tasks } satisfies MainMessage);
    };
    for (let w = 0; w < threads - (mainWorks ? 1 : 0); w++) {
      const workerData: WorkerData = { flags: options.flags, previous: options.previous };
      const worker = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      workers.push(worker);
      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        if (message.type === 'ready') feed(worker);
        else if (message.type === 'results') {
          for (const { index, outcome } of message.results) record(index, outcome);
          if (!settled) feed(worker);
        } else {
          fail(message.inputError !== undefined ? fromPlain(message.inputError) : new WorkerCrash(message.message ?? 'worker failed', message.stack));
        }
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        if (!settled && !released.has(worker)) fail(new WorkerCrash(`catalog worker stopped early (exit code ${code})`));
      });
    }
    if (mainWorks) {
      void (async () => {
        while (!settled && next < total) {
          const index = next++;
          let outcome: CandidateOutcome;
          try {
            outcome = await processCandidate(candidates[index]!, options.context);
          } catch (error) {
            fail(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (settled) return;
          record(index, outcome);
          await new Promise<void>((resume) => setImmediate(resume));
        }
      })();
    }
  });
}

/** A bug in a worker: reported as an internal error with the worker's stack. */
export class WorkerCrash extends Error {
  constructor(message: string, readonly workerStack?: string) {
    super(message);
    this.name = 'WorkerCrash';
  }
}
