/**
 * The property naming convention a contract actually uses. A contract written throughout in another
 * convention than the configured one (Stripe, GitHub and Square use snake_case) is told so once by
 * naming-property-case; other rules then accept names in that convention where only the case differs
 * (`location_id` is the canonical `locationId`, spelled the contract's way).
 */
import type { CanonicalDictionary } from '../../lint/canonical.js';
import { compilePattern } from './patterns.js';
import type { ValueView } from './values.js';
import { hasCase, NAME_CASES, splitWords, type NameCase } from './words.js';

/** Below this many offending properties, each is reported; a small API is fixed name by name. */
export const SUMMARY_MIN_NAMES = 20;
/** Share of the properties with multi-word names that must follow the other convention. */
export const SUMMARY_SHARE = 0.8;

export function configuredCase(dict: CanonicalDictionary): NameCase {
  const configured = dict.naming?.propertyCase ?? 'camelCase';
  return (NAME_CASES as string[]).includes(configured) ? (configured as NameCase) : 'camelCase';
}

/** Property names no convention applies to (`naming.propertyCaseExempt`: _links, @context, $schema). */
export function caseExemptions(dict: CanonicalDictionary): RegExp[] {
  return (dict.naming?.propertyCaseExempt ?? []).map((p) => compilePattern(p)).filter((re): re is RegExp => re !== null);
}

/**
 * The convention a contract uses instead of the configured one, when it does so throughout: at least
 * SUMMARY_MIN_NAMES offending properties and SUMMARY_SHARE of its properties with multi-word names
 * (`names` maps each name to how many properties carry it). Undefined otherwise.
 */
export function dominantOtherCase(names: ReadonlyMap<string, number>, nameCase: NameCase): NameCase | undefined {
  let multiWord = 0;
  const counts = new Map<NameCase, number>();
  for (const [name, uses] of names) {
    if (splitWords(name).length < 2) continue;
    multiWord += uses;
    if (hasCase(name, nameCase)) continue;
    const other = NAME_CASES.find((c) => c !== nameCase && hasCase(name, c));
    if (other !== undefined) counts.set(other, (counts.get(other) ?? 0) + uses);
  }
  for (const [other, count] of counts) {
    if (count >= SUMMARY_MIN_NAMES && count >= SUMMARY_SHARE * multiWord) return other;
  }
  return undefined;
}

export interface PropertyConvention {
  configured: NameCase;
  /** the other convention the contract uses throughout, if any */
  dominant: NameCase | undefined;
  /** properties per name, exempt names left out */
  uses: ReadonlyMap<string, number>;
}

const conventions = new WeakMap<ValueView, PropertyConvention>();

/** The contract's property convention, computed once per lint run. */
export function propertyConventionOf(view: ValueView, dict: CanonicalDictionary): PropertyConvention {
  let convention = conventions.get(view);
  if (convention === undefined) {
    const configured = configuredCase(dict);
    const exempt = caseExemptions(dict);
    const uses = new Map<string, number>();
    for (const [name, group] of view.byName()) {
      if (exempt.some((re) => re.test(name))) continue;
      const count = group.reduce((n, v) => n + (v.kind === 'property' ? 1 : 0), 0);
      if (count > 0) uses.set(name, count);
    }
    convention = { configured, dominant: dominantOtherCase(uses, configured), uses };
    conventions.set(view, convention);
  }
  return convention;
}

/** Is `name` the `canonical` name spelled in the contract's own (dominant) convention? */
export function isCaseVariantInConvention(name: string, canonical: string, convention: PropertyConvention): boolean {
  if (convention.dominant === undefined || !hasCase(name, convention.dominant)) return false;
  const a = splitWords(name);
  const b = splitWords(canonical);
  return a.length === b.length && a.every((w, i) => b[i] === w);
}
