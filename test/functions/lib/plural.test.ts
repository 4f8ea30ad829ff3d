import { describe, expect, it } from 'vitest';
import { isPluralWord, singularName } from '../../../src/functions/lib/plural.js';

describe('isPluralWord', () => {
  it.each(['orders', 'lists', 'skus', 'categories', 'addresses', 'statuses', 'people', 'apis', 'kpis', 'reviews', 'metrics', 'boxes'])('%s is plural', (word) => {
    expect(isPluralWord(word)).toBe(true);
  });
  it.each(['order', 'status', 'address', 'analysis', 'axis', 'alias', 'bus', 'checkout', 'me', 'is', 'history', 'canvas'])('%s is singular', (word) => {
    expect(isPluralWord(word)).toBe(false);
  });
  it('counts configured uncountable nouns as collections', () => {
    expect(isPluralWord('inventory')).toBe(false);
    expect(isPluralWord('inventory', ['inventory', 'stock'])).toBe(true);
  });
});

describe('singularName', () => {
  it.each([
    ['orderIds', 'orderId'],
    ['order_ids', 'order_id'],
    ['ORDER_IDS', 'ORDER_ID'],
    ['price_lists', 'price_list'],
    ['categories', 'category'],
    ['addresses', 'address'],
    ['statuses', 'status'],
    ['taxes', 'tax'],
    ['skus', 'sku'],
    ['gtins', 'gtin'],
    ['currencies', 'currency'],
    ['people', 'person'],
    ['status', 'status'],
    ['sku', 'sku'],
    ['quantity', 'quantity'],
    ['line1', 'line1'],
  ])('%s → %s', (name, singular) => {
    expect(singularName(name)).toBe(singular);
  });
});
