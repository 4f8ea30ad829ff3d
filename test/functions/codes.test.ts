import { describe, expect, it } from 'vitest';
import { codeProblem, countrySpec, currencySpec } from '../../src/functions/lib/codes.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

const currency = currencySpec('^[A-Z]{3}$', 'iso-4217');
const country = countrySpec('^[A-Z]{2}$', 'iso-3166-alpha-2');

describe('code lists (data-currency-iso4217, data-country-iso3166)', () => {
  it('accepts the pattern, an equivalent one, the format or an enum of codes', () => {
    expect(codeProblem(plainFacts({ type: 'string', pattern: '^[A-Z]{3}$' }), currency)).toBeUndefined();
    expect(codeProblem(plainFacts({ type: 'string', pattern: '^[A-Z][A-Z][A-Z]$' }), currency)).toBeUndefined();
    expect(codeProblem(plainFacts({ type: 'string', format: 'iso-4217' }), currency)).toBeUndefined();
    expect(codeProblem(plainFacts({ type: 'string', enum: ['EUR', 'USD', null] }), currency)).toBeUndefined();
    expect(codeProblem(plainFacts({ type: 'string', format: 'iso-3166-alpha-2' }), country)).toBeUndefined();
    expect(codeProblem(plainFacts({ enum: ['DE', 'FR'] }), country)).toBeUndefined();
  });
  it('reports what is wrong', () => {
    expect(codeProblem(plainFacts({ type: 'string' }), currency)).toBe('is a string with neither pattern ^[A-Z]{3}$ nor format: iso-4217');
    expect(codeProblem(plainFacts({ type: 'string', pattern: '^[a-zA-Z]{3}$' }), currency)).toContain('does not limit it');
    expect(codeProblem(plainFacts({ type: 'string', enum: ['eur', '€', 'USD'] }), currency)).toBe('has enum values that are not ISO 4217 currency codes: "eur", "€"');
    expect(codeProblem(plainFacts({ type: 'integer' }), currency)).toContain('typed integer');
    expect(codeProblem(plainFacts({ type: 'string', pattern: '^[A-Z]{3}$' }), country)).toContain('does not limit it');
    expect(codeProblem(plainFacts({ type: 'object', properties: { code: {} } }), country)).toBeUndefined();
  });
});
