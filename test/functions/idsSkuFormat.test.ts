import { describe, expect, it } from 'vitest';
import { skuSchemaProblem } from '../../src/functions/idsSkuFormat.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

describe('skuSchemaProblem', () => {
  it('wants a bounded, patterned string', () => {
    expect(skuSchemaProblem(plainFacts({ type: 'string', maxLength: 40, pattern: '^[A-Z0-9-]{1,40}$' }))).toBeUndefined();
    expect(skuSchemaProblem(plainFacts({ type: 'string' }))).toBe('declares no maxLength and no pattern');
    expect(skuSchemaProblem(plainFacts({ type: 'string', pattern: '^[A-Z]+$' }))).toBe('declares no maxLength');
    expect(skuSchemaProblem(plainFacts({ type: 'integer' }))).toContain('typed integer');
  });
  it('leaves objects (an expanded SKU) alone and honours maxLengthRequired: false', () => {
    expect(skuSchemaProblem(plainFacts({ type: 'object', properties: { id: {} } }))).toBeUndefined();
    expect(skuSchemaProblem(plainFacts({ type: 'string', pattern: '^[A-Z]+$' }), false)).toBeUndefined();
  });
});
