import { describe, expect, it } from 'vitest';
import { decodeText, parseConfigFile, parseText, parseSize, readTextFile, MAX_DEPTH } from '../../src/document/parse.js';
import { tempProject } from '../helpers.js';
import path from 'node:path';
import { InputError } from '../../src/document/errors.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('decodeText', () => {
  it('accepts a UTF-8 BOM and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('openapi: 3.0.3\n')]);
    expect(decodeText(bytes, 'a.yaml')).toBe('openapi: 3.0.3\n');
  });
  it('refuses binary content', () => {
    const error = inputError(() => decodeText(Buffer.from([0x6f, 0x00, 0x01]), 'a.yaml'));
    expect(error.code).toBe('binary');
    expect(error.format()).toContain('a.yaml: binary content');
  });
  it('refuses bytes that are not UTF-8 and names the line', () => {
    const error = inputError(() => decodeText(Buffer.concat([Buffer.from('a: 1\nb: '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]), 'a.yaml'));
    expect(error.code).toBe('encoding');
    expect(error.line).toBe(2);
    expect(error.message).toContain('offset 8');
  });
  it('refuses an empty or blank file', () => {
    expect(inputError(() => decodeText(Buffer.from('  \n\n'), 'a.yaml')).code).toBe('empty');
  });
});

describe('parseText', () => {
  it('parses YAML with the core schema: dates stay strings', () => {
    const { data } = parseText('x-sunset: 2026-12-31\nn: 012\n', 'a.yaml', 'yaml');
    expect(data).toEqual({ 'x-sunset': '2026-12-31', n: 12 });
  });
  it('reports invalid YAML with its line', () => {
    const error = inputError(() => parseText('a: 1\nb: [1, 2\nc: 3\n', 'a.yaml', 'yaml'));
    expect(error.code).toBe('syntax');
    expect(error.format()).toMatch(/^a\.yaml:\d+: invalid YAML: /);
  });
  it('refuses duplicate mapping keys in YAML with the line of the duplicate', () => {
    const error = inputError(() => parseText('info:\n  title: a\n  title: b\n', 'a.yaml', 'yaml'));
    expect(error.code).toBe('syntax');
    expect(error.message).toContain('duplicated mapping key');
    expect(error.line).toBe(3);
  });
  it('reports invalid JSON with its line', () => {
    const error = inputError(() => parseText('{\n  "a": 1,\n  "b": \n}\n', 'a.json', 'json'));
    expect(error.code).toBe('syntax');
    expect(error.line).toBe(4);
    expect(error.format()).toMatch(/^a\.json:4: invalid JSON: /);
  });
  it('refuses a YAML alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(97 + i - 1);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const start = Date.now();
    const error = inputError(() => parseText(lines.join('\n') + '\n', 'bomb.yaml', 'yaml'));
    expect(error.code).toBe('alias-bomb');
    expect(Date.now() - start).toBeLessThan(5000);
  });
  it('accepts a few ordinary aliases', () => {
    const { data } = parseText('base: &b {type: string}\na: *b\nc: *b\n', 'a.yaml', 'yaml');
    expect((data as Record<string, unknown>).c).toEqual({ type: 'string' });
  });
  it('refuses JSON nested deeper than the limit', () => {
    const depth = 100_000;
    const error = inputError(() => parseText('['.repeat(depth) + ']'.repeat(depth), 'deep.json', 'json'));
    expect(error.code).toBe('too-deep');
    expect(error.message).toContain(String(MAX_DEPTH));
  });
  it('refuses a 1000-deep YAML flow sequence', () => {
    const error = inputError(() => parseText('a: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n', 'deep.yaml', 'yaml'));
    expect(error.code).toBe('too-deep');
  });
  it('refuses block YAML nested past the limit while loading (the error has a line)', () => {
    let text = '';
    for (let i = 0; i < MAX_DEPTH + 10; i++) text += ' '.repeat(i) + 'a:\n';
    const error = inputError(() => parseText(text + ' '.repeat(MAX_DEPTH + 10) + 'b: 1\n', 'deep.yaml', 'yaml'));
    expect(error.code).toBe('too-deep');
    expect(error.line).toBeGreaterThan(MAX_DEPTH - 10);
    expect(() => parseText('a:\n  b:\n    c: [1, {d: 2}]\n', 'ok.yaml', 'yaml')).not.toThrow();
  });
  it('refuses YAML whose aliases nest deeper than the limit although the text is shallow', () => {
    const lines = ['a0: &a0 [1]'];
    for (let i = 1; i <= MAX_DEPTH + 10; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    const error = inputError(() => parseText(lines.join('\n') + '\n', 'deep-aliases.yaml', 'yaml'));
    expect(error.code).toBe('too-deep');
    expect(error.message).toContain(String(MAX_DEPTH));
  });
});

describe('readTextFile', () => {
  it.skipIf(process.platform !== 'linux')('reports a file that cannot be read', () => {
    // /proc/self/mem exists and stats fine, but reading it from the start fails with EIO
    const error = inputError(() => readTextFile('/proc/self/mem', 'mem.yaml', 1024));
    expect(error.code).toBe('unreadable');
    expect(error.format()).toBe('mem.yaml: cannot read file (EIO)');
  });
});

describe('parseConfigFile', () => {
  it('reads YAML config with the file guards: empty is undefined, missing and syntax errors are named', () => {
    const dir = tempProject({ 'ok.yaml': 'a: 1\n', 'empty.yaml': '  \n', 'bad.yaml': 'a: [\n', 'big.yaml': 'a: ' + 'x'.repeat(100) + '\n', 'nul.yaml': 'a: 1\u0000' });
    const at = (name: string) => path.join(dir, name);
    expect(parseConfigFile(at('ok.yaml'), 'ok.yaml', 'gone')?.data).toEqual({ a: 1 });
    expect(parseConfigFile(at('empty.yaml'), 'empty.yaml', 'gone')).toBeUndefined();
    const missing = inputError(() => parseConfigFile(at('none.yaml'), 'none.yaml', 'config file not found'));
    expect([missing.code, missing.format()]).toEqual(['not-found', 'none.yaml: config file not found']);
    const bad = inputError(() => parseConfigFile(at('bad.yaml'), 'bad.yaml', 'gone'));
    expect(bad.code).toBe('config');
    expect(bad.format()).toMatch(/^bad\.yaml:\d+: invalid YAML/);
    expect(inputError(() => parseConfigFile(at('big.yaml'), 'big.yaml', 'gone', 50)).code).toBe('too-large');
    expect(inputError(() => parseConfigFile(at('nul.yaml'), 'nul.yaml', 'gone')).code).toBe('binary');
  });
});

describe('parseSize', () => {
  it('reads sizes with units', () => {
    expect(parseSize('100MB')).toBe(100 * 1024 * 1024);
    expect(parseSize('512kb')).toBe(512 * 1024);
    expect(parseSize('2048')).toBe(2048);
    expect(parseSize('lots')).toBeUndefined();
  });
});
