/** The apigov command line: commander wiring and the one place that turns errors into exit codes. */
import { Command, CommanderError } from 'commander';
import { isInputError } from '../document/errors.js';
import { AggregateInputError, installSignalHandlers, printError, toolVersion } from './io.js';
import { registerLint } from './lint.js';
import { registerRules } from './rules.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { registerDiff } from './diff.js';
import { registerCatalog } from './catalog.js';
import { registerCheck } from './check.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INPUT = 2;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('apigov')
    .description('Retail API governance: lint, breaking-change diff and service catalog for OpenAPI and AsyncAPI contracts')
    .version(toolVersion(), '-v, --version')
    .showHelpAfterError('(run apigov --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerLint(program);
  registerDiff(program);
  registerRules(program);
  registerExplain(program);
  registerInit(program);
  registerCatalog(program);
  registerCheck(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  installSignalHandlers();
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    return handleError(error);
  }
}

export function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    // help and version are not errors; commander already printed its message
    return error.exitCode === 0 ? EXIT_OK : EXIT_INPUT;
  }
  if (error instanceof AggregateInputError) {
    for (const e of error.errors) printError(e.format());
    return EXIT_INPUT;
  }
  if (isInputError(error)) {
    printError(error.format());
    return EXIT_INPUT;
  }
  // A bug, not the user's fault: one line, no stack trace unless asked for.
  const message = innermostMessage(error);
  printError(`internal error: ${message} (set APIGOV_DEBUG=1 for details; please report it)`);
  if (process.env.APIGOV_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  return EXIT_INPUT;
}

/**
 * Spectral reports a failing rule function as an AggregateError ("Error running Nimma") whose causes
 * name the function and the real error: show those.
 */
function innermostMessage(error: unknown): string {
  const inner = (error as { errors?: unknown[] }).errors?.[0] ?? error;
  const messages: string[] = [];
  for (let e: unknown = inner; e instanceof Error && messages.length < 4; e = (e as Error & { cause?: unknown }).cause) messages.push(e.message);
  const named = messages.find((m) => m.startsWith('Function "'));
  const root = messages[messages.length - 1] ?? String(error);
  return named !== undefined && named !== root ? `${named.replace(/: .*$/, '')}: ${root}` : root;
}
