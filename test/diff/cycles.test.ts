/**
 * `$ref` cycles compare in bounded time and changes inside a cycle are still found: a
 * self-referencing category tree, a two-schema cycle, and a dense web of 300 mutually referencing
 * schemas (the shape of Stripe's expandable objects).
 */
import { describe, expect, it } from 'vitest';
import { diffTexts, expectChange, ids } from './harness.js';

const catalog = (category: string, extra = '') => `openapi: 3.0.3
info: {title: Catalog, version: 1.0.0}
paths:
  /categories/{categoryId}:
    get:
      parameters: [{name: categoryId, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: A category with its subtree
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Category'}
    put:
      parameters: [{name: categoryId, in: path, required: true, schema: {type: string}}]
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Category'}
      responses: {'204': {description: Saved}}
components:
  schemas:
    Category:
      type: object
      required: [id, name]
      properties:
${category}${extra}
`;

const CATEGORY = `        id: {type: string}
        name: {type: string, maxLength: 80}
        slug: {type: string}
        parent: {$ref: '#/components/schemas/Category'}
        children:
          type: array
          items: {$ref: '#/components/schemas/Category'}
`;

describe('cycles', () => {
  it('a self-referencing category tree compares in finite time with no change', async () => {
    const result = await diffTexts(catalog(CATEGORY), catalog(CATEGORY));
    expect(result.changes).toEqual([]);
  });

  it('a property removed inside the cycle is found, once per side', async () => {
    const result = await diffTexts(catalog(CATEGORY), catalog(CATEGORY.replace('        slug: {type: string}\n', '')));
    expect(ids(result).sort()).toEqual(['request-property-removed', 'response-property-removed']);
    const change = expectChange(result, 'response-property-removed', 'breaking');
    // reported at the shortest path, not unrolled through parent.children[].parent…
    expect(change.message).toContain("'slug'");
  });

  it('a change deep in the recursion (the children items) is found', async () => {
    const result = await diffTexts(catalog(CATEGORY), catalog(CATEGORY.replace('items: {$ref: \'#/components/schemas/Category\'}', "items: {$ref: '#/components/schemas/Category'}\n          maxItems: 500")));
    expectChange(result, 'request-max-items-decreased', 'breaking', "'children'");
  });

  it('a two-schema cycle (product ↔ bundle) finds a property removed inside it', async () => {
    const api = (bundleProps: string) => `openapi: 3.1.0
info: {title: Catalog, version: 1.0.0}
paths:
  /products/{sku}:
    get:
      parameters: [{name: sku, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Product'}}}}
components:
  schemas:
    Product:
      type: object
      properties:
        sku: {type: string}
        bundles: {type: array, items: {$ref: '#/components/schemas/Bundle'}}
    Bundle:
      type: object
      properties:
        bundleId: {type: string}
        products: {type: array, items: {$ref: '#/components/schemas/Product'}}
${bundleProps}
`;
    const result = await diffTexts(api('        discountPercent: {type: number}'), api(''));
    const change = expectChange(result, 'response-property-removed', 'breaking');
    expect(change.message).toContain("'bundles[].discountPercent'");
    expect(result.changes).toHaveLength(1);
  });

  it('a dense web of 300 mutually referencing schemas diffs in bounded time', async () => {
    const n = 300;
    const schemas = (changed: number) =>
      Array.from({ length: n }, (_, i) => {
        const refs = [1, 7, 31].map((step) => `        rel${step}: {$ref: '#/components/schemas/S${(i + step) % n}'}`).join('\n');
        const extra = i === changed ? '' : `        note${i}: {type: string}\n`;
        return `    S${i}:\n      type: object\n      properties:\n        id: {type: string}\n${extra}${refs}`;
      }).join('\n');
    const api = (changed: number) => `openapi: 3.1.0
info: {title: Web, version: 1.0.0}
paths:
${Array.from({ length: 40 }, (_, i) => `  /things${i}:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/S${i * 7}'}}}}`).join('\n')}
components:
  schemas:
${schemas(changed)}
`;
    const started = Date.now();
    const result = await diffTexts(api(-1), api(150));
    expect(Date.now() - started).toBeLessThan(10_000);
    // S150 is reachable from every operation: one removal reported per operation, at its shortest path
    expect(result.changes).toHaveLength(40);
    expect(new Set(result.changes.map((c) => c.checkId))).toEqual(new Set(['response-property-removed']));
    expect(result.changes.every((c) => c.message.includes('note150'))).toBe(true);
  });
});
