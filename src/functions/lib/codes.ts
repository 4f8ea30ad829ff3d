/**
 * Code-list strings (ISO 4217 currencies, ISO 3166 alpha-2 countries): a string with a pattern that
 * behaves like the standard's, the standard's format name, or an enum of well-formed codes.
 */
import { patternBehaves } from './patterns.js';
import { numericTypes } from './facts.js';
import type { SchemaFacts } from './facts.js';

export interface CodeSpec {
  /** what the codes are, for messages: "ISO 4217 currency code" */
  label: string;
  /** the pattern the dictionary prescribes, e.g. ^[A-Z]{3}$ */
  pattern: string;
  /** the format name the dictionary accepts instead, e.g. iso-4217 */
  format: string;
  /** well-formed codes, for enum values */
  shape: RegExp;
  accept: readonly string[];
  reject: readonly string[];
}

export function currencySpec(pattern: string, format: string): CodeSpec {
  return { label: 'ISO 4217 currency code', pattern, format, shape: /^[A-Z]{3}$/, accept: ['EUR', 'USD', 'JPY'], reject: ['eur', 'Eur', 'EURO', 'EU', '€', 'E1R', '', '$'] };
}

export function countrySpec(pattern: string, format: string): CodeSpec {
  return { label: 'ISO 3166-1 alpha-2 country code', pattern, format, shape: /^[A-Z]{2}$/, accept: ['DE', 'US', 'GB'], reject: ['de', 'De', 'DEU', 'D', 'D1', '', 'Germany'] };
}

/** What is wrong with a code-list value's schema, or undefined. Objects and arrays are not judged. */
export function codeProblem(facts: SchemaFacts, spec: CodeSpec): string | undefined {
  const numeric = numericTypes(facts);
  if (numeric.length > 0) return `is typed ${numeric.join('/')}: an ${spec.label} is a string`;
  if (!facts.types.has('string')) return undefined;
  if (facts.enum !== undefined) {
    const bad = facts.enum.filter((v) => v !== null && (typeof v !== 'string' || !spec.shape.test(v)));
    if (bad.length > 0) return `has enum values that are not ${spec.label}s: ${bad.slice(0, 3).map((v) => JSON.stringify(v)).join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''}`;
    return undefined; // a closed list of well-formed codes is stricter than the pattern
  }
  if (facts.format === spec.format) return undefined;
  if (facts.pattern !== undefined) {
    if (patternBehaves(facts.pattern, spec.accept, spec.reject)) return undefined;
    return `has pattern ${facts.pattern}, which does not limit it to an ${spec.label} (${spec.pattern})`;
  }
  return `is a string with neither pattern ${spec.pattern} nor format: ${spec.format}`;
}
