/**
 * Typed reads of the canonical dictionary keys the errors-, version-, security- and owner- rules use
 * (rulesets/canonical/retail.yaml, overridable under `canonical:` in apigov.yaml). The defaults live
 * in that YAML file; a key a team removes (`null`) reads as an empty list or no pattern.
 */
import { getAtPath } from '../../document/pointer.js';
import type { CanonicalDictionary } from '../../lint/canonical.js';

export function dictionaryList(dictionary: CanonicalDictionary, path: string[]): string[] {
  const value = getAtPath(dictionary, path);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function dictionaryString(dictionary: CanonicalDictionary, path: string[]): string | undefined {
  const value = getAtPath(dictionary, path);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const compiled = new Map<string, RegExp | null>();

/**
 * A pattern from the dictionary, compiled once. buildCanonical has already refused invalid ones; a
 * pattern that still fails to compile reads as absent rather than breaking the lint run.
 */
export function dictionaryPattern(dictionary: CanonicalDictionary, path: string[]): RegExp | undefined {
  const source = dictionaryString(dictionary, path);
  if (source === undefined) return undefined;
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(source, 'u');
    } catch {
      pattern = null;
    }
    compiled.set(source, pattern);
  }
  return pattern ?? undefined;
}

/** Lower-case with `_`, `-` and `.` removed: `access_token`, `Access-Token` and `accessToken` compare equal. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '');
}
