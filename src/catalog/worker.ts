/**
 * A catalog worker thread: builds its own lint engine from the same flags, then parses, lints and
 * collects the files it is sent, one chunk at a time. Only plain findings and collected entries go
 * back: parsed documents stay here (structured clone of big trees costs more than parsing).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../document/errors.js';
import { createProcessContext, processCandidate, toPlain, type ProcessContext } from './process.js';
import type { MainMessage, WorkerData, WorkerMessage } from './pool.js';

const port = parentPort;
if (port === null) throw new Error('catalog worker started outside a worker thread');

const post = (message: WorkerMessage) => port.postMessage(message);

function failure(error: unknown): WorkerMessage {
  if (error instanceof InputError) return { type: 'failed', inputError: toPlain(error) };
  return { type: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
}

let context: ProcessContext;
try {
  const data = workerData as WorkerData;
  context = await createProcessContext(data.flags, data.previous);
  post({ type: 'ready' });
} catch (error) {
  post(failure(error));
  port.close();
}

port.on('message', (message: MainMessage) => {
  if (message.type === 'done') {
    port.close();
    return;
  }
  void (async () => {
    try {
      const results = [];
      for (const task of message.tasks) results.push({ index: task.index, outcome: await processCandidate(task.candidate, context) });
      post({ type: 'results', results });
    } catch (error) {
      post(failure(error));
    }
  })();
});
