import { describe, expect, it } from 'vitest';
import { compilePattern, patternAccepts, patternBehaves } from '../../../src/functions/lib/patterns.js';

describe('patterns judged by behaviour', () => {
  const accept = ['EUR', 'USD'];
  const reject = ['eur', 'EURO', 'EU', '€'];
  it.each(['^[A-Z]{3}$', '^[A-Z][A-Z][A-Z]$', '^(?:[A-Z]{3})$', '^\\p{Lu}{3}$'])('%s behaves like ^[A-Z]{3}$', (pattern) => {
    expect(patternBehaves(pattern, accept, reject)).toBe(true);
  });
  it.each(['[A-Z]{3}', '^[A-Za-z]{3}$', '^.{3}$', '^[A-Z]{2,4}$', '(['])('%s does not', (pattern) => {
    expect(patternBehaves(pattern, accept, reject)).toBe(false);
  });
  it('compiles once and reports invalid patterns', () => {
    expect(compilePattern('^a$')).toBe(compilePattern('^a$'));
    expect(compilePattern('([')).toBeNull();
    expect(patternAccepts('([', 'x')).toBeUndefined();
    expect(patternAccepts('^\\d+$', '42')).toBe(true);
  });
});
