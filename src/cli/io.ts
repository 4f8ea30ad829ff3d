/** Terminal and file output: colour detection, progress on stderr, atomic writes, error lines. */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { InputError, oneLine } from '../document/errors.js';
import { PACKAGE_ROOT } from '../paths.js';

export function toolVersion(): string {
  const require = createRequire(import.meta.url);
  return (require(path.join(PACKAGE_ROOT, 'package.json')) as { version: string }).version;
}

/** Colour only on a TTY, never with NO_COLOR (https://no-color.org), and never into a file. */
export function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined, toFile: boolean): boolean {
  if (toFile) return false;
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Fail before any work when the output cannot be written: a missing folder is a usage error. */
export function checkOutputPath(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const dir = path.dirname(absolute);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new InputError('output', `output folder ${path.relative(cwd, dir) || dir} does not exist`, file);
  }
  if (!stat.isDirectory()) throw new InputError('output', 'output folder is not a directory', file);
  if (fs.existsSync(absolute) && fs.statSync(absolute).isDirectory()) throw new InputError('output', 'output path is a directory', file);
  return absolute;
}

/**
 * Write to a temporary file beside the target and rename it into place, so an interrupted run
 * leaves either the old file or the complete new one, never half a file.
 */
export function writeFileAtomic(absolute: string, content: string): void {
  writeFilesAtomic([{ path: absolute, content }]);
}

const pendingTemps = new Set<string>();

/**
 * SIGINT/SIGTERM are handled in JavaScript, so they take effect between synchronous steps: a write
 * and its rename always complete together, and any temporary file left is removed before exiting.
 */
export function installSignalHandlers(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      for (const temp of pendingTemps) fs.rmSync(temp, { force: true });
      process.stderr.write(`\napigov: interrupted (${signal}); no output was left half-written\n`);
      process.exit(code);
    });
  }
}

/**
 * Several files as one unit: every file is written to a temporary file first, then all are renamed
 * into place, so a failure while writing leaves every previous file untouched.
 */
/**
 * Several files, all or nothing as far as the file system allows: every temporary file is written
 * first, then each is renamed into place. A failure removes the temporaries and leaves the old files.
 */
export function writeFilesAtomic(files: ReadonlyArray<{ path: string; content: string }>): void {
  const temps: Array<{ temp: string; target: string }> = [];
  const cleanUp = (list: Array<{ temp: string }>) => {
    for (const { temp } of list) {
      fs.rmSync(temp, { force: true });
      pendingTemps.delete(temp);
    }
  };
  try {
    for (const file of files) {
      const temp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
      temps.push({ temp, target: file.path });
      pendingTemps.add(temp);
      fs.writeFileSync(temp, file.content);
    }
  } catch (error) {
    cleanUp(temps);
    const target = temps[temps.length - 1]?.target ?? '';
    throw new InputError('output', `cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, target);
  }
  for (const [i, { temp, target }] of temps.entries()) {
    try {
      fs.renameSync(temp, target);
      pendingTemps.delete(temp);
    } catch (error) {
      cleanUp(temps.slice(i));
      throw new InputError('output', `cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, target);
    }
  }
}

export function printError(message: string): void {
  process.stderr.write(`apigov: ${oneLine(message)}\n`);
}

/** A one-line progress indicator on stderr, only when stderr is a terminal. */
export class Progress {
  private readonly enabled: boolean;
  private lastWrite = 0;
  private shown = false;

  constructor(private readonly label: string, enabled = process.stderr.isTTY === true) {
    this.enabled = enabled;
  }

  update(done: number, total: number, item?: string): void {
    if (!this.enabled || total < 2) return;
    const now = Date.now();
    if (now - this.lastWrite < 80 && done < total) return;
    this.lastWrite = now;
    const width = process.stderr.columns ?? 80;
    const text = oneLine(`${this.label} ${done}/${total}${item ? ` ${item}` : ''}`).slice(0, Math.max(10, width - 1));
    process.stderr.write(`\r\u001b[2K${text}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) process.stderr.write('\r\u001b[2K');
    this.shown = false;
  }
}

/** Several files failed to load: each gets its own line, the run exits 2. */
export class AggregateInputError extends Error {
  constructor(readonly errors: InputError[]) {
    super(errors.map((e) => e.format()).join('\n'));
  }
}
