import { describe, expect, it } from 'vitest';
import { defaultCanonical } from '../../src/lint/canonical.js';
import { synonymProblem } from '../../src/functions/idsCanonicalNames.js';

const dict = defaultCanonical();

describe('synonymProblem', () => {
  it('names the canonical id a synonym stands for', () => {
    expect(synonymProblem('memberId', 'property', dict)).toBe('property `memberId` is a synonym of the canonical id `customerId`: name it `customerId`');
    expect(synonymProblem('itemCode', 'parameter', dict)).toContain('`sku`');
    expect(synonymProblem('basketId', 'header', dict)).toContain('`cartId`');
  });
  it('leaves canonical names and unrelated names alone', () => {
    for (const name of ['customerId', 'sku', 'loyaltyCardNumber', 'pageToken', 'promoCode']) expect(synonymProblem(name, 'property', dict)).toBeUndefined();
  });
});
