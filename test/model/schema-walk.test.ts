import { describe, expect, it } from 'vitest';
import { effectiveSchema, schemaInventoryOf, visitSchemas } from '../../src/model/index.js';
import { rootNode } from '../../src/model/located.js';
import { toPointer } from '../../src/document/pointer.js';
import { loadContract } from '../functions/fixtures.js';

const doc = `asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels: {}
components:
  schemas:
    Category:
      type: object
      properties:
        name: {type: string}
        parent: {$ref: '#/components/schemas/Category'}
        tags: {type: array, items: {$ref: 'shared.yaml#/Tag'}}
`;

describe('visitSchemas', () => {
  it('visits each reachable schema once, at its definition, across files and cycles', async () => {
    const contract = await loadContract(doc, { 'shared.yaml': 'Tag: {type: object, properties: {label: {type: string}}}\n' });
    const root = { source: contract, path: ['components', 'schemas', 'Category'], value: (contract.data as any).components.schemas.Category };
    const seen: string[] = [];
    visitSchemas(contract, [root, root], (node) => seen.push(`${node.source.file.split('/').pop()}#${toPointer(node.path)}`));
    expect(seen).toEqual([
      'api.yaml#/components/schemas/Category',
      'api.yaml#/components/schemas/Category/properties/name',
      'api.yaml#/components/schemas/Category/properties/tags',
      'shared.yaml#/Tag',
      'shared.yaml#/Tag/properties/label',
    ]);
  });

  it('reaches the same schemas, at the same definitions, as the schema inventory', async () => {
    const contract = await loadContract(doc, { 'shared.yaml': 'Tag: {type: object, properties: {label: {type: string}, alias: {$ref: "#/Tag"}}, allOf: [{$ref: "#/Base"}]}\nBase: {type: object, additionalProperties: {type: string}}\n' });
    const root = { source: contract, path: ['components', 'schemas', 'Category'], value: (contract.data as any).components.schemas.Category };
    const name = (node: { source: { file: string }; path: string[] }) => `${node.source.file.split('/').pop()}#${toPointer(node.path)}`;
    const visited: string[] = [];
    visitSchemas(contract, [root], (node) => visited.push(name(node)));
    const inventory = schemaInventoryOf(contract);
    expect(inventory.schemas.map((s) => name(s.node)).sort()).toEqual([...visited].sort());
    expect(inventory.properties.map((p) => `${p.name}:${name(p.schema)}`).sort()).toEqual([
      'alias:shared.yaml#/Tag',
      'label:shared.yaml#/Tag/properties/label',
      'name:api.yaml#/components/schemas/Category/properties/name',
      'parent:api.yaml#/components/schemas/Category',
      'tags:api.yaml#/components/schemas/Category/properties/tags',
    ]);
  });

  it('skips what a seen set already holds', async () => {
    const contract = await loadContract(doc, { 'shared.yaml': 'Tag: {type: object}\n' });
    const root = { source: contract, path: ['components', 'schemas', 'Category'], value: (contract.data as any).components.schemas.Category };
    const first = visitSchemas(contract, [root], () => undefined);
    let count = 0;
    visitSchemas(contract, [root], () => count++, new Set(first));
    expect(count).toBe(0);
  });
});

describe('effectiveSchema memo and $ref resolution cache', () => {
  it('returns the same merged view for the same node, and resolves a ref once', async () => {
    const contract = await loadContract(doc, { 'shared.yaml': 'Tag: {type: object}\n' });
    const node = { source: contract, path: ['components', 'schemas', 'Category'], value: (contract.data as any).components.schemas.Category };
    expect(effectiveSchema(contract, node)).toBe(effectiveSchema(contract, { ...node }));
    const a = contract.refs.resolve('#/components/schemas/Category', contract);
    expect(contract.refs.resolve('#/components/schemas/Category', contract)).toBe(a);
    expect(a?.path).toEqual(['components', 'schemas', 'Category']);
    expect(rootNode(contract).path).toEqual([]);
  });
});
