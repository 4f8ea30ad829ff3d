import { describe, expect, it } from 'vitest';
import { buildCanonical, defaultCanonical } from '../../../src/lint/canonical.js';
import {
  canonicalNameFor,
  isAmountLike,
  isCountryName,
  isCurrencyName,
  isDurationName,
  isGtinName,
  isIdName,
  isSignedQuantity,
  isSkuName,
  moneyVerdict,
  namesMinorUnits,
  quantityKind,
  timeNameKind,
} from '../../../src/functions/lib/name-heuristics.js';

const dict = defaultCanonical();

describe('id names', () => {
  it('maps forbidden synonyms to the canonical name, case-insensitively on the whole name', () => {
    expect(canonicalNameFor('custId', dict)).toBe('customerId');
    expect(canonicalNameFor('CUSTID', dict)).toBe('customerId');
    expect(canonicalNameFor('order_number', dict)).toBe('orderId');
    expect(canonicalNameFor('storeNo', dict)).toBe('storeId');
    expect(canonicalNameFor('customerId', dict)).toBeUndefined();
    expect(canonicalNameFor('customerIdentifier', dict)).toBeUndefined();
    expect(canonicalNameFor('clientId', dict)).toBeUndefined(); // the OAuth client in most APIs
  });

  it('never treats a canonical name as a synonym when a team renames the registry', () => {
    const snake = buildCanonical({ ids: { customer_id: { type: 'string', synonyms: ['custId'] } } });
    expect(canonicalNameFor('customer_id', snake)).toBeUndefined();
  });

  it('recognises ids, GTINs and SKUs by name', () => {
    for (const name of ['id', 'orderId', 'order_id', 'customerID', 'storeId']) expect(isIdName(name, dict)).toBe(true);
    for (const name of ['paid', 'valid', 'identity', 'idempotencyKey', 'GUID', 'pageToken']) expect(isIdName(name, dict)).toBe(false);
    for (const name of ['gtin', 'ean', 'upc', 'gtin13', 'productGtin', 'item_ean']) expect(isGtinName(name, dict)).toBe(true);
    expect(isGtinName('gtinType', dict)).toBe(false);
    for (const name of ['sku', 'parentSku', 'parent_sku', 'X-Sku']) expect(isSkuName(name)).toBe(true);
    expect(isSkuName('skuCode')).toBe(false);
  });
});

describe('money names', () => {
  it.each(['unitPrice', 'refund_amount', 'subtotal', 'shippingCost', 'orderTotal', 'cartValue', 'discount', 'tax', 'totalPrice', 'grossAmount'])('%s is money', (name) => {
    expect(moneyVerdict(name, dict).money).toBe(true);
  });
  it.each([
    ['pointsBalance', 'excluded'],
    ['loyaltyPointsBalance', 'excluded'],
    ['taxRate', 'not-money'],
    ['discountPercent', 'not-money'],
    ['taxRateAmount', 'excluded'],
    ['priceListId', 'not-money'],
    ['refundedAt', 'not-money'],
    ['priceType', 'not-money'],
    ['totalCount', 'not-money'],
    ['total', 'weak'],
    ['value', 'weak'],
    ['attributeValue', 'weak'],
    ['amount', 'weak'],
  ])('%s is not money (%s)', (name, reason) => {
    expect(moneyVerdict(name, dict)).toEqual({ money: false, reason });
  });
  it('takes a weak or lone word as money beside a currency, and obeys x-money', () => {
    expect(moneyVerdict('total', dict, { besideCurrency: true }).money).toBe(true);
    expect(moneyVerdict('amount', dict, { besideCurrency: true }).money).toBe(true);
    expect(moneyVerdict('pointsBalance', dict, { xMoney: true }).money).toBe(true);
    expect(moneyVerdict('unitPrice', dict, { xMoney: false }).money).toBe(false);
  });
  it('knows amount members and minor-unit names', () => {
    expect(isAmountLike('amount', dict)).toBe(true);
    expect(isAmountLike('centAmount', dict)).toBe(true);
    expect(isAmountLike('currency', dict)).toBe(false);
    expect(namesMinorUnits('amountMinor', dict)).toBe(true);
    expect(namesMinorUnits('total_minor_units', dict)).toBe(true);
    expect(namesMinorUnits('centAmount', dict)).toBe(true);
    expect(namesMinorUnits('amount', dict)).toBe(false);
  });
});

