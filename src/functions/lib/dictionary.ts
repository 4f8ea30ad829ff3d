/**
 * Typed reads of the canonical dictionary keys the errors-, version-, security- and owner- rules use
 * (rulesets/canonical/retail.yaml, overridable under `canonical:` in apigov.yaml). The defaults live
 * in that YAML file; a key a team removes (`null`) reads as an empty list or no pattern.
 */
import { getAtPath } from '../../document/pointer.js';
import type { CanonicalDictionary } from '../../lint/canonical.js';
import { compilePattern } from './patterns.js';
import { stringList } from './words.js';

export function dictionaryList(dictionary: CanonicalDictionary, path: string[]): string[] {
  return stringList(getAtPath(dictionary, path));
}

export function dictionaryString(dictionary: CanonicalDictionary, path: string[]): string | undefined {
  const value = getAtPath(dictionary, path);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A pattern from the dictionary, compiled once. buildCanonical has already refused invalid ones; a
 * pattern that still fails to compile reads as absent rather than breaking the lint run.
 */
export function dictionaryPattern(dictionary: CanonicalDictionary, path: string[]): RegExp | undefined {
  const source = dictionaryString(dictionary, path);
  return source === undefined ? undefined : (compilePattern(source) ?? undefined);
}

/** Lower-case with `_`, `-` and `.` removed: `access_token`, `Access-Token` and `accessToken` compare equal. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, '');
}
