import { describe, expect, it } from 'vitest';
import { dictionaryList, dictionaryPattern, dictionaryString, normalizeName } from '../../../src/functions/lib/dictionary.js';
import { listing, quote } from '../../../src/functions/lib/violations.js';
import { dictionary } from '../contracts.js';

describe('dictionary reads', () => {
  it('reads the rules-b keys with their shipped defaults', () => {
    const d = dictionary();
    expect(dictionaryList(d, ['teams'])).toEqual([]);
    expect(dictionaryList(d, ['ownership', 'lifecycles'])).toEqual(['experimental', 'production', 'deprecated', 'retired']);
    expect(dictionaryPattern(d, ['security', 'oauthScopePattern'])!.test('order.orders.write')).toBe(true);
    expect(dictionaryPattern(d, ['security', 'oauthScopePattern'])!.test('orders:write')).toBe(false);
    expect(dictionaryList(d, ['errors', 'problemMediaTypes'])).toEqual(['application/problem+json']);
  });

  it('reads a removed key as empty, and refuses an invalid pattern at config time', () => {
    const d = dictionary({ ownership: { apiIdPattern: null }, errors: null });
    expect(dictionaryString(d, ['ownership', 'apiIdPattern'])).toBeUndefined();
    expect(dictionaryList(d, ['errors', 'internalProperties'])).toEqual([]);
    expect(() => dictionary({ ownership: { teamPattern: '([a-z' } })).toThrow(/canonical.ownership.teamPattern is not a valid regular expression/);
  });

  it('normalizes names for whole-name comparisons', () => {
    expect(['access_token', 'Access-Token', 'accessToken'].map(normalizeName)).toEqual(['accesstoken', 'accesstoken', 'accesstoken']);
    expect(normalizeName('pageToken')).not.toBe(normalizeName('token'));
  });

  it('formats message parts', () => {
    expect(listing(['a'])).toBe('a');
    expect(listing(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listing(['1', '2', '3', '4'], 2)).toBe('1, 2 and 2 more');
    expect(quote('line\nbreak\u001b[31m')).toBe('"line break\\x1b[31m"');
    expect(quote('x'.repeat(100), 10)).toBe(`"${'x'.repeat(9)}…"`);
  });
});
