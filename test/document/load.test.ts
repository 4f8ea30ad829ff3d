import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import { detect } from '../../src/document/detect.js';
import { InputError } from '../../src/document/errors.js';
import { minimalOpenApi, tempProject } from '../helpers.js';

describe('detect', () => {
  it.each([
    [{ swagger: '2.0' }, 'oas2'],
    [{ swagger: 2 }, 'oas2'],
    [{ openapi: '3.0.3' }, 'oas3.0'],
    [{ openapi: '3.1.0' }, 'oas3.1'],
    [{ openapi: '3.2.0' }, 'oas3.2'],
    [{ asyncapi: '2.0.0' }, 'asyncapi2'],
    [{ asyncapi: '2.6.0' }, 'asyncapi2'],
    [{ asyncapi: '3.0.0' }, 'asyncapi3'],
  ])('detects %j as %s', (data, formatId) => {
    expect(detect(data, 'x')?.formatId).toBe(formatId);
  });
  it.each([[{ swagger: '1.2' }], [{ openapi: '4.0.0' }], [{ asyncapi: '9.0.0' }], [{ openapi: 3 }]])('refuses %j', (data) => {
    expect(() => detect(data, 'x')).toThrow(InputError);
    try {
      detect(data, 'x.yaml');
    } catch (error) {
      expect((error as InputError).code).toBe('unsupported-version');
      expect((error as InputError).format()).toMatch(/^x\.yaml: /);
    }
  });
  it('returns undefined for documents that are not contracts', () => {
    expect(detect({ name: 'x' }, 'x')).toBeUndefined();
    expect(detect([1, 2], 'x')).toBeUndefined();
  });
});

describe('loadContracts', () => {
  it('finds contracts in a directory and skips other YAML and JSON', async () => {
    const dir = tempProject({
      'apis/a.yaml': minimalOpenApi(),
      'apis/b.json': JSON.stringify({ asyncapi: '3.0.0', info: { title: 'b', version: '1.0.0' } }),
      'apis/values.yaml': 'replicas: 3\n',
      'apis/package.json': '{"name": "x"}',
      'apis/fragment.yaml': 'Order:\n  type: object\n',
      'apis/node_modules/dep/openapi.yaml': minimalOpenApi(),
      'apis/.hidden/openapi.yaml': minimalOpenApi(),
    });
    const { contracts, errors } = await loadContracts(['apis'], { cwd: dir });
    expect(errors).toEqual([]);
    expect(contracts.map((c) => c.file)).toEqual([path.join('apis', 'a.yaml'), path.join('apis', 'b.json')]);
  });

  it('expands globs', async () => {
    const dir = tempProject({ 'x/one.yaml': minimalOpenApi(), 'x/two.yml': minimalOpenApi(), 'x/y/three.yaml': minimalOpenApi() });
    const { contracts } = await loadContracts(['x/**/*.yaml'], { cwd: dir });
    expect(contracts.map((c) => c.file).sort()).toEqual([path.join('x', 'one.yaml'), path.join('x', 'y', 'three.yaml')]);
  });

  it('treats a named file that is not a contract as an input error', async () => {
    const dir = tempProject({ 'values.yaml': 'replicas: 3\n' });
    const { errors } = await loadContracts(['values.yaml'], { cwd: dir });
    expect(errors.map((e) => e.format())).toEqual(['values.yaml: not an OpenAPI or AsyncAPI document (no openapi, swagger or asyncapi key at the root)']);
  });

  it('reports a missing path', async () => {
    const dir = tempProject();
    await expect(loadContracts(['nope.yaml'], { cwd: dir })).rejects.toThrow('no such file or directory');
  });

  it('refuses files over the size cap', async () => {
    const dir = tempProject({ 'big.yaml': minimalOpenApi('x-pad: "' + 'a'.repeat(5000) + '"\n') });
    const { errors } = await loadContracts(['big.yaml'], { cwd: dir, maxFileBytes: 1024 });
    expect(errors[0]!.code).toBe('too-large');
    expect(errors[0]!.format()).toMatch(/^big\.yaml: file is 5 KB, over the 1 KB limit/);
  });

  it('survives a symlink loop in a scanned directory', async () => {
    const dir = tempProject({ 'apis/a.yaml': minimalOpenApi() });
    fs.symlinkSync(path.join(dir, 'apis'), path.join(dir, 'apis', 'loop'));
    const { contracts } = await loadContracts(['apis'], { cwd: dir });
    expect(contracts).toHaveLength(1);
  });

  it('reports a broken contract found in a directory scan', async () => {
    const dir = tempProject({ 'apis/a.yaml': 'openapi: 3.0.3\ninfo: [\n' });
    const { errors } = await loadContracts(['apis'], { cwd: dir });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('syntax');
  });
});
