import { describe, expect, it } from 'vitest';
import { sameName, splitWords, stringList, wordSet } from '../../../src/functions/lib/words.js';

describe('splitWords', () => {
  it.each([
    ['placeOrder', ['place', 'order']],
    ['PostChargesChargeCapture', ['post', 'charges', 'charge', 'capture']],
    ['order-placed.v1', ['order', 'placed', 'v1']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['refund_amount', ['refund', 'amount']],
    ['issues/create-fork', ['issues', 'create', 'fork']],
    ['', []],
  ])('%s', (name, words) => expect(splitWords(name)).toEqual(words));
});

describe('wordSet, stringList, sameName', () => {
  it('builds a lower-cased set once per list', () => {
    const list = ['Limit', 'pageSize'];
    const set = wordSet(list);
    expect(set.has('limit') && set.has('pagesize')).toBe(true);
    expect(wordSet(list)).toBe(set);
  });
  it('keeps only strings, and an empty list for anything else', () => {
    expect(stringList(['a', 1, null, 'b'])).toEqual(['a', 'b']);
    expect(stringList(undefined)).toEqual([]);
  });
  it('compares header names case-insensitively', () => {
    expect(sameName('Idempotency-Key', 'idempotency-key')).toBe(true);
    expect(sameName('ETag', 'If-Match')).toBe(false);
  });
});
