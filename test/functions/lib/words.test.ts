import { describe, expect, it } from 'vitest';
import { endsWithWords, hasAnyWord, hasCase, lastWord, matchingSuffix, sameName, sameWords, splitWords, stringList, toCase, wordSet } from '../../../src/functions/lib/words.js';

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

describe('splitWords', () => {
  it.each([
    ['unitPrice', ['unit', 'price']],
    ['unit_price', ['unit', 'price']],
    ['unit-price', ['unit', 'price']],
    ['UnitPrice', ['unit', 'price']],
    ['UNIT_PRICE', ['unit', 'price']],
    ['HTTPServer', ['http', 'server']],
    ['userID', ['user', 'id']],
    ['gtin13', ['gtin13']],
    ['gtin13Code', ['gtin13', 'code']],
    ['line1', ['line1']],
    ['X-Request-Id', ['x', 'request', 'id']],
    ['enhancedSchemeData.totalTaxAmount', ['enhanced', 'scheme', 'data', 'total', 'tax', 'amount']],
    ['', []],
    ['__proto__', ['proto']],
  ])('%s → %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('word comparisons', () => {
  it('finds the last word and compares endings across conventions', () => {
    expect(lastWord('refund_amount')).toBe('amount');
    expect(endsWithWords('qtyOnHand', 'OnHand')).toBe(true);
    expect(endsWithWords('qty_on_hand', 'OnHand')).toBe(true);
    expect(endsWithWords('onHandQty', 'OnHand')).toBe(false);
    expect(endsWithWords('hand', 'OnHand')).toBe(false);
    expect(sameWords('in_transit', 'inTransit')).toBe(true);
    expect(sameWords('inTransit', 'transit')).toBe(false);
    expect(matchingSuffix('availableQuantity', ['Qty', 'Quantity'])).toBe('Quantity');
    expect(matchingSuffix('weightKg', ['Qty', 'Quantity'])).toBeUndefined();
    expect(hasAnyWord('pointsBalance', ['points'])).toBe(true);
    expect(hasAnyWord('appointment', ['point'])).toBe(false);
  });
});

describe('cases', () => {
  it.each([
    ['createdAt', 'camelCase', true],
    ['created_at', 'camelCase', false],
    ['created_at', 'snake_case', true],
    ['price-lists', 'kebab-case', true],
    ['priceLists', 'kebab-case', false],
    ['OrderLine', 'PascalCase', true],
    ['gtin13', 'camelCase', true],
    ['ID', 'camelCase', false],
  ] as const)('%s is %s: %s', (name, nameCase, expected) => {
    expect(hasCase(name, nameCase)).toBe(expected);
  });

  it('rewrites a name in a convention', () => {
    expect(toCase('created_at', 'camelCase')).toBe('createdAt');
    expect(toCase('getPriceList', 'kebab-case')).toBe('get-price-list');
    expect(toCase('unitPrice', 'snake_case')).toBe('unit_price');
    expect(toCase('order-line', 'PascalCase')).toBe('OrderLine');
  });
});
