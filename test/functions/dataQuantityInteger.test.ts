import { describe, expect, it } from 'vitest';
import { quantityProblem } from '../../src/functions/dataQuantityInteger.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

describe('quantityProblem', () => {
  it('wants integers with a minimum', () => {
    expect(quantityProblem('quantity', false, plainFacts({ type: 'integer', minimum: 0 }))).toBeUndefined();
    expect(quantityProblem('quantity', false, plainFacts({ type: 'integer', exclusiveMinimum: 0 }))).toBeUndefined();
    expect(quantityProblem('quantity', false, plainFacts({ type: 'integer' }))).toContain('no minimum');
    expect(quantityProblem('quantity', false, plainFacts({ type: 'string' }))).toContain('is a string');
    expect(quantityProblem('quantity', false, plainFacts({ type: 'number', format: 'float' }))).toContain('type: number, format: float');
  });
  it('lets signed quantities go below zero and leaves weighed goods and flags alone', () => {
    expect(quantityProblem('quantity', true, plainFacts({ type: 'integer' }))).toBeUndefined();
    expect(quantityProblem('quantity', false, plainFacts({ type: 'object', properties: { value: {}, unitOfMeasure: {} } }))).toBeUndefined();
    expect(quantityProblem('ambiguous', false, plainFacts({ type: 'string' }))).toBeUndefined();
    expect(quantityProblem('ambiguous', false, plainFacts({ type: 'boolean' }))).toBeUndefined();
    expect(quantityProblem('ambiguous', false, plainFacts({ type: 'number' }))).toContain('type: number');
  });
});
