/** Splitting identifiers into words, the way the name heuristics compare them. */

/**
 * `placeOrder` → [place, order]; `PostChargesChargeCapture` → [post, charges, charge, capture];
 * `order-placed.v1` → [order, placed, v1]; `XMLHttpRequest` → [xml, http, request]. Lower-cased.
 */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

const sets = new WeakMap<readonly string[], Set<string>>();

/** A case-insensitive membership test, built once per list (lists come from memoized heuristics). */
export function wordSet(words: readonly string[]): Set<string> {
  let set = sets.get(words);
  if (set === undefined) {
    set = new Set(words.map((w) => w.toLowerCase()));
    sets.set(words, set);
  }
  return set;
}

/** The list, or an empty one when configuration removed or mistyped it. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Header and parameter names compare case-insensitively (RFC 9110 §5.1). */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
