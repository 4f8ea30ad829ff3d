import { describe, expect, it } from 'vitest';
import { defaultCanonical } from '../../src/lint/canonical.js';
import { isScalarAmount, readMoneyObject } from '../../src/functions/dataMoneyShape.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

const dict = defaultCanonical();

describe('data-money-shape judgements', () => {
  it('reads money objects and what they fail to require', () => {
    const money = { type: 'object', properties: { amount: {}, currency: {} } };
    expect(readMoneyObject(plainFacts({ ...money, required: ['amount', 'currency'] }), dict)).toEqual({ kind: 'money-object', missingRequired: [] });
    expect(readMoneyObject(plainFacts(money), dict)).toEqual({ kind: 'money-object', missingRequired: ['amount', 'currency'] });
    expect(readMoneyObject(plainFacts({ type: 'object', properties: { amountMinor: {}, currencyCode: {} }, required: ['currencyCode'] }), dict)).toEqual({ kind: 'money-object', missingRequired: ['amountMinor'] });
  });
  it('tells entities that carry money from money values', () => {
    expect(readMoneyObject(plainFacts({ type: 'object', properties: { coupon: {}, start: {} } }), dict)).toEqual({ kind: 'entity' });
    expect(readMoneyObject(plainFacts({ type: 'object', properties: { id: {}, amount: {}, currency: {} } }), dict)).toEqual({ kind: 'entity' });
  });
  it('takes numbers as amounts, and strings only when they say so', () => {
    expect(isScalarAmount(plainFacts({ type: 'integer' }))).toBe(true);
    expect(isScalarAmount(plainFacts({ type: 'string', format: 'decimal' }))).toBe(true);
    expect(isScalarAmount(plainFacts({ type: 'string', pattern: '^\\d+(\\.\\d{2})?$' }))).toBe(true);
    expect(isScalarAmount(plainFacts({ type: 'string' }), [{ value: '12.50' }])).toBe(true);
    expect(isScalarAmount(plainFacts({ type: 'string', maxLength: 5000 }))).toBe(false); // a price id
    expect(isScalarAmount(plainFacts({ type: 'string', enum: ['supported', 'failed'] }))).toBe(false);
    expect(isScalarAmount(plainFacts({ type: 'boolean' }))).toBe(false);
  });
});
