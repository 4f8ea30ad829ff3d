/**
 * Runs one command and measures its wall time and peak memory.
 *
 * Peak memory is the largest resident set of the process tree:
 * - with GNU time (`/usr/bin/time -f %M`): the kernel's ru_maxrss of the command, i.e. the high-water
 *   mark of the biggest single process in its tree (all three linters run in one process);
 * - otherwise: /proc is polled every 25 ms and the peak is the larger of the biggest VmHWM seen and the
 *   biggest sum of VmRSS over the tree; a spike shorter than the poll interval can be missed.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 25;
const STDERR_KEEP = 4000;

/** `gnu-time` when /usr/bin/time understands `-f %M`, else `proc-poll`. Decided once per bench run. */
export function memoryMethod() {
  if (!fs.existsSync(GNU_TIME)) return 'proc-poll';
  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr) ? 'gnu-time' : 'proc-poll';
}

/** The child running now, so that Ctrl-C on the bench can take its whole process group down. */
let active;
export function killActiveRun() {
  if (active) killGroup(active);
}

/**
 * Runs `argv` in `cwd` (a scratch folder). Resolves (never rejects) with
 * `{ outcome: 'ok' | 'failed' | 'timeout', exitCode, signal, wallMs, cpuMs, peakRssBytes, stderr }`
 * (`cpuMs`, user + system, only with GNU time).
 * `okExitCodes` are the codes that count as a completed run (linters exit 1 when they find problems).
 */
export function measure(argv, { cwd, env, timeoutMs, stdoutFile, method, okExitCodes = [0, 1] }) {
  // In the run's own (scratch) folder, so that an interrupted bench leaves nothing behind.
  const timeFile = path.join(cwd, `gnu-time-${process.pid}.txt`);
  const command = method === 'gnu-time' ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, ...argv] : argv;
  const stdout = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  const started = process.hrtime.bigint();
  // detached: the run gets its own process group, so a timeout kills the tool and not only GNU time.
  const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', stdout, 'pipe'], detached: true });
  active = child;
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-STDERR_KEEP);
  });
  const poller = method === 'proc-poll' ? pollTreeMemory(child.pid) : undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, timeoutMs);

  return new Promise((resolve) => {
    let finished = false;
    const finish = (exitCode, signal, spawnError) => {
      if (finished) return; // a spawn 'error' can be followed by 'close'
      finished = true;
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      poller?.stop();
      active = undefined;
      if (typeof stdout === 'number') fs.closeSync(stdout);
      const { peakRssBytes, cpuMs } = method === 'gnu-time' ? readGnuTime(timeFile) : { peakRssBytes: poller.peakBytes(), cpuMs: null };
      fs.rmSync(timeFile, { force: true });
      const outcome = timedOut ? 'timeout' : okExitCodes.includes(exitCode) ? 'ok' : 'failed';
      resolve({ outcome, exitCode, signal, wallMs, cpuMs, peakRssBytes, stderr: spawnError ? String(spawnError) : stderr });
    };
    child.on('error', (error) => finish(null, null, error));
    // 'close' rather than 'exit': stderr has been read to the end by then.
    child.on('close', (code, signal) => finish(code, signal));
  });
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * GNU time writes "Command exited with non-zero status N" (when so), then "%M %U %S": peak RSS in KiB,
 * user and system CPU seconds. CPU time says less about the user's wait than wall time, but it is far
 * less disturbed when other work shares the machine.
 */
function readGnuTime(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { peakRssBytes: null, cpuMs: null }; // killed together with the command: nothing written
  }
  const match = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(text.trim().split('\n').pop());
  if (!match) return { peakRssBytes: null, cpuMs: null };
  return { peakRssBytes: Number(match[1]) * 1024, cpuMs: (Number(match[2]) + Number(match[3])) * 1000 };
}

function pollTreeMemory(rootPid) {
  let peak = 0;
  const sample = () => {
    let sumRss = 0;
    for (const pid of processTree(rootPid)) {
      const status = readStatus(pid);
      if (!status) continue;
      sumRss += status.rss;
      peak = Math.max(peak, status.hwm);
    }
    peak = Math.max(peak, sumRss);
  };
  const interval = setInterval(sample, POLL_MS);
  sample();
  return {
    stop: () => clearInterval(interval),
    peakBytes: () => (peak > 0 ? peak : null),
  };
}

function processTree(rootPid) {
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i += 1) {
    let tasks = [];
    try {
      tasks = fs.readdirSync(`/proc/${pids[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended while we looked.
      }
    }
  }
  return pids;
}

function readStatus(pid) {
  let text;
  try {
    text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}
