import { describe, expect, it } from 'vitest';
import { escapeControl, InputError, oneLine } from '../../src/document/errors.js';

describe('escapeControl', () => {
  it('makes terminal escapes, C1 controls, bidi overrides and line separators visible', () => {
    expect(escapeControl('a\u001b[31mred\u0007')).toBe('a\\x1b[31mred\\x07');
    expect(escapeControl('x\u009by')).toBe('x\\x9by');
    expect(escapeControl('admin\u202e\u2066txt')).toBe('admin\\u202e\\u2066txt');
    expect(escapeControl('l1\u2028l2')).toBe('l1\\u2028l2');
    expect(escapeControl('tab\tstays')).toBe('tab\tstays');
    expect(escapeControl('café ✓')).toBe('café ✓');
  });
  it('oneLine folds newlines', () => {
    expect(oneLine('a\n  b\r\nc')).toBe('a b c');
  });
  it('formats input errors as file:line: message', () => {
    expect(new InputError('syntax', 'invalid YAML: bad\nthing', 'api.yaml', 3).format()).toBe('api.yaml:3: invalid YAML: bad thing');
    expect(new InputError('usage', 'no paths').format()).toBe('no paths');
  });
});
