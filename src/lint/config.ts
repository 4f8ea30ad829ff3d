/**
 * apigov.yaml: found upward from the working directory (or given with --config), validated against
 * schemas/config.schema.json. An invalid config is an input error naming the key and its line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';
import { InputError } from '../document/errors.js';
import { parseConfigFile } from '../document/parse.js';
import { parsePointer } from '../document/pointer.js';
import { SCHEMAS_DIR } from '../paths.js';
import type { Severity } from './finding.js';

export type RuleSetting = 'off' | Severity | boolean;

export interface ConfigOverride {
  files: string[];
  pointer?: string;
  rules: Record<string, RuleSetting>;
}

export interface ApigovConfig {
  extends?: Array<string | [string, 'all' | 'recommended' | 'off']>;
  ruleset?: string;
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
  failSeverity?: Severity;
  maxWarnings?: number;
  maxFileSize?: number | string;
  allowRemoteRefs?: boolean;
  root?: string;
  docsBaseUrl?: string;
  canonical?: Record<string, unknown>;
  baseline?: string;
  waivers?: string;
  diff?: DiffConfig;
  catalog?: CatalogConfig;
  freeze?: FreezeWindow[];
}

/** A change freeze (e.g. peak trading): `apigov check` fails breaking changes during it. */
export interface FreezeWindow {
  /** YYYY-MM-DD, first day */
  from: string;
  /** YYYY-MM-DD, last day */
  to: string;
  reason: string;
  /** also fail any change to a contract whose x-lifecycle is production */
  production?: boolean;
}

/** The `diff:` section: how `apigov diff` judges and fails. */
export interface DiffConfig {
  failOn?: 'breaking' | 'warning' | 'none';
  versionCheck?: boolean;
  includeInfo?: boolean;
  checks?: Record<string, 'breaking' | 'warning' | 'info' | 'off'>;
}

/** `catalog:` in apigov.yaml (apigov catalog). */
export interface CatalogConfig {
  out?: string;
  formats?: string[];
  estateConfig?: string;
  /** estate check id → off or a severity */
  checks?: Record<string, 'off' | Severity>;
  /** score weight per rule area */
  weights?: Record<string, number>;
}

export interface LoadedConfig {
  config: ApigovConfig;
  /** the config file, or undefined when none was found (defaults apply) */
  file: string | undefined;
  /** relative paths in the config resolve against this folder */
  dir: string;
}

export const CONFIG_FILE_NAMES = ['apigov.yaml', 'apigov.yml'];

export function findConfigFile(cwd: string): string | undefined {
  let dir = cwd;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let validateConfig: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

function validator() {
  if (validateConfig === undefined) {
    const require = createRequire(import.meta.url);
    const schema = require(path.join(SCHEMAS_DIR, 'config.schema.json')) as object;
    validateConfig = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validateConfig;
}

export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const file = explicit !== undefined ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (file === undefined) return { config: {}, file: undefined, dir: cwd };
  const display = path.relative(cwd, file) || file;
  const parsed = parseConfigFile(file, display, 'config file not found');
  if (parsed === undefined) return { config: {}, file, dir: path.dirname(file) };
  const data = parsed.data === null ? {} : parsed.data;
  const validate = validator();
  if (!validate(data)) {
    const error = mostSpecific(validate.errors ?? []);
    const at = error.keyword === 'additionalProperties' ? [...parsePointer(error.instancePath), String((error.params as { additionalProperty: string }).additionalProperty)] : parsePointer(error.instancePath);
    const line = parsed.positions.locate([at])[0]?.line;
    throw new InputError('config', describeConfigError(error, at), display, line);
  }
  return { config: data as ApigovConfig, file, dir: path.dirname(file) };
}

/** The deepest error explains best (a oneOf failure reports the branch errors first). */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const relevant = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const list = relevant.length > 0 ? relevant : errors;
  return list.reduce((best, e) => (e.instancePath.length > best.instancePath.length ? e : best), list[0]!);
}

export function describeConfigError(error: ErrorObject, at: string[]): string {
  const key = at.length === 0 ? 'the config' : `"${at.join('.')}"`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key ${key}`;
    case 'enum':
      return `${key} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `${key} is missing "${String(params.missingProperty)}"`;
    default:
      return `${key} ${error.message ?? 'is invalid'}`;
  }
}
