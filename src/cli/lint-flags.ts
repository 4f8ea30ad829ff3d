/** The lint options every linting command shares (lint, check, catalog), as the lint setup takes them. */
import type { Command } from 'commander';
import { isSeverity } from '../lint/finding.js';
import type { LintFlags } from '../lint/setup.js';

export interface SharedLintOptions {
  config?: string | undefined;
  ruleset?: string | undefined;
  failSeverity?: string | undefined;
  maxFileSize?: string | undefined;
  allowRemoteRefs?: boolean | undefined;
  root?: string | undefined;
}

export function lintFlags(options: SharedLintOptions, cwd: string): LintFlags {
  return {
    cwd,
    config: options.config,
    ruleset: options.ruleset,
    failSeverity: isSeverity(options.failSeverity) ? options.failSeverity : undefined,
    maxFileSize: options.maxFileSize,
    allowRemoteRefs: options.allowRemoteRefs,
    root: options.root,
  };
}

/** The options that say where contracts may be read from, the same on every command that reads them. */
export function withLoadingOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: apigov.yaml found upward from the working directory)')
    .option('--max-file-size <size>', 'largest contract file to read (default 100MB)')
    .option('--allow-remote-refs', 'fetch http(s) $refs (off by default: no network access)')
    .option('--root <dir>', 'project root that file $refs may not leave (default: nearest folder with apigov.yaml or .git)');
}

/** --waivers FILE and --no-waivers, the same on every command that applies waivers. */
export function withWaiverOptions(command: Command): Command {
  return command
    .option('--waivers <file>', 'waivers file (default: apigov-waivers.yaml beside apigov.yaml, when it exists)')
    .option('--no-waivers', 'ignore waivers: every finding and change counts');
}

