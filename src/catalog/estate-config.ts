/**
 * estate.yaml: the teams, domains and systems of the organisation (estate check
 * estate-owner-unknown, Backstage Domain owners). Given with --estate-config, or found in the
 * scanned folder, beside it, or beside apigov.yaml. Validated against schemas/estate.schema.json:
 * a bad file is an input error naming the key and its line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject } from 'ajv';
import { InputError } from '../document/errors.js';
import { parseConfigFile } from '../document/parse.js';
import { isObject, parsePointer } from '../document/pointer.js';
import { isInside } from '../document/resolve.js';
import { describeConfigError } from '../lint/config.js';
import { SCHEMAS_DIR } from '../paths.js';

export interface TeamConfig {
  id: string;
  name: string | null;
  email: string | null;
  /** domains the team owns contracts in; null = not restricted */
  domains: string[] | null;
}

export interface DomainConfig {
  id: string;
  name: string | null;
  owner: string | null;
  description: string | null;
}

export interface SystemConfig {
  id: string;
  name: string | null;
  owner: string | null;
  domain: string | null;
  description: string | null;
}

export interface EstateConfig {
  /** the file as the user sees it */
  file: string;
  /** null: the section is absent and not checked */
  teams: TeamConfig[] | null;
  domains: DomainConfig[] | null;
  systems: SystemConfig[] | null;
}

export const ESTATE_FILE_NAMES = ['estate.yaml', 'estate.yml'];

/**
 * In each scanned folder, beside it (when that is still inside the working directory, so a scan of
 * `.` never picks up a neighbouring project's file), then beside apigov.yaml (or in the working directory).
 */
export function findEstateConfig(inputs: readonly string[], cwd: string, configDir: string): string | undefined {
  const dirs: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input.replace(/[*?[\]{}].*$/, '') || '.');
    let dir = absolute;
    try {
      if (!fs.statSync(absolute).isDirectory()) dir = path.dirname(absolute);
    } catch {
      dir = path.dirname(absolute);
    }
    dirs.push(dir);
    if (dir !== cwd && isInside(cwd, path.dirname(dir))) dirs.push(path.dirname(dir));
  }
  dirs.push(configDir);
  for (const dir of dirs) {
    for (const name of ESTATE_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

export function loadEstateConfig(file: string, cwd: string): EstateConfig {
  const display = path.relative(cwd, file) || file;
  const parsed = parseConfigFile(file, display, 'estate config not found');
  // an empty file is an empty estate, as a file with only comments is
  const data = parsed === undefined || parsed.data === null ? {} : parsed.data;
  if (validator === undefined) {
    const require = createRequire(import.meta.url);
    validator = new Ajv({ allErrors: true, strict: false }).compile(require(path.join(SCHEMAS_DIR, 'estate.schema.json')) as object);
  }
  if (!validator(data)) {
    const error = deepestError(validator.errors ?? []);
    const where =
      error.keyword === 'additionalProperties'
        ? [...parsePointer(error.instancePath), String((error.params as { additionalProperty: string }).additionalProperty)]
        : parsePointer(error.instancePath);
    const line = parsed?.positions.locate([where])[0]?.line;
    throw new InputError('config', describeConfigError(error, where), display, line);
  }
  const config = data as Record<string, unknown>;
  const result: EstateConfig = {
    file: display,
    teams: section(config.teams, (item) => ({ id: item.id as string, name: optionalText(item.name), email: optionalText(item.email), domains: Array.isArray(item.domains) ? (item.domains as string[]) : null })),
    domains: section(config.domains, (item) => ({ id: item.id as string, name: optionalText(item.name), owner: optionalText(item.owner), description: optionalText(item.description) })),
    systems: section(config.systems, (item) => ({
      id: item.id as string,
      name: optionalText(item.name),
      owner: optionalText(item.owner),
      domain: optionalText(item.domain),
      description: optionalText(item.description),
    })),
  };
  for (const key of ['teams', 'domains', 'systems'] as const) {
    const seen = new Set<string>();
    (result[key] ?? []).forEach((item, i) => {
      if (seen.has(item.id)) {
        const line = parsed?.positions.locate([[key, String(i)]])[0]?.line;
        throw new InputError('config', `"${key}.${i}" repeats the id "${item.id}"`, display, line);
      }
      seen.add(item.id);
    });
  }
  return result;
}

/**
 * The error that explains best: the deepest, counting an unknown key as one level below its object
 * (so `teams[0].colour` wins over "teams[0] must be a string" from the other branch of the oneOf).
 */
function deepestError(errors: ErrorObject[]): ErrorObject {
  const depth = (e: ErrorObject) => parsePointer(e.instancePath).length + (e.keyword === 'additionalProperties' ? 1 : 0);
  const relevant = errors.filter((e) => e.keyword !== 'oneOf');
  const list = relevant.length > 0 ? relevant : errors;
  return list.reduce((best, e) => (depth(e) > depth(best) ? e : best), list[0]!);
}

function section<T>(value: unknown, fromObject: (item: Record<string, unknown>) => T): T[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((item) => fromObject(isObject(item) ? item : { id: item }));
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
