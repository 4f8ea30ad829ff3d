/**
 * Cross-version pairs: the same API written as Swagger 2.0, OpenAPI 3.0 and 3.1, and as AsyncAPI
 * 2.6 and 3.0, must compare as equal, so a migration can be proven safe; and a real change on top
 * of the migration must still be found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers.js';
import { diffTexts, expectChange } from './harness.js';

const fixture = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'diff', 'fixtures', name), 'utf8');

describe('cross-version comparisons', () => {
  it('Swagger 2.0 → OpenAPI 3.0 of the same API: no change', async () => {
    const result = await diffTexts(fixture('pricing-swagger2.yaml'), fixture('pricing-oas30.yaml'));
    expect(result.changes.map((c) => `${c.checkId}: ${c.message}`)).toEqual([]);
    expect(result.version).toMatchObject({ requiredBump: 'none', ok: true });
  });

  it('OpenAPI 3.0 → 3.1 of the same API (nullable, exclusiveMinimum, examples respelled): no change', async () => {
    const result = await diffTexts(fixture('pricing-oas30.yaml'), fixture('pricing-oas31.yaml'));
    expect(result.changes.map((c) => `${c.checkId}: ${c.message}`)).toEqual([]);
  });

  it('Swagger 2.0 → OpenAPI 3.1 directly: no change', async () => {
    const result = await diffTexts(fixture('pricing-swagger2.yaml'), fixture('pricing-oas31.yaml'));
    expect(result.changes.map((c) => `${c.checkId}: ${c.message}`)).toEqual([]);
  });

  it('a migration that also changes the contract is caught', async () => {
    const migrated = fixture('pricing-oas30.yaml')
      .replace('explode: false', 'explode: true')
      .replace("currency: {type: string, pattern: '^[A-Z]{3}$'}", 'currency: {type: string}')
      .replace('name: X-Store-Key', 'name: X-Api-Key')
      .replace('                dryRun: {type: boolean}', '                dryRun: {type: boolean}\n                mode: {type: string}')
      .replace('required: [file]', 'required: [file, mode]');
    const result = await diffTexts(fixture('pricing-swagger2.yaml'), migrated);
    expectChange(result, 'request-parameter-serialization-changed', 'breaking', "'storeIds'");
    expectChange(result, 'response-pattern-removed', 'breaking');
    expectChange(result, 'security-scheme-changed', 'breaking', 'x-store-key → x-api-key');
    expectChange(result, 'request-required-property-added', 'breaking', "multipart/form-data) 'mode'");
  });

  it('AsyncAPI 2.6 → 3.0 of the same events (subscribe = send, publish = receive): no change', async () => {
    const result = await diffTexts(fixture('inventory-events-2.6.yaml'), fixture('inventory-events-3.0.yaml'));
    expect(result.changes.map((c) => `${c.checkId}: ${c.message}`)).toEqual([]);
  });

  it('AsyncAPI 2.6 → 3.0 with the direction flipped and a payload narrowed is caught', async () => {
    const changed = fixture('inventory-events-3.0.yaml')
      .replace('  receiveStockCount:\n    action: receive', '  receiveStockCount:\n    action: send')
      .replace('reason: {type: string, enum: [sale, return, damage, recount]}', 'reason: {type: string, enum: [sale, return, damage, recount, theft]}');
    const result = await diffTexts(fixture('inventory-events-2.6.yaml'), changed);
    expectChange(result, 'operation-action-changed', 'breaking', 'stock-counts');
    expectChange(result, 'sent-message-enum-value-added', 'breaking', "'reason'");
  });
});
