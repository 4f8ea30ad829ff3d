/** --previous: score deltas, new and fixed findings, history; and the catalog schema itself. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPreviousCatalog } from '../../src/catalog/previous.js';
import { InputError } from '../../src/document/errors.js';
import { STARTER_CONFIG, tempProject, writeFiles } from '../helpers.js';
import { catalogIn, expectValidCatalog, openApi, op } from './helpers.js';

const ordersV1 = openApi({ apiId: 'retail-orders', version: '1.0' }, { servers: ['http://api.acme.com/v1'], paths: { '/ping': { get: op('ping') } } });
const ordersV2 = openApi({ apiId: 'retail-orders', version: '1.1.0' }, { servers: ['http://api.acme.com/v1'], paths: { '/ping': { get: op('ping') } }, schemas: {} });

function asPrevious(catalog: unknown, dir: string, name: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(catalog));
  return loadPreviousCatalog(file, dir);
}

describe('change since a previous catalog', () => {
  it('reports the score delta, new and fixed findings per API and for the estate, and carries the history', async () => {
    const dir = tempProject({ 'apigov.yaml': STARTER_CONFIG, 'orders.yaml': ordersV1, 'pricing.yaml': openApi({ apiId: 'retail-pricing' }, { servers: ['https://api.acme.com/v1'] }) });
    const first = await catalogIn(dir, { generatedAt: '2026-05-01T00:00:00.000Z' });
    const orders1 = first.apis.find((a) => a.apiId === 'retail-orders')!;
    expect(orders1.findings.list.map((f) => f.ruleId).sort()).toEqual(['security-https-only', 'version-semver']);

    // fix the version, keep http, and make pricing worse
    writeFiles(dir, { 'orders.yaml': ordersV2, 'pricing.yaml': openApi({ apiId: 'retail-pricing' }, { servers: ['http://pricing.acme.com/v1'] }) });
    const second = await catalogIn(dir, { generatedAt: '2026-06-01T00:00:00.000Z', previous: asPrevious(first, dir, 'first.json') });
    const orders2 = second.apis.find((a) => a.apiId === 'retail-orders')!;
    const pricing2 = second.apis.find((a) => a.apiId === 'retail-pricing')!;
    expect(orders2.change).toEqual({ scoreDelta: Math.round((orders2.score.total - orders1.score.total) * 10) / 10, newFindings: 0, fixedFindings: 1, breakingChanges: [] });
    expect(orders2.change!.scoreDelta).toBeGreaterThan(0);
    expect(pricing2.change).toMatchObject({ newFindings: 1, fixedFindings: 0 });
    expect(second.summary.change).toEqual({
      previousGeneratedAt: '2026-05-01T00:00:00.000Z',
      scoreDelta: Math.round((second.summary.score - first.summary.score) * 10) / 10,
      newFindings: 1,
      fixedFindings: 1,
      breakingChanges: 0,
    });
    expect(second.history).toEqual([{ generatedAt: '2026-05-01T00:00:00.000Z', score: first.summary.score, error: first.summary.error, warn: first.summary.warn, contracts: 2 }]);

    const third = await catalogIn(dir, { generatedAt: '2026-07-01T00:00:00.000Z', previous: asPrevious(second, dir, 'second.json') });
    expect(third.history.map((h) => h.generatedAt)).toEqual(['2026-05-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z']);
    expect(third.summary.change).toMatchObject({ scoreDelta: 0, newFindings: 0, fixedFindings: 0 });
  });

  it('has no change for an API that is new since the previous catalog', async () => {
    const dir = tempProject({ 'apigov.yaml': STARTER_CONFIG, 'orders.yaml': ordersV2 });
    const first = await catalogIn(dir);
    writeFiles(dir, { 'stores.yaml': openApi({ apiId: 'retail-stores' }) });
    const second = await catalogIn(dir, { previous: asPrevious(first, dir, 'first.json') });
    expect(second.apis.find((a) => a.apiId === 'retail-stores')!.change).toBeUndefined();
    expect(second.apis.find((a) => a.apiId === 'retail-orders')!.change).toBeDefined();
  });

  it('refuses a previous file that is missing, not JSON or not a catalog, naming the file and the member', () => {
    const dir = tempProject({ 'bad.json': '{"generatedAt": 1', 'other.json': JSON.stringify({ generatedAt: 'x', summary: { score: 1, error: 0, warn: 0, contracts: 1 }, apis: [{ apiId: 'a', file: 'a.yaml', score: {} }] }) });
    const fail = (file: string) => {
      try {
        loadPreviousCatalog(file, dir);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).format();
      }
      throw new Error('expected an input error');
    };
    expect(fail('missing.json')).toBe('missing.json: previous catalog not found');
    expect(fail('bad.json')).toMatch(/^bad\.json: previous catalog is not valid JSON/);
    expect(fail('other.json')).toBe('other.json: not an apigov catalog.json: "apis[0].score.total" must be a number');
  });
});

describe('catalog schema', () => {
  it('is strict: unknown members and wrong types are rejected', async () => {
    const catalog = await catalogIn(tempProject({ 'apigov.yaml': STARTER_CONFIG, 'orders.yaml': ordersV2 }));
    const withExtra = structuredClone(catalog) as unknown as Record<string, unknown>;
    withExtra.extra = true;
    expect(() => expectValidCatalog(withExtra)).toThrow();
    const badApi = structuredClone(catalog);
    (badApi.apis[0] as unknown as Record<string, unknown>).surprise = 1;
    expect(() => expectValidCatalog(badApi)).toThrow();
    const badGrade = structuredClone(catalog);
    (badGrade.summary as unknown as Record<string, unknown>).grade = 'platinum';
    expect(() => expectValidCatalog(badGrade)).toThrow();
  });
});
