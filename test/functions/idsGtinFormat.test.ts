import { describe, expect, it } from 'vitest';
import { gtinExampleProblem, gtinSchemaProblem, isGtinPattern } from '../../src/functions/idsGtinFormat.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

describe('ids-gtin-format', () => {
  it.each(['^(\\d{8}|\\d{12,14})$', '^\\d{13}$', '^[0-9]{14}$', '^(?:\\d{8}|\\d{12}|\\d{13}|\\d{14})$'])('%s limits to GTIN lengths', (pattern) => {
    expect(isGtinPattern(pattern)).toBe(true);
  });
  it.each(['^\\d+$', '\\d{13}', '^\\d{8,14}$', '^[0-9A-Z]{13}$', '^.{13}$', '(['])('%s does not', (pattern) => {
    expect(isGtinPattern(pattern)).toBe(false);
  });
  it('judges the schema', () => {
    expect(gtinSchemaProblem(plainFacts({ type: 'integer' }))).toContain('typed integer');
    expect(gtinSchemaProblem(plainFacts({ type: 'string' }))).toContain('declares no pattern');
    expect(gtinSchemaProblem(plainFacts({ type: 'string', pattern: '^\\d+$' }))).toContain('does not limit');
    expect(gtinSchemaProblem(plainFacts({ type: 'string', pattern: '^(\\d{8}|\\d{12,14})$' }))).toBeUndefined();
    expect(gtinSchemaProblem(plainFacts({ type: 'object' }))).toBeUndefined();
  });
  it('checks examples with the GS1 check digit', () => {
    expect(gtinExampleProblem('4006381333931')).toBeUndefined();
    expect(gtinExampleProblem('4006381333932')).toContain('wrong GS1 check digit');
    expect(gtinExampleProblem('40063813339')).toContain('11 digits');
    expect(gtinExampleProblem('4006381333931x')).toContain('not all digits');
    expect(gtinExampleProblem(4006381333931)).toContain('quote it');
  });
});
