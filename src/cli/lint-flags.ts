/** The lint options every linting command shares (lint, check, catalog), as the lint setup takes them. */
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
