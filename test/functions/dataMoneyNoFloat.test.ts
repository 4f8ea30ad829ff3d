import { describe, expect, it } from 'vitest';
import { defaultCanonical } from '../../src/lint/canonical.js';
import { amountTypeProblem } from '../../src/functions/dataMoneyNoFloat.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

const dict = defaultCanonical();
const judge = (name: string, schema: Record<string, unknown>, strict = true) => amountTypeProblem(name, plainFacts(schema), dict, strict);

describe('amountTypeProblem', () => {
  it('rejects binary floats everywhere', () => {
    expect(judge('amount', { type: 'number', format: 'double' })).toContain('a binary float');
    expect(judge('unitPrice', { type: 'number' }, false)).toContain('(unitPriceMinor)');
    expect(judge('amount', { type: 'number', format: 'decimal' })).toBeUndefined();
  });
  it('accepts decimal strings and integers that say minor units', () => {
    expect(judge('amount', { type: 'string', pattern: '^-?\\d+(\\.\\d{1,4})?$' })).toBeUndefined();
    expect(judge('amountMinor', { type: 'integer' })).toBeUndefined();
    expect(judge('centAmount', { type: 'integer' })).toBeUndefined();
    expect(judge('amount', { type: 'integer' })).toBe('is an integer whose name does not say it counts minor units: name it amountMinor (or use a decimal string)');
    expect(judge('unit_amount', { type: 'integer' })).toContain('unit_amount_minor');
    expect(judge('amount', { type: 'string' })).toContain('no decimal pattern');
    expect(judge('amount', { type: 'string', pattern: '^[A-Z]+$' })).toContain('does not describe a decimal');
  });
  it('leaves bare integer and string money to data-money-shape', () => {
    expect(judge('unitPrice', { type: 'integer' }, false)).toBeUndefined();
    expect(judge('unitPrice', { type: 'string' }, false)).toBeUndefined();
  });
});
