import { describe, expect, it } from 'vitest';
import { nameList } from '../../../src/functions/lib/findings.js';
import { plainFacts } from '../../../src/functions/lib/facts.js';
import { identifyingPathParameters, isStaticSegment } from '../../../src/functions/lib/values.js';

describe('named-value helpers', () => {
  it('finds path parameters that identify a resource', () => {
    expect([...identifyingPathParameters('/v1/orders/{orderId}/lines/{lineId}')]).toEqual(['orderId', 'lineId']);
    expect([...identifyingPathParameters('/v{major}/stores/{storeId}')]).toEqual(['storeId']);
    expect([...identifyingPathParameters('/repos/{owner}/{repo}')]).toEqual(['owner']);
    expect([...identifyingPathParameters('/v1/{tenant}')]).toEqual([]);
  });
  it('tells static collection segments from versions and parameters', () => {
    expect(isStaticSegment('orders')).toBe(true);
    expect(isStaticSegment('v2')).toBe(false);
    expect(isStaticSegment('v1beta')).toBe(false);
    expect(isStaticSegment('{id}')).toBe(false);
    expect(isStaticSegment('.well-known')).toBe(false);
  });
  it('lists names for messages', () => {
    expect(nameList(['a'])).toBe('`a`');
    expect(nameList(['a', 'b', 'c'])).toBe('`a`, `b` and `c`');
    expect(nameList(['a', 'b', 'c', 'd', 'e'])).toBe('`a`, `b` and 3 more');
  });
  it('reads schema facts as written, inferring types where none is declared', () => {
    expect([...plainFacts({ type: ['string', 'null'] }).types]).toEqual(['string']);
    expect([...plainFacts({ properties: { a: {} }, required: ['a'] }).types]).toEqual(['object']);
    expect([...plainFacts({ items: { type: 'string' } }).types]).toEqual(['array']);
    expect([...plainFacts({ enum: [1, 2.5] }).types].sort()).toEqual(['integer', 'number']);
    expect(plainFacts({ properties: { a: {} }, required: ['a'] }).required.has('a')).toBe(true);
  });
});
