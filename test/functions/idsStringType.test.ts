import { describe, expect, it } from 'vitest';
import { defaultCanonical } from '../../src/lint/canonical.js';
import { judgedAsId } from '../../src/functions/idsStringType.js';
import { numericTypes } from '../../src/functions/lib/facts.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

const dict = defaultCanonical();

describe('ids-string-type', () => {
  it('judges registry names, id-shaped names and identifying path parameters, not GTINs or SKUs', () => {
    for (const name of ['id', 'orderId', 'store_id', 'customerId']) expect(judgedAsId(name, dict)).toBe(true);
    expect(judgedAsId('poNumber', dict)).toBe(false);
    expect(judgedAsId('poNumber', dict, true)).toBe(true);
    expect(judgedAsId('version', dict, true)).toBe(false);
    expect(judgedAsId('gtin', dict)).toBe(false);
    expect(judgedAsId('sku', dict)).toBe(false);
  });
  it('finds numeric alternatives', () => {
    expect(numericTypes(plainFacts({ type: 'integer', format: 'int64' }))).toEqual(['integer']);
    expect(numericTypes(plainFacts({ type: ['string', 'number'] }))).toEqual(['number']);
    expect(numericTypes(plainFacts({ type: 'string', format: 'uuid' }))).toEqual([]);
    expect(numericTypes(plainFacts({ enum: [1, 2] }))).toEqual(['integer']);
  });
});
