/**
 * apigov's own reader for Spectral-format rulesets (YAML or JSON). It maps `extends` names
 * (`apigov:retail`, `spectral:oas`, `spectral:asyncapi`, relative files), function names (Spectral's
 * core functions, apigov's `src/functions`, a ruleset's `functionsDir`) and format names to the objects
 * spectral-core expects, and builds a spectral `Ruleset` without a bundler.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT, RULESETS_DIR } from '../paths.js';
import jsyaml from 'js-yaml';
import { Ruleset, type RulesetDefinition } from '@stoplight/spectral-core';
import * as spectralFunctions from '@stoplight/spectral-functions';
import * as spectralFormats from '@stoplight/spectral-formats';
import { InputError } from '../document/errors.js';
import { isObject } from '../document/pointer.js';
import { apigovFunctions } from '../functions/index.js';
import { installTrustedValidation, markTrusted } from './trusted-rulesets.js';

installTrustedValidation();

export { PACKAGE_ROOT, RULESETS_DIR } from '../paths.js';

const BUILTIN_FILES: Record<string, string> = {
  'apigov:retail': path.join(RULESETS_DIR, 'retail.yaml'),
  'apigov:structure': path.join(RULESETS_DIR, 'structure.yaml'),
  'apigov:retail-openapi': path.join(RULESETS_DIR, 'retail-openapi.yaml'),
  'apigov:retail-asyncapi': path.join(RULESETS_DIR, 'retail-asyncapi.yaml'),
};

// Spectral's own rulesets are large modules: load them only when a ruleset names them.
const BUILTIN_OBJECTS: Record<string, () => Promise<unknown>> = {
  'spectral:oas': async () => (await import('@stoplight/spectral-rulesets')).oas,
  'spectral:asyncapi': async () => (await import('@stoplight/spectral-rulesets')).asyncapi,
};

export const BUILTIN_RULESET_NAMES = [...Object.keys(BUILTIN_FILES), ...Object.keys(BUILTIN_OBJECTS)];

type AnyFunction = (...args: never[]) => unknown;

const FORMAT_ALIASES: Record<string, string> = { asyncapi3: 'aas3', oas2_0: 'oas2' };

export interface RulesetOptions {
  /** resolved doc links are rewritten onto this base (`<base>/<rule-id>.md`) for rules shipped with apigov */
  docsBaseUrl?: string | undefined;
}

/** Everything that went into a ruleset, for `apigov rules` and error messages. */
export interface LoadedRuleset {
  ruleset: Ruleset;
  /** files read, in load order */
  files: string[];
  /**
   * rule name → documentation URL. Kept beside the spectral ruleset because spectral only accepts
   * http(s) links, and apigov's own docs are local files unless docsBaseUrl is configured.
   */
  docsUrls: Map<string, string>;
}

/**
 * Build a ruleset from a list of `extends` entries plus severity overrides (from apigov.yaml or the
 * command line). `baseDir` resolves relative entries.
 */
export async function buildRuleset(
  entries: ReadonlyArray<string | [string, string]>,
  ruleOverrides: Record<string, unknown>,
  baseDir: string,
  options: RulesetOptions = {},
): Promise<LoadedRuleset> {
  const loader = new RulesetLoader(options);
  const extendsList = [];
  for (const entry of entries) extendsList.push(await loader.resolveExtends(entry, baseDir, 'apigov.yaml'));
  assertSeverityOverrides(ruleOverrides);
  // the overrides are severities only (checked above), the rest is resolved extends entries
  const definition = markTrusted({ extends: extendsList, rules: ruleOverrides }) as unknown as RulesetDefinition;
  try {
    const ruleset = new Ruleset(definition, { severity: 'recommended', source: path.join(baseDir, 'apigov.yaml') });
    return { ruleset, files: loader.files, docsUrls: loader.docsUrls };
  } catch (error) {
    throw new InputError('config', `invalid ruleset: ${describeSpectralError(error)}`);
  }
}

const SEVERITY_OVERRIDES = new Set<unknown>(['off', 'error', 'warn', 'info', 'hint', true, false]);

function assertSeverityOverrides(overrides: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(overrides)) {
    if (!SEVERITY_OVERRIDES.has(value)) throw new InputError('config', `rules.${name}: expected off, error, warn, info, hint, true or false, got ${JSON.stringify(value)}`);
  }
}

