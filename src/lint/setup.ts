/** From config and command-line flags to a ready lint engine and load options; shared by every command that lints. */
import path from 'node:path';
import { InputError } from '../document/errors.js';
import type { LoadOptions } from '../document/load.js';
import { DEFAULT_MAX_FILE_BYTES, parseSize } from '../document/parse.js';
import { loadConfig, type LoadedConfig } from './config.js';
import { LintEngine } from './engine.js';
import type { Severity } from './finding.js';
import { buildRuleset, type LoadedRuleset } from './ruleset-loader.js';
import { loadSettings } from './settings.js';
import type { LintSettings } from './context.js';

export interface LintFlags {
  cwd: string;
  config?: string | undefined;
  ruleset?: string | undefined;
  failSeverity?: Severity | undefined;
  maxFileSize?: string | undefined;
  allowRemoteRefs?: boolean | undefined;
  root?: string | undefined;
}

export interface LintSetup {
  loaded: LoadedConfig;
  ruleset: LoadedRuleset;
  /** the ruleset entries in force (names or files, as configured) */
  rulesetNames: string[];
  /** data the rule functions read (the merged canonical dictionary, ...) */
  settings: LintSettings;
  engine: LintEngine;
  loadOptions: LoadOptions;
  failSeverity: Severity;
}

/** Config and contract-loading options from the flags every command that reads contracts shares. */
export function setupLoading(flags: Pick<LintFlags, 'cwd' | 'config' | 'maxFileSize' | 'allowRemoteRefs' | 'root'>): { loaded: LoadedConfig; loadOptions: LoadOptions } {
  const loaded = loadConfig(flags.cwd, flags.config);
  const { config, dir } = loaded;
  const maxFileBytes = sizeOption(flags.maxFileSize, '--max-file-size') ?? sizeOption(config.maxFileSize, 'maxFileSize') ?? DEFAULT_MAX_FILE_BYTES;
  const root = flags.root ?? (config.root !== undefined ? path.resolve(dir, config.root) : undefined);
  return {
    loaded,
    loadOptions: {
      cwd: flags.cwd,
      maxFileBytes,
      allowRemoteRefs: flags.allowRemoteRefs ?? config.allowRemoteRefs ?? false,
      ...(root !== undefined ? { projectRoot: path.resolve(flags.cwd, root) } : {}),
    },
  };
}

export async function setupLint(flags: LintFlags): Promise<LintSetup> {
  const { loaded, loadOptions } = setupLoading(flags);
  const { config, dir } = loaded;
  const entries = flags.ruleset !== undefined ? [flags.ruleset] : config.ruleset !== undefined ? [config.ruleset] : (config.extends ?? ['apigov:retail']);
  // a --ruleset file is relative to the working directory, config entries to the config file
  const baseDir = flags.ruleset !== undefined ? flags.cwd : dir;
  const ruleset = await buildRuleset(entries, { ...(config.rules ?? {}) }, baseDir, { docsBaseUrl: config.docsBaseUrl });
  const settings = loadSettings(config, dir);
  return {
    loaded,
    ruleset,
    rulesetNames: entries.map((e) => (typeof e === 'string' ? e : e[0])),
    settings,
    engine: new LintEngine(ruleset.ruleset, settings, ruleset.docsUrls),
    loadOptions,
    failSeverity: flags.failSeverity ?? config.failSeverity ?? 'error',
  };
}

function sizeOption(value: string | number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const bytes = parseSize(value);
  if (bytes === undefined) throw new InputError('usage', `${name}: invalid size "${value}" (use e.g. 100MB, 512KB or a number of bytes)`);
  return bytes;
}
