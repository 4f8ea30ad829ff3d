import { describe, expect, it } from 'vitest';
import { propertyCaseProblem } from '../../src/functions/namingPropertyCase.js';

describe('propertyCaseProblem', () => {
  it('checks the configured convention and suggests the name in it', () => {
    expect(propertyCaseProblem('createdAt', 'camelCase')).toBeUndefined();
    expect(propertyCaseProblem('created_at', 'camelCase')).toBe('property `created_at` is not camelCase: use `createdAt`');
    expect(propertyCaseProblem('created_at', 'snake_case')).toBeUndefined();
    expect(propertyCaseProblem('createdAt', 'snake_case')).toBe('property `createdAt` is not snake_case: use `created_at`');
  });
  it('accepts namespaced keys whose parts follow the convention, and exempt names', () => {
    expect(propertyCaseProblem('enhancedSchemeData.totalTaxAmount', 'camelCase')).toBeUndefined();
    expect(propertyCaseProblem('riskdata.basket.item[itemNr].sku', 'camelCase')).toBeUndefined();
    expect(propertyCaseProblem('airline.agency_invoice_number', 'camelCase')).toContain('is not camelCase');
    expect(propertyCaseProblem('_links', 'camelCase', [/^_links$/])).toBeUndefined();
  });
});
