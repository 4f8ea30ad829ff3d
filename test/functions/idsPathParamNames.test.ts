import { describe, expect, it } from 'vitest';
import { buildCanonical, defaultCanonical } from '../../src/lint/canonical.js';
import { canonicalNamesFor, suggestedName } from '../../src/functions/idsPathParamNames.js';
import { pathParameterUses } from '../../src/functions/lib/values.js';

const dict = defaultCanonical();

describe('ids-path-param-names', () => {
  it('finds /{collection}/{parameter} pairs', () => {
    expect(pathParameterUses('/v1/orders/{orderId}/lines/{lineId}').map((u) => [u.parent, u.collection, u.name])).toEqual([
      [undefined, 'orders', 'orderId'], // v1 is a version, not a parent collection
      [undefined, 'lines', 'lineId'],
    ]);
    expect(pathParameterUses('/repos/{owner}/{repo}').map((u) => u.name)).toEqual(['owner']);
    expect(pathParameterUses('/git/tags/{tagSha}')[0]!.parent).toBe('git');
    expect(pathParameterUses('/files/{name}.json')).toEqual([]);
  });
  it('maps collections to the canonical ids of their entity', () => {
    expect(canonicalNamesFor('orders', dict)).toEqual(['orderId']);
    expect(canonicalNamesFor('price-lists', dict)).toEqual(['priceListId']);
    expect(canonicalNamesFor('skus', dict)).toEqual(['sku']);
    expect(canonicalNamesFor('loyalty-accounts', dict)).toEqual(['loyaltyAccountId']);
    expect(canonicalNamesFor('products', dict)).toEqual(['productId', 'gtin', 'ean', 'upc', 'gtin8', 'gtin12', 'gtin13', 'gtin14', 'ean8', 'ean13']);
    expect(canonicalNamesFor('purchase-orders', dict)).toEqual([]);
    const team = buildCanonical({ ids: { purchaseOrderId: { type: 'string', entity: 'PurchaseOrder' } } });
    expect(canonicalNamesFor('purchase-orders', team)).toEqual(['purchaseOrderId']);
  });
  it('suggests a name after the entity', () => {
    expect(suggestedName('purchase-orders', 'camelCase')).toBe('purchaseOrderId');
    expect(suggestedName('purchase-orders', 'snake_case')).toBe('purchase_order_id');
  });
});