class RulesetLoader {
  readonly files: string[] = [];
  readonly docsUrls = new Map<string, string>();
  private readonly cache = new Map<string, unknown>();
  private readonly loading = new Set<string>();

  constructor(private readonly options: RulesetOptions) {}

  async resolveExtends(entry: unknown, baseDir: string, from: string): Promise<unknown> {
    if (Array.isArray(entry)) {
      const [name, severity] = entry as [unknown, unknown];
      if (typeof name !== 'string' || !['all', 'recommended', 'off'].includes(String(severity))) {
        throw new InputError('config', `invalid extends entry ${JSON.stringify(entry)} (expected a name or [name, all|recommended|off])`, from);
      }
      return [await this.resolveExtends(name, baseDir, from), severity];
    }
    if (typeof entry !== 'string') throw new InputError('config', `invalid extends entry ${JSON.stringify(entry)}`, from);
    const builtin = BUILTIN_OBJECTS[entry];
    if (builtin !== undefined) return builtin();
    const file = BUILTIN_FILES[entry] ?? (entry.includes(':') && !/^[a-z]:[\\/]/i.test(entry) ? undefined : path.resolve(baseDir, entry));
    if (file === undefined) {
      throw new InputError('config', `unknown ruleset "${entry}" (built in: ${BUILTIN_RULESET_NAMES.join(', ')}; or a relative file)`, from);
    }
    return this.loadFile(file, from);
  }

  async loadFile(file: string, from: string): Promise<unknown> {
    const cached = this.cache.get(file);
    if (cached !== undefined) return cached;
    if (this.loading.has(file)) throw new InputError('config', `ruleset extends itself in a cycle: ${file}`, from);
    this.loading.add(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new InputError('not-found', 'ruleset file not found', displayPath(file));
    }
    let raw: unknown;
    try {
      raw = file.endsWith('.json') ? JSON.parse(text) : jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    } catch (error) {
      const mark = (error as { mark?: { line: number } }).mark;
      throw new InputError('config', `invalid ruleset: ${(error as { reason?: string }).reason ?? (error as Error).message}`, displayPath(file), mark ? mark.line + 1 : undefined);
    }
    if (!isObject(raw)) throw new InputError('config', 'a ruleset must be a mapping with rules and/or extends', displayPath(file));
    this.files.push(file);
    const definition = await this.convert(raw, file);
    // apigov's own ruleset files are validated with Spectral's validator by the tests, not at every run
    if (path.dirname(file) === RULESETS_DIR) markTrusted(definition);
    this.loading.delete(file);
    this.cache.set(file, definition);
    return definition;
  }

  private async convert(raw: Record<string, unknown>, file: string): Promise<Record<string, unknown>> {
    const dir = path.dirname(file);
    const where = displayPath(file);
    const out: Record<string, unknown> = {};
    const localFunctions = await loadFunctionsDir(raw, dir, where);
    for (const [key, value] of Object.entries(raw)) {
      switch (key) {
        case 'extends': {
          const list = typeof value === 'string' || (Array.isArray(value) && value.length === 2 && ['all', 'recommended', 'off'].includes(String(value[1])) && typeof value[0] === 'string')
            ? [value]
            : Array.isArray(value)
              ? value
              : [value];
          const resolved = [];
          for (const entry of list) resolved.push(await this.resolveExtends(entry, dir, where));
          out.extends = resolved;
          break;
        }
        case 'formats':
          out.formats = toFormats(value, where, 'formats');
          break;
        case 'rules':
          out.rules = this.convertRules(value, localFunctions, file);
          break;
        case 'aliases':
          out.aliases = convertAliases(value, where);
          break;
        case 'functions':
        case 'functionsDir':
          break; // consumed by loadFunctionsDir
        case 'documentationUrl': {
          const url = this.docUrl(value, dir, undefined);
          if (typeof url === 'string' && /^https?:/i.test(url)) out.documentationUrl = url;
          break;
        }
        default:
          out[key] = value;
      }
    }
    return out;
  }

