/** The benchmark's synthetic contract: the requested size, valid, realistic and reproducible. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticContract, writeSyntheticContract } from '../../bench/lib/synthetic.mjs';
import { tempProject } from '../helpers.js';
import { lintText } from '../rules/harness.js';

const operationsOf = (doc: ReturnType<typeof syntheticContract>) =>
  Object.values(doc.paths).flatMap((item) => Object.values(item as Record<string, Record<string, unknown>>));

describe('synthetic benchmark contract', () => {
  it('has exactly the requested number of paths, and passes apigov structure checks at full size', async () => {
    const file = writeSyntheticContract(tempProject(), { paths: 2000 });
    const text = fs.readFileSync(file, 'utf8');
    expect(path.basename(file)).toBe('synthetic-retail-2000-paths.yaml');
    const doc = syntheticContract({ paths: 2000 });
    expect(Object.keys(doc.paths)).toHaveLength(2000);
    // structure-spec-schema (OpenAPI 3.0 JSON Schema) and structure-ref-* (every $ref resolves).
    expect(await lintText(text, { ruleset: ['apigov:structure'] })).toEqual([]);
  });

  it('keeps small and over-size contracts valid too', async () => {
    for (const paths of [1, 33, 2030]) {
      const doc = syntheticContract({ paths });
      expect(Object.keys(doc.paths)).toHaveLength(paths);
      expect(await lintText(JSON.stringify(doc), { file: 'api.json', ruleset: ['apigov:structure'] })).toEqual([]);
    }
  });

  it('is byte-for-byte reproducible, and the seed changes where the mistakes fall', () => {
    const first = fs.readFileSync(writeSyntheticContract(tempProject(), { paths: 300 }), 'utf8');
    const second = fs.readFileSync(writeSyntheticContract(tempProject(), { paths: 300 }), 'utf8');
    expect(second).toBe(first);
    expect(JSON.stringify(syntheticContract({ paths: 300, seed: 7 }))).not.toBe(JSON.stringify(syntheticContract({ paths: 300 })));
  });

  it('shares components through $ref and carries the mistakes real contracts have', () => {
    const doc = syntheticContract({ paths: 2000 });
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(3000);
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const text = JSON.stringify(doc);
    expect(text.match(/"\$ref":"#\/components\/responses\//g)!.length).toBeGreaterThan(10_000);
    expect(text).toContain('"#/components/parameters/Traceparent"');
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, { type?: string }> }>;
    const entities = Object.entries(schemas).filter(([name]) => schemas[`${name}Create`] !== undefined);
    expect(entities.length).toBe(100);
    // Most entities use the Money object; a few have a bare float price, an epoch time or an id synonym.
    const floatPrices = entities.filter(([, schema]) => schema.properties?.unitPrice?.type === 'number').length;
    expect(floatPrices).toBeGreaterThan(0);
    expect(floatPrices).toBeLessThan(25);
    expect(entities.some(([, schema]) => schema.properties?.createdTimestamp?.type === 'integer')).toBe(true);
    expect(entities.some(([, schema]) => schema.properties?.custNo !== undefined)).toBe(true);
    expect(operations.some((op) => op.description === undefined)).toBe(true);
  });

  it('rejects a size that is not a positive whole number', () => {
    expect(() => syntheticContract({ paths: 0 })).toThrow(RangeError);
    expect(() => syntheticContract({ paths: 1.5 })).toThrow(RangeError);
  });
});
