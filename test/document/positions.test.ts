import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/parse.js';

const yaml = `openapi: 3.0.3
info:
  title: Orders   # comment
  version: 1.0.0
paths:
  /orders:
    get:
      parameters:
        - name: limit
          in: query
        -
          name: cursor
          in: query
      responses:
        '200':
          description: ok
components:
  schemas:
    Order:
      type: object
      properties:
        custId: {type: integer}
        tags: [a, b, a]
`;

function locate(text: string, syntax: 'yaml' | 'json', paths: string[][]) {
  return parseText(text, 'x', syntax).positions.locate(paths);
}

describe('YAML positions', () => {
  it('points object members at their key and array items at their value', () => {
    const [info, title, version, limit, cursor, custId, tagA2] = locate(yaml, 'yaml', [
      ['info'],
      ['info', 'title'],
      ['info', 'version'],
      ['paths', '/orders', 'get', 'parameters', '0'],
      ['paths', '/orders', 'get', 'parameters', '1', 'name'],
      ['components', 'schemas', 'Order', 'properties', 'custId'],
      ['components', 'schemas', 'Order', 'properties', 'tags', '2'],
    ]);
    expect(info).toEqual({ line: 2, column: 1 });
    expect(title).toEqual({ line: 3, column: 3 });
    expect(version).toEqual({ line: 4, column: 3 });
    expect(limit).toEqual({ line: 9, column: 11 });
    expect(cursor).toEqual({ line: 12, column: 11 });
    expect(custId).toEqual({ line: 22, column: 9 });
    expect(tagA2).toEqual({ line: 23, column: 22 });
  });
  it('falls back to the closest existing ancestor', () => {
    const [missing] = locate(yaml, 'yaml', [['info', 'x-owner']]);
    expect(missing).toEqual({ line: 2, column: 1 });
  });
  it('locates quoted keys such as response codes', () => {
    const [ok] = locate(yaml, 'yaml', [['paths', '/orders', 'get', 'responses', '200']]);
    expect(ok).toEqual({ line: 15, column: 9 });
  });
});

describe('JSON positions', () => {
  const json = JSON.stringify(
    { openapi: '3.0.3', info: { title: 'x', version: '1.0.0' }, paths: { '/a~b/c': { get: { tags: ['p', 'q'] } } }, 'esc"ape': { 'k\u00e9y': 1 } },
    null,
    2,
  );
  it('points members at keys, items at values, including escaped keys', () => {
    const [version, tag, escaped] = locate(json, 'json', [['info', 'version'], ['paths', '/a~b/c', 'get', 'tags', '1'], ['esc"ape', 'k\u00e9y']]);
    expect(version).toEqual({ line: 5, column: 5 });
    expect(tag).toEqual({ line: 12, column: 11 });
    expect(escaped).toEqual({ line: 18, column: 5 });
  });
  it('falls back to the closest existing ancestor', () => {
    const [missing] = locate(json, 'json', [['info', 'contact', 'email']]);
    expect(missing).toEqual({ line: 3, column: 3 });
  });
});
