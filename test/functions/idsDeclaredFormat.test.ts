import { describe, expect, it } from 'vitest';
import { buildCanonical, defaultCanonical } from '../../src/lint/canonical.js';
import { declaredFormatProblem } from '../../src/functions/idsDeclaredFormat.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

const dict = defaultCanonical();
const judge = (name: string, schema: Record<string, unknown>, d = dict) => declaredFormatProblem(name, d.ids[name]!, plainFacts(schema), d);

describe('declaredFormatProblem', () => {
  it('wants the registry format (customerId: uuid)', () => {
    expect(judge('customerId', { type: 'string', format: 'uuid' })).toBeUndefined();
    expect(judge('customerId', { type: 'string' })).toBe('declares no format: the registry\'s format is uuid');
  });
  it('wants the registry pattern, or an accepted format (orderId: pattern or uuid)', () => {
    expect(judge('orderId', { type: 'string', pattern: '^[A-Z0-9-]{6,36}$' })).toBeUndefined();
    expect(judge('orderId', { type: 'string', format: 'uuid' })).toBeUndefined();
    expect(judge('orderId', { type: 'string', pattern: '^\\d+$' })).toBe("pattern ^\\d+$ differs from the registry's ^[A-Z0-9-]{6,36}$");
    expect(judge('storeId', { type: 'string' })).toContain("use the registry's ^[0-9]{4}$");
    expect(judge('storeId', { type: 'string', format: 'uuid' })).toContain('not format uuid');
  });
  it('accepts an id format or any pattern where the registry prescribes neither', () => {
    expect(judge('cartId', { type: 'string', format: 'ulid' })).toBeUndefined();
    expect(judge('cartId', { type: 'string', pattern: '^C[0-9]+$' })).toBeUndefined();
    expect(judge('cartId', { type: 'string' })).toBe('declares neither a format (uuid, ulid) nor a pattern');
  });
  it('leaves a missing SKU pattern to ids-sku-format but reports a different one', () => {
    expect(judge('sku', { type: 'string', maxLength: 40 })).toBeUndefined();
    expect(judge('sku', { type: 'string', pattern: '^[a-z]+$' })).toContain('differs');
  });
  it('follows a team override of the registry', () => {
    const team = buildCanonical({ ids: { storeId: { pattern: '^S[0-9]{5}$' } } });
    expect(judge('storeId', { type: 'string', pattern: '^S[0-9]{5}$' }, team)).toBeUndefined();
    expect(judge('storeId', { type: 'string', pattern: '^[0-9]{4}$' }, team)).toContain('differs');
  });
});
