import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import type { Contract } from '../../src/document/contract.js';
import { tempProject } from '../helpers.js';

async function loadOne(dir: string, file: string, extra: Record<string, unknown> = {}): Promise<Contract> {
  const { contracts, errors } = await loadContracts([file], { cwd: dir, ...extra });
  expect(errors).toEqual([]);
  expect(contracts).toHaveLength(1);
  return contracts[0]!;
}

const api = (schemas: string) => `openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths: {}
components:
  schemas:
${schemas}`;

describe('$ref resolution', () => {
  it('resolves local pointers and relative files, and derefs chains', async () => {
    const dir = tempProject({
      'api.yaml': api(`    Order: {$ref: 'schemas/order.yaml#/Order'}\n    Alias: {$ref: '#/components/schemas/Order'}\n`),
      'schemas/order.yaml': 'Order:\n  type: object\n  properties:\n    customer: {$ref: "./customer.yaml"}\n',
      'schemas/customer.yaml': 'type: object\nproperties:\n  customerId: {type: string}\n',
    });
    const contract = await loadOne(dir, 'api.yaml');
    expect(contract.refs.problems).toEqual([]);
    expect(contract.refs.files.size).toBe(3);
    const alias = contract.refs.deref({ $ref: '#/components/schemas/Alias' }, { source: contract, path: [] });
    expect(alias.source.file).toBe(path.join('schemas', 'order.yaml'));
    expect(alias.path).toEqual(['Order']);
    const customer = contract.refs.resolve('./customer.yaml', alias.source);
    expect(customer?.value).toMatchObject({ properties: { customerId: { type: 'string' } } });
  });

  it('each $ref site records the object holding it and where it points', async () => {
    const dir = tempProject({
      'api.yaml': api(`    Order: {$ref: 'schemas/order.yaml#/Order'}\n    Alias: {$ref: '#/components/schemas/Order'}\n`),
      'schemas/order.yaml': 'Order: {type: object}\n',
    });
    const contract = await loadOne(dir, 'api.yaml');
    const byRef = new Map(contract.refs.sites.map((s) => [s.ref, s]));
    const schemas = (contract.data as { components: { schemas: Record<string, unknown> } }).components.schemas;
    expect(byRef.get('#/components/schemas/Order')!.node).toBe(schemas.Alias);
    expect(byRef.get('#/components/schemas/Order')!.target).toEqual({ kind: 'ok', uri: contract.uri, fragment: '#/components/schemas/Order' });
    expect(byRef.get('schemas/order.yaml#/Order')!.target).toEqual({ kind: 'ok', uri: path.join(fs.realpathSync(dir), 'schemas', 'order.yaml'), fragment: '#/Order' });
  });

  it('reports a missing file and a missing pointer where the $ref is written', async () => {
    const dir = tempProject({
      'api.yaml': api(`    A: {$ref: 'nope.yaml'}\n    B: {$ref: '#/components/schemas/Missing'}\n`),
    });
    const contract = await loadOne(dir, 'api.yaml');
    const problems = contract.refs.problems.map((p) => [p.kind, p.path.join('/'), p.message]);
    expect(problems).toEqual([
      ['unresolvable', 'components/schemas/B', '$ref "#/components/schemas/Missing" points at nothing (no such pointer)'],
      ['unresolvable', 'components/schemas/A', expect.stringContaining('file not found')],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1])) * -1));
  });

  it('refuses absolute paths and paths that leave the project root', async () => {
    const outside = tempProject({ 'secret.yaml': 'type: string\n' });
    const dir = tempProject({
      'api.yaml': api(`    A: {$ref: '${path.join(outside, 'secret.yaml')}'}\n    B: {$ref: '../${path.basename(outside)}/secret.yaml'}\n    C: {$ref: 'file:///etc/passwd'}\n`),
    });
    const contract = await loadOne(dir, 'api.yaml');
    expect(contract.refs.problems.map((p) => p.kind)).toEqual(['outside-root', 'outside-root', 'outside-root']);
    expect(contract.refs.files.size).toBe(1);
  });

  it('does not follow a symlink out of the project root', async () => {
    const outside = tempProject({ 'secret.yaml': 'type: string\n' });
    const dir = tempProject({ 'api.yaml': api(`    A: {$ref: 'link/secret.yaml'}\n`) });
    fs.symlinkSync(outside, path.join(dir, 'link'));
    const contract = await loadOne(dir, 'api.yaml');
    expect(contract.refs.problems).toHaveLength(1);
    expect(contract.refs.problems[0]!.message).toContain('symlink outside the project root');
  });

  it('terminates on self, two-schema, allOf and cross-file cycles', async () => {
    const dir = tempProject({
      'api.yaml': api(
        [
          `    Category: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Category'}}}}`,
          `    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}`,
          `    B: {allOf: [{$ref: '#/components/schemas/A'}]}`,
          `    X: {$ref: 'other.yaml#/Y'}`,
          `    Loop1: {$ref: '#/components/schemas/Loop2'}`,
          `    Loop2: {$ref: '#/components/schemas/Loop1'}`,
        ].join('\n') + '\n',
      ),
      'other.yaml': 'Y: {type: object, properties: {back: {$ref: "api.yaml#/components/schemas/X"}}}\n',
    });
    const contract = await loadOne(dir, 'api.yaml');
    const circular = contract.refs.problems.filter((p) => p.message.includes('circular'));
    expect(circular.map((p) => p.path.join('/')).sort()).toEqual(['components/schemas/Loop1', 'components/schemas/Loop2']);
  });
});

describe('remote $refs', () => {
  let server: http.Server;
  let connections = 0;
  let url = '';
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.end('type: string\n'));
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    url = `http://127.0.0.1:${address.port}/schema.yaml`;
  });
  afterAll(() => server.close());

  it('are never fetched without --allow-remote-refs', async () => {
    const dir = tempProject({ 'api.yaml': api(`    A: {$ref: '${url}'}\n`) });
    const contract = await loadOne(dir, 'api.yaml');
    expect(connections).toBe(0);
    expect(contract.refs.problems.map((p) => p.kind)).toEqual(['remote-disabled']);
  });

  it('are fetched when allowed', async () => {
    const dir = tempProject({ 'api.yaml': api(`    A: {$ref: '${url}'}\n`) });
    const contract = await loadOne(dir, 'api.yaml', { allowRemoteRefs: true });
    expect(contract.refs.problems).toEqual([]);
    expect(connections).toBeGreaterThan(0);
    expect(contract.refs.files.get(url)?.data).toEqual({ type: 'string' });
  });
});