  private convertRules(value: unknown, localFunctions: Record<string, AnyFunction>, file: string): Record<string, unknown> {
    const where = displayPath(file);
    if (!isObject(value)) throw new InputError('config', '"rules" must be a mapping of rule names', where);
    const rules: Record<string, unknown> = {};
    for (const [name, rule] of Object.entries(value)) {
      if (!isObject(rule)) {
        rules[name] = rule; // a severity or on/off override of an inherited rule
        continue;
      }
      const converted: Record<string, unknown> = { ...rule };
      const thens = Array.isArray(rule.then) ? rule.then : [rule.then];
      converted.then = thens.map((then) => {
        if (!isObject(then)) throw new InputError('config', `rule "${name}": "then" must be a mapping`, where);
        const fnName = then.function;
        if (typeof fnName !== 'string') throw new InputError('config', `rule "${name}": "then.function" must name a function`, where);
        const fn = localFunctions[fnName] ?? apigovFunctions[fnName] ?? (spectralFunctions as unknown as Record<string, AnyFunction>)[fnName];
        if (typeof fn !== 'function') {
          throw new InputError('config', `rule "${name}" uses unknown function "${fnName}" (declare it under "functions" with a "functionsDir")`, where);
        }
        return { ...then, function: fn };
      });
      if (!Array.isArray(rule.then)) converted.then = (converted.then as unknown[])[0];
      if (rule.formats !== undefined) converted.formats = toFormats(rule.formats, where, `rule "${name}" formats`);
      if (rule.documentationUrl !== undefined) {
        const url = this.docUrl(rule.documentationUrl, path.dirname(file), name);
        if (typeof url === 'string') this.docsUrls.set(name, url);
        if (typeof url !== 'string' || !/^https?:/i.test(url)) delete converted.documentationUrl;
        else converted.documentationUrl = url;
      }
      rules[name] = converted;
    }
    return rules;
  }

  /** Relative doc links resolve against the ruleset file; links into apigov's docs can be rebased. */
  private docUrl(value: unknown, dir: string, ruleName: string | undefined): unknown {
    if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
    const target = path.resolve(dir, value);
    const docsDir = path.join(PACKAGE_ROOT, 'docs');
    if (this.options.docsBaseUrl !== undefined && ruleName !== undefined && target.startsWith(docsDir + path.sep)) {
      return `${this.options.docsBaseUrl.replace(/\/$/, '')}/${path.relative(docsDir, target).split(path.sep).join('/')}`;
    }
    return pathToFileURL(target).href;
  }
}

async function loadFunctionsDir(raw: Record<string, unknown>, dir: string, where: string): Promise<Record<string, AnyFunction>> {
  const names = raw.functions;
  if (names === undefined) return {};
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
    throw new InputError('config', '"functions" must be a list of function names', where);
  }
  const functionsDir = path.resolve(dir, typeof raw.functionsDir === 'string' ? raw.functionsDir : 'functions');
  const loaded: Record<string, AnyFunction> = {};
  for (const name of names as string[]) {
    const candidates = ['.js', '.mjs', '.cjs'].map((ext) => path.join(functionsDir, name + ext));
    const file = candidates.find((c) => fs.existsSync(c));
    if (file === undefined) throw new InputError('config', `function "${name}" not found in ${displayPath(functionsDir)}`, where);
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    } catch (error) {
      throw new InputError('config', `cannot load function "${name}": ${(error as Error).message}`, displayPath(file));
    }
    const fn = mod.default;
    if (typeof fn !== 'function') throw new InputError('config', `function "${name}" must be the default export`, displayPath(file));
    loaded[name] = fn as AnyFunction;
  }
  return loaded;
}

function toFormats(value: unknown, where: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw new InputError('config', `${what} must be a list of format names`, where);
  return value.map((name) => {
    const key = FORMAT_ALIASES[String(name)] ?? String(name);
    const format = (spectralFormats as unknown as Record<string, unknown>)[key];
    if (typeof format !== 'function') throw new InputError('config', `${what}: unknown format "${String(name)}"`, where);
    return format;
  });
}

function convertAliases(value: unknown, where: string): unknown {
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [name, alias] of Object.entries(value)) {
    if (isObject(alias) && Array.isArray(alias.targets)) {
      out[name] = { ...alias, targets: alias.targets.map((t) => (isObject(t) && t.formats !== undefined ? { ...t, formats: toFormats(t.formats, where, `alias "${name}"`) } : t)) };
    } else out[name] = alias;
  }
  return out;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** Spectral's ruleset validation errors can be aggregates; show them on one line. */
export function describeSpectralError(error: unknown): string {
  const e = error as { errors?: unknown[]; message?: string };
  if (Array.isArray(e.errors) && e.errors.length > 0) {
    return e.errors.map((inner) => (inner as { message?: string }).message ?? String(inner)).join('; ');
  }
  return e.message ?? String(error);
}
