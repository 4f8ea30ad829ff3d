import { describe, expect, it } from 'vitest';
import { durationProblem } from '../../src/functions/timeDurationFormat.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

const units = ['Seconds', 'Minutes'];

describe('durationProblem', () => {
  it('wants ISO 8601 durations', () => {
    expect(durationProblem(plainFacts({ type: 'string', format: 'duration' }), units)).toBeUndefined();
    expect(durationProblem(plainFacts({ type: 'string' }), units)).toContain('declare format: duration');
    expect(durationProblem(plainFacts({ type: 'integer' }), units)).toContain('without a unit');
  });
  it('leaves windows as objects and enum periods alone', () => {
    expect(durationProblem(plainFacts({ type: 'object', properties: { from: {}, to: {} } }), units)).toBeUndefined();
    expect(durationProblem(plainFacts({ type: 'string', enum: ['month', 'year'] }), units)).toBeUndefined();
  });
});
