/**
 * naming-property-case: JSON property names follow the estate's case convention (camelCase by
 * default, `naming.propertyCase` in the canonical dictionary), in OpenAPI bodies and AsyncAPI payloads
 * alike. Message header names and conventional names (_links, @context, $schema) are left alone.
 *
 * A contract written throughout in another convention (Stripe and GitHub use snake_case) gets one
 * finding that says so, at its first such property, instead of one per property: the fix is one
 * decision (convert, or waive the rule for that contract), and 20 000 identical warnings would bury
 * every other finding. Names outside both conventions are still reported one by one.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf } from '../lint/canonical.js';
import { compilePattern } from './lib/patterns.js';
import { FindingSet, valueViewOf, type NamedValue } from './lib/values.js';
import { hasCase, NAME_CASES, splitWords, toCase, type NameCase } from './lib/words.js';

/** Below this many offending names, each is reported; a small API is fixed name by name. */
export const SUMMARY_MIN_NAMES = 20;
/** Share of the multi-word names that must follow the other convention for a summary. */
export const SUMMARY_SHARE = 0.8;

/** The message for a property name in the wrong case, or undefined. */
export function propertyCaseProblem(name: string, nameCase: NameCase, exempt: readonly RegExp[] = []): string | undefined {
  if (hasCase(name, nameCase) || exempt.some((re) => re.test(name))) return undefined;
  const suggestion = toCase(name, nameCase);
  return `property \`${name}\` is not ${nameCase}${suggestion !== '' && suggestion !== name ? `: use \`${suggestion}\`` : ''}`;
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

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function namingPropertyCase(_input, _options, fnContext) {
  const dict = canonicalOf(fnContext);
  const configured = dict.naming?.propertyCase ?? 'camelCase';
  const nameCase: NameCase = (NAME_CASES as string[]).includes(configured) ? (configured as NameCase) : 'camelCase';
  const exempt = (dict.naming?.propertyCaseExempt ?? []).map((p) => compilePattern(p)).filter((re): re is RegExp => re !== null);
  // judged per distinct name; the summary weighs each name by how many properties carry it
  const groups: Array<{ name: string; values: NamedValue[]; message: string }> = [];
  const uses = new Map<string, number>();
  for (const [name, group] of valueViewOf(fnContext).byName()) {
    const properties = group.filter((v) => v.kind === 'property');
    if (properties.length === 0 || exempt.some((re) => re.test(name))) continue;
    uses.set(name, properties.length);
    const message = propertyCaseProblem(name, nameCase);
    if (message !== undefined) groups.push({ name, values: properties, message });
  }
  const dominant = dominantOtherCase(uses, nameCase);
  const findings = new FindingSet();
  let summarized = 0;
  let first: NamedValue | undefined;
  for (const { name, values, message } of groups) {
    if (dominant !== undefined && hasCase(name, dominant)) {
      summarized += values.length;
      first ??= values[0]!;
      continue;
    }
    for (const value of values) findings.add(value.at, 'case', value.name, () => message);
  }
  if (first !== undefined) {
    const example = first;
    findings.add(example.at, 'summary', example.name, () =>
      `property \`${example.name}\` and ${summarized - 1} other properties are ${dominant}: this contract does not follow the estate's ${nameCase} convention (convert it, or waive the rule for this contract)`);
  }
  return findings.results(fnContext);
});