describe('time names', () => {
  it.each([
    ['createdAt', 'instant'],
    ['created_at', 'instant'],
    ['eventTimestamp', 'instant'],
    ['timestamp', 'instant'],
    ['time', 'instant'],
    ['businessDate', 'date'],
    ['date', 'date'],
    ['pickupTime', 'time'],
    ['since', 'bound'],
    ['until', 'bound'],
  ])('%s is a time value (%s)', (name, kind) => {
    expect(timeNameKind(name, dict)).toBe(kind);
  });
  it.each(['timeZone', 'timezone', 'dateFormat', 'upToDate', 'leadTime', 'processingTime', 'repeat', 'format', 'at', 'runtime', 'pageToken'])('%s is not', (name) => {
    expect(timeNameKind(name, dict)).toBeUndefined();
  });
  it('recognises durations', () => {
    for (const name of ['holdDuration', 'cacheTtl', 'trialPeriod', 'pickupWindow', 'ttl']) expect(isDurationName(name, dict)).toBe(true);
    for (const name of ['holdSeconds', 'trialPeriodDays', 'windowId']) expect(isDurationName(name, dict)).toBe(false);
  });
});

describe('currency, country and quantity names', () => {
  it('finds currency and country codes, not their names or calling codes', () => {
    for (const name of ['currency', 'currencyCode', 'settlementCurrency', 'presentment_currency']) expect(isCurrencyName(name, dict)).toBe(true);
    expect(isCurrencyName('currencySymbol', dict)).toBe(false);
    for (const name of ['country', 'countryCode', 'shipToCountry', 'countryOfOrigin', 'country_of_manufacture']) expect(isCountryName(name, dict)).toBe(true);
    for (const name of ['countryName', 'countryCallingCode', 'countrySpecificFields', 'countryCount']) expect(isCountryName(name, dict)).toBe(false);
  });
  it('finds stock and line quantities, not weights', () => {
    expect(quantityKind('quantity', dict)).toBe('quantity');
    expect(quantityKind('availableQuantity', dict)).toBe('quantity');
    expect(quantityKind('qtyOnHand', dict)).toBe('quantity');
    expect(quantityKind('in_transit', dict)).toBe('quantity');
    expect(quantityKind('available', dict)).toBe('ambiguous');
    expect(quantityKind('weight', dict)).toBeUndefined();
    expect(quantityKind('weightKg', dict)).toBeUndefined();
    expect(quantityKind('quantityUnit', dict)).toBeUndefined();
    expect(isSignedQuantity('quantityDelta', dict)).toBe(true);
    expect(isSignedQuantity('onHand', dict)).toBe(false);
  });
});

describe('configured lists', () => {
  it('rejects an unknown property case and invalid regular expressions, naming the key', () => {
    expect(() => buildCanonical({ naming: { propertyCase: 'camel' } })).toThrow(/canonical\.naming\.propertyCase must be one of camelCase/);
    expect(() => buildCanonical({ idNames: { patterns: ['(['] } })).toThrow(/canonical\.idNames\.patterns holds an invalid regular expression/);
  });

  it('reads every list from the dictionary, so a team can extend it', () => {
    const custom = buildCanonical({ money: { words: ['price', 'wage'] }, quantity: { names: ['count'] } });
    expect(moneyVerdict('hourlyWage', custom).money).toBe(true);
    expect(moneyVerdict('shippingCost', custom).money).toBe(false);
    expect(quantityKind('count', custom)).toBe('quantity');
  });
});
