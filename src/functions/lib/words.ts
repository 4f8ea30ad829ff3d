/**
 * Words of a name, whatever its convention: `unitPrice`, `unit_price`, `unit-price`, `UnitPrice` and
 * `UNIT_PRICE` all read as [unit, price]. The name heuristics of the ids, time, data and naming rules
 * compare word sequences, so one configured list (`Quantity`, `OnHand`) matches every convention.
 */

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 100_000;

/** Lower-case words of a name. Digits stay with the word before them (`gtin13`, `line1`). */
export function splitWords(name: string): readonly string[] {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const words: string[] = [];
  for (const chunk of name.split(/[^A-Za-z0-9]+/)) {
    if (chunk === '') continue;
    // lower→Upper starts a word (unitPrice); so does the last capital of a run before a lower-case
    // letter (HTTPServer → HTTP, Server); a capital after a digit too (gtin13Code → gtin13, Code)
    for (const word of chunk.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)) {
      if (word !== '') words.push(word.toLowerCase());
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, words);
  return words;
}

export function lastWord(name: string): string | undefined {
  const words = splitWords(name);
  return words[words.length - 1];
}

/** Does the name end with the words of `suffix` (e.g. `qtyOnHand` ends with `OnHand`)? */
export function endsWithWords(name: string, suffix: string): boolean {
  const words = splitWords(name);
  const tail = splitWords(suffix);
  if (tail.length === 0 || tail.length > words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((w, i) => words[offset + i] === w);
}

/** Do two names have the same words (`in_transit` and `inTransit`)? */
export function sameWords(a: string, b: string): boolean {
  const x = splitWords(a);
  const y = splitWords(b);
  return x.length === y.length && x.every((w, i) => y[i] === w);
}

/** The first configured name whose words end the name, or undefined. */
export function matchingSuffix(name: string, suffixes: readonly string[]): string | undefined {
  return suffixes.find((suffix) => endsWithWords(name, suffix));
}

/** Does any word of the name equal one of `words` (compared lower-case)? */
export function hasAnyWord(name: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const wanted = new Set(words.flatMap((w) => splitWords(w)));
  return splitWords(name).some((w) => wanted.has(w));
}

export type NameCase = 'camelCase' | 'snake_case' | 'kebab-case' | 'PascalCase';

const CASE_PATTERNS: Record<NameCase, RegExp> = {
  camelCase: /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$/,
  snake_case: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
  'kebab-case': /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
  PascalCase: /^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$/,
};

export const NAME_CASES = Object.keys(CASE_PATTERNS) as NameCase[];

export function hasCase(name: string, nameCase: NameCase): boolean {
  return CASE_PATTERNS[nameCase].test(name);
}

/** A name rewritten in a case convention, for "did you mean" messages. */
export function toCase(name: string, nameCase: NameCase): string {
  const words = splitWords(name);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  switch (nameCase) {
    case 'camelCase':
      return words.map((w, i) => (i === 0 ? w : cap(w))).join('');
    case 'PascalCase':
      return words.map(cap).join('');
    case 'snake_case':
      return words.join('_');
    case 'kebab-case':
      return words.join('-');
  }
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
