/**
 * Names that Backstage accepts (`[a-z0-9]` runs joined by `-`, at most 63 characters) for any input,
 * and one unique name per API. The HTML report uses the same names as anchors, so the Backstage
 * link `catalog.html#api-<name>` lands on that API.
 */
import { createHash } from 'node:crypto';
import type { ApiEntry } from '../types.js';

const MAX_NAME = 63;

/**
 * Lower-case kebab slug: accents folded, every other run of characters becomes one `-`. Too long
 * or empty slugs get a short hash of the raw value, so distinct inputs keep distinct names.
 */
export function entityName(raw: string, fallback = 'unnamed'): string {
  const slug = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return `${fallback}-${shortHash(raw)}`;
  if (slug.length <= MAX_NAME) return slug;
  const head = slug.slice(0, MAX_NAME - 9).replace(/-+$/, '');
  return `${head}-${shortHash(raw)}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * One name per API, in `apis` order. The same `x-api-id` twice (v1 and v2 side by side) becomes
 * `<id>-v<major>`; anything still colliding gets `-2`, `-3`… in catalog order.
 */
export function apiEntityNames(apis: readonly ApiEntry[]): string[] {
  const base = apis.map((api) => entityName(api.apiId, 'api'));
  const counts = countOf(base);
  const withMajor = apis.map((api, i) => {
    const name = base[i]!;
    if (counts.get(name)! === 1 || api.major === null) return name;
    return withSuffix(name, `-v${api.major}`);
  });
  const used = new Set<string>();
  return withMajor.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = withSuffix(name, `-${n}`);
    used.add(candidate);
    return candidate;
  });
}

/** Appends a suffix, shortening the name so the result stays within the limit. */
function withSuffix(name: string, suffix: string): string {
  return `${name.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '')}${suffix}`;
}

function countOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
