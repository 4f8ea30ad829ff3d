/** apigov.yaml loading: the same file guards as contracts; an empty file is no configuration. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/document/errors.js';
import { loadConfig } from '../../src/lint/config.js';
import { tempProject } from '../helpers.js';

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an input error');
}

describe('loadConfig', () => {
  it('an empty file is no configuration; missing, binary and malformed files are input errors', () => {
    const dir = tempProject({ 'empty.yaml': '\n', 'binary.yaml': 'rules: {}\u0000\n', 'latin1.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]), 'bad.yaml': 'rules: [\n' });
    expect(loadConfig(dir, 'empty.yaml')).toEqual({ config: {}, file: path.join(dir, 'empty.yaml'), dir });
    expect(errorOf(() => loadConfig(dir, 'nope.yaml')).format()).toBe('nope.yaml: config file not found');
    expect(errorOf(() => loadConfig(dir, 'binary.yaml')).code).toBe('binary');
    expect(errorOf(() => loadConfig(dir, 'latin1.yaml')).code).toBe('encoding');
    expect(errorOf(() => loadConfig(dir, 'bad.yaml')).code).toBe('config');
  });
});
