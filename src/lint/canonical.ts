/**
 * The canonical dictionary (rulesets/canonical/retail.yaml) merged with a team's `canonical:` section
 * of apigov.yaml: objects merge key by key, lists replace, `null` removes an entry. Rule functions and
 * estate checks read it through `canonicalOf`; nothing about ids, money or time is hard-coded.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import type { RulesetFunctionContext } from '@stoplight/spectral-core';
import { InputError } from '../document/errors.js';
import { getAtPath, isObject } from '../document/pointer.js';
import { lintContextOf } from './context.js';
import { RULESETS_DIR } from '../paths.js';

export interface CanonicalId {
  entity?: string;
  type: string;
  format?: string;
  /** formats accepted besides `format` (orderId: a pattern or a uuid) */
  formats?: string[];
  pattern?: string;
  maxLengthRequired?: boolean;
  checkDigit?: string;
  /** accepted alternative names (gtin: ean, upc) */
  aliases?: string[];
  /** forbidden names for the same thing, matched case-insensitively on the whole name */
  synonyms: string[];
  note?: string;
}

export interface CanonicalDictionary {
  ids: Record<string, CanonicalId>;
  entities: string[];
  domains: string[];
  money: {
    words: string[];
    weakWords: string[];
    loneWords: string[];
    weakWordQualifiers: string[];
    excludeWords: string[];
    amountMembers: string[];
    currencyMembers: string[];
    amountPattern: string;
    minorUnitSuffixes: string[];
    minorUnitWords: string[];
    decimalFormats: string[];
  };
  time: {
    instantSuffix: string;
    dateSuffix: string;
    suffixes: string[];
    names: string[];
    notTime: string[];
    ambiguousNames: string[];
    durationQualifiers: string[];
    suffixExempt: string[];
    durationSuffixes: string[];
    durationUnitSuffixes: string[];
  };
  currency: { pattern: string; format: string; suffixes: string[] };
  country: { pattern: string; format: string; suffixes: string[]; prefix: string; excludeWords: string[] };
  idNames: { patterns: string[]; formats: string[]; notIdPathParameters: string[] };
  quantity: { names: string[]; suffixes: string[]; ambiguousNames: string[]; signedWords: string[] };
  naming: {
    propertyCase: string;
    propertyCaseExempt: string[];
    pathVerbs: string[];
    uncountableSegments: string[];
    fileExtensions: string[];
    operationVerbs: string[];
    lowercaseHeaders: string[];
    legacyXHeaders: string[];
  };
  sensitiveParameters: string[];
  /** anything else a team adds for its own functions */
  [key: string]: unknown;
}

let defaults: CanonicalDictionary | undefined;

export function defaultCanonical(): CanonicalDictionary {
  if (defaults === undefined) {
    const file = path.join(RULESETS_DIR, 'canonical', 'retail.yaml');
    defaults = jsyaml.load(fs.readFileSync(file, 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as CanonicalDictionary;
  }
  return structuredClone(defaults);
}

/** Defaults merged with overrides. Throws an input error for overrides of the wrong shape. */
export function buildCanonical(overrides: Record<string, unknown> | undefined): CanonicalDictionary {
  const base = defaultCanonical();
  if (overrides === undefined) return base;
  const merged = mergeValue(base, overrides, 'canonical') as CanonicalDictionary;
  for (const [name, entry] of Object.entries(merged.ids ?? {})) {
    if (!isObject(entry) || typeof entry.type !== 'string') {
      throw new InputError('config', `canonical.ids.${name} needs a "type" (e.g. string)`);
    }
    if (!Array.isArray(entry.synonyms)) (entry as CanonicalId).synonyms = [];
    for (const key of ['pattern'] as const) {
      const pattern = entry[key];
      if (pattern === undefined) continue;
      try {
        new RegExp(String(pattern), 'u');
      } catch {
        throw new InputError('config', `canonical.ids.${name}.pattern is not a valid regular expression: ${String(pattern)}`);
      }
    }
  }
  // patterns that rule functions compile: refuse a bad one here, with its key, rather than crash later
  for (const keyPath of [['ownership', 'teamPattern'], ['ownership', 'apiIdPattern'], ['security', 'oauthScopePattern'], ['events', 'typePattern']]) {
    const pattern = getAtPath(merged, keyPath);
    if (pattern === undefined || pattern === null) continue;
    try {
      new RegExp(String(pattern), 'u');
    } catch {
      throw new InputError('config', `canonical.${keyPath.join('.')} is not a valid regular expression: ${String(pattern)}`);
    }
  }
  checkNamingSettings(merged);
  return merged;
}

const PROPERTY_CASES = ['camelCase', 'snake_case', 'kebab-case', 'PascalCase'];

/** The heuristics a team may set for the ids-/naming- rules: a known case and valid regular expressions. */
function checkNamingSettings(dictionary: CanonicalDictionary): void {
  const propertyCase = dictionary.naming?.propertyCase;
  if (propertyCase !== undefined && !PROPERTY_CASES.includes(propertyCase)) {
    throw new InputError('config', `canonical.naming.propertyCase must be one of ${PROPERTY_CASES.join(', ')} (got ${JSON.stringify(propertyCase)})`);
  }
  const lists: Array<[string, unknown]> = [
    ['canonical.idNames.patterns', dictionary.idNames?.patterns],
    ['canonical.naming.propertyCaseExempt', dictionary.naming?.propertyCaseExempt],
  ];
  for (const [where, list] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new InputError('config', `${where} must be a list of regular expressions`);
    for (const pattern of list) {
      try {
        new RegExp(String(pattern), 'u');
      } catch {
        throw new InputError('config', `${where} holds an invalid regular expression: ${String(pattern)}`);
      }
    }
  }
}

function mergeValue(base: unknown, override: unknown, where: string): unknown {
  if (override === null) return undefined;
  if (isObject(base) && isObject(override)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(override)) {
      const merged = mergeValue(base[key], value, `${where}.${key}`);
      if (merged === undefined) delete out[key];
      else out[key] = merged;
    }
    return out;
  }
  if (base !== undefined && isObject(base) !== isObject(override)) {
    throw new InputError('config', `${where} must be ${isObject(base) ? 'a mapping' : Array.isArray(base) ? 'a list' : typeof base}`);
  }
  return override;
}

let sharedDefault: CanonicalDictionary | undefined;

/**
 * The dictionary for the lint run a rule function is part of. Without one in the settings (an API
 * caller's engine), one shared default: the rules' caches are keyed by the dictionary object.
 */
export function canonicalOf(fnContext: RulesetFunctionContext): CanonicalDictionary {
  const settings = lintContextOf(fnContext).settings;
  return (settings.canonical as CanonicalDictionary | undefined) ?? (sharedDefault ??= defaultCanonical());
}
