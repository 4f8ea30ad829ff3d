/** Config overrides: severity by file glob (and pointer); remote files are never matched by a glob. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lint/finding.js';
import { applyOverrides } from '../../src/lint/overrides.js';

const finding = (file: string): Finding => ({ ruleId: 'r', severity: 'warn', message: 'm', file, pointer: '/info', line: 1, column: 1 });

describe('applyOverrides', () => {
  it('leaves findings in remote documents alone, but matches a local file whose name starts with "http:"', () => {
    const overrides = [{ files: ['**'], rules: { r: 'error' as const } }];
    const out = applyOverrides([finding('https://example.com/api.yaml'), finding('http:odd.yaml'), finding('api.yaml')], overrides, '/p', '/p');
    expect(out.map((f) => [f.file, f.severity])).toEqual([
      ['https://example.com/api.yaml', 'warn'],
      ['http:odd.yaml', 'error'],
      ['api.yaml', 'error'],
    ]);
  });
});
