import { describe, expect, it } from 'vitest';
import { collectionShapeOf, isItemPath, lastStaticSegment, pagingParameters, responseContinuation } from '../../../src/functions/lib/collections.js';
import { opsHeuristicsFrom } from '../../../src/functions/lib/heuristics.js';
import { dictionary, openApi } from '../fixtures.js';

const h = opsHeuristicsFrom(dictionary());

describe('path shapes', () => {
  it('tells items from collections', () => {
    expect(isItemPath('/orders/{orderId}')).toBe(true);
    expect(isItemPath('/files/{name}.json')).toBe(true);
    expect(isItemPath('/orders/{orderId}/lines')).toBe(false);
    expect(isItemPath('/')).toBe(false);
  });
  it('splits a custom method off the last segment', () => {
    expect(lastStaticSegment('/orders:search')).toEqual({ resource: 'orders', action: 'search' });
    expect(lastStaticSegment('/orders/{orderId}:cancel')).toEqual({ resource: '', action: 'cancel' });
    expect(lastStaticSegment('/orders/{orderId}/lines')).toEqual({ resource: 'lines', action: undefined });
  });
});

const doc = `openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get:
      parameters:
        - {name: Limit, in: query, schema: {type: integer}}
        - {name: offset, in: query, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/OrderPage'}}}
  /orders/{orderId}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {lines: {type: array}}}}}}
  /price-lists:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {priceLists: {type: array}}}}}}
  /me:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {emails: {type: array}, name: {type: string}}}}}}
  /exports:
    get:
      responses:
        '200': {description: ok, content: {text/csv: {schema: {type: array}}}}
  /events:
    get:
      responses:
        '200':
          description: ok
          headers: {Link: {schema: {type: string}}}
          content: {application/json: {schema: {type: array}}}
components:
  schemas:
    OrderPage:
      allOf:
        - {type: object, properties: {results: {type: array, items: {type: object}}}}
        - {type: object, properties: {total: {type: integer}, links: {type: object, properties: {next: {type: string}}}}}
`;

describe('collectionShapeOf', () => {
  it('finds envelopes by member name, by path name, and top-level arrays; not items, singletons or CSV', async () => {
    const model = await openApi(doc);
    const shapes = model.operations.map((op) => [op.path, collectionShapeOf(model.contract, op, h)?.kind ?? null, collectionShapeOf(model.contract, op, h)?.itemsMember ?? null]);
    expect(shapes).toEqual([
      ['/orders', 'envelope', 'results'],
      ['/orders/{orderId}', null, null],
      ['/price-lists', 'envelope', 'priceLists'],
      ['/me', null, null],
      ['/exports', null, null],
      ['/events', 'array', null],
    ]);
  });

  it('reads paging parameters case-insensitively and the continuation (dotted members, headers)', async () => {
    const model = await openApi(doc);
    const orders = model.operations[0]!;
    const params = pagingParameters(orders, h);
    expect(params).toEqual({ pageSize: 'Limit', cursor: undefined, offset: 'offset' });
    expect(responseContinuation(model.contract, collectionShapeOf(model.contract, orders, h)!, params, h)).toBe('links.next');
    const events = model.operations[5]!;
    expect(responseContinuation(model.contract, collectionShapeOf(model.contract, events, h)!, pagingParameters(events, h), h)).toBe('header Link');
  });

  it('uses the envelope member names of the dictionary', async () => {
    const model = await openApi(doc);
    const custom = opsHeuristicsFrom(dictionary({ pagination: { itemsFields: ['emails'] } }));
    const me = model.operations.find((op) => op.path === '/me')!;
    expect(collectionShapeOf(model.contract, me, custom)?.itemsMember).toBe('emails');
  });
});
