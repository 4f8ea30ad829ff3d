/**
 * Judging `pattern`s written in contracts by what they accept rather than how they are spelled:
 * `^[A-Z]{3}$`, `^[A-Z][A-Z][A-Z]$` and `[A-Z]{3}` anchored are the same currency rule. Patterns are
 * compiled once per lint run (they repeat across thousands of schemas) and only tried on short probes.
 */

const compiled = new Map<string, RegExp | null>();

/** The pattern as a RegExp (JSON Schema patterns are unanchored ECMA-262), or null when invalid. */
export function compilePattern(pattern: string): RegExp | null {
  let re = compiled.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      try {
        re = new RegExp(pattern);
      } catch {
        re = null;
      }
    }
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

/**
 * Does the pattern accept every string of `accept` and none of `reject`? False for invalid patterns.
 * Used to check a declared pattern against a specification (ISO codes, GTIN lengths).
 */
export function patternBehaves(pattern: string, accept: readonly string[], reject: readonly string[]): boolean {
  const re = compilePattern(pattern);
  if (re === null) return false;
  return accept.every((s) => re.test(s)) && !reject.some((s) => re.test(s));
}

/** Does the pattern accept this string? Undefined when the pattern is invalid. */
export function patternAccepts(pattern: string, value: string): boolean | undefined {
  const re = compilePattern(pattern);
  return re === null ? undefined : re.test(value);
}
