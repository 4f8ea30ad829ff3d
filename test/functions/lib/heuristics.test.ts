import { describe, expect, it } from 'vitest';
import { eventHeuristicsFrom, opsHeuristicsFrom } from '../../../src/functions/lib/heuristics.js';
import { buildCanonical } from '../../../src/lint/canonical.js';
import { InputError } from '../../../src/document/errors.js';
import { dictionary } from '../fixtures.js';

describe('heuristics from the canonical dictionary', () => {
  it('reads the shipped lists', () => {
    const h = opsHeuristicsFrom(dictionary());
    expect(h.createVerbs).toEqual(['create', 'place', 'submit', 'capture', 'refund', 'redeem', 'earn', 'reserve']);
    expect(h.idempotencyRequiredDomains).toEqual(['order', 'payment', 'loyalty']);
    expect(h.pageSizeParameters).toContain('pageSize');
    expect(h.rateLimitHeaderSets).toEqual([
      ['RateLimit', 'RateLimit-Policy'],
      ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
    ]);
    expect(eventHeuristicsFrom(dictionary()).typePattern?.test('com.acme.order.order-placed.v1')).toBe(true);
  });

  it('lets apigov.yaml replace a list or remove a section', () => {
    const h = opsHeuristicsFrom(dictionary({ idempotency: { requiredDomains: ['pricing'] }, pagination: null }));
    expect(h.idempotencyRequiredDomains).toEqual(['pricing']);
    expect(h.idempotencyHeader).toBe('Idempotency-Key');
    expect(h.pageSizeParameters).toEqual([]);
  });

  it('is read once per dictionary', () => {
    const d = dictionary();
    expect(opsHeuristicsFrom(d)).toBe(opsHeuristicsFrom(d));
    expect(eventHeuristicsFrom(d)).toBe(eventHeuristicsFrom(d));
  });

  it('rejects an invalid event type pattern as a configuration error', () => {
    expect(() => buildCanonical({ events: { typePattern: '([a-z' } })).toThrow(InputError);
  });
});
