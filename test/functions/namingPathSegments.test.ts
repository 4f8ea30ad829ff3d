import { describe, expect, it } from 'vitest';
import { defaultCanonical } from '../../src/lint/canonical.js';
import { pathSegmentProblems } from '../../src/functions/namingPathSegments.js';

const dict = defaultCanonical();

describe('pathSegmentProblems', () => {
  it.each(['/v1/price-lists/{priceListId}', '/stores/{storeId}/inventory/{sku}', '/me', '/health', '/.well-known/openid-configuration', '/orders/{orderId}:cancel', '/v2beta/skus/{sku}', '/projects-v2/{projectId}'])('%s is fine', (path) => {
    expect(pathSegmentProblems(path, dict)).toEqual([]);
  });
  it('reports case, verbs, singular collections, extensions and trailing slashes', () => {
    expect(pathSegmentProblems('/getPriceList/', dict)).toEqual([
      'path /getPriceList/ ends in a slash: drop the trailing /',
      'segment getPriceList is not lower kebab-case: use get-price-list',
      'segment getPriceList starts with the verb "get": name the resource, and let the HTTP method be the verb',
    ]);
    expect(pathSegmentProblems('/order/{orderId}', dict)).toEqual(['segment order names a collection (followed by {orderId}) but is singular: use the plural']);
    expect(pathSegmentProblems('/reports/{name}.json', dict)).toEqual(['segment {name}.json has a file extension (.json): use content negotiation (Accept) instead']);
    expect(pathSegmentProblems('/price_lists', dict)).toEqual(['segment price_lists is not lower kebab-case: use price-lists']);
  });
});
