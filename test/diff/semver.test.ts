/** The version policy of DIFF-POLICY.md, as a table. */
import { describe, expect, it } from 'vitest';
import { actualBump, requiredBump, versionVerdict } from '../../src/diff/semver.js';
import type { Change, Level } from '../../src/diff/types.js';
import { diffPresence } from '../../src/diff/engine.js';
import { diffTexts } from './harness.js';

const change = (level: Level, addition = false): Change => ({ checkId: 'x-y', level, message: 'm', fingerprint: 'f', family: 'schemas', addition });

describe('required bump', () => {
  it.each([
    [[change('breaking')], '1.4.2', 'major'],
    [[change('breaking')], '0.9.0', 'minor'],
    [[change('info', true)], '1.4.2', 'minor'],
    [[change('warning')], '1.4.2', 'minor'],
    [[change('info', true)], '0.9.0', 'patch'],
    [[change('info')], '1.4.2', 'patch'],
    [[], '1.4.2', 'none'],
  ] as const)('%j on %s needs %s', (changes, base, bump) => {
    expect(requiredBump(changes, base)).toBe(bump);
  });

  it('measures the actual bump', () => {
    expect(actualBump('1.4.2', '2.0.0')).toBe('major');
    expect(actualBump('1.4.2', '1.5.0')).toBe('minor');
    expect(actualBump('1.4.2', '1.4.3')).toBe('patch');
    expect(actualBump('1.4.2', '1.4.2')).toBe('none');
    expect(actualBump('1.4.2', '1.4.3-rc.1')).toBe('patch');
  });
});

describe('version verdict', () => {
  it.each([
    ['1.4.2', '2.0.0', [change('breaking')], true],
    ['1.4.2', '1.5.0', [change('breaking')], false],
    ['0.9.0', '0.10.0', [change('breaking')], true],
    ['1.4.2', '1.5.0', [change('info', true)], true],
    ['1.4.2', '1.4.3', [change('info', true)], false],
    ['1.4.2', '1.4.2', [], true],
    ['1.4.2', '1.4.1', [], false],
    ['1.4', '1.5', [], false],
    ['v1', 'v2', [change('breaking')], false],
  ] as const)('%s → %s with %j: ok=%s', (base, revision, changes, ok) => {
    const verdict = versionVerdict(base, revision, changes);
    expect(verdict.ok).toBe(ok);
    if (!ok) expect(verdict.reason).toBeTruthy();
  });

  it('a lower revision version is refused even without changes', () => {
    expect(versionVerdict('2.0.0', '1.9.9', []).reason).toMatch(/lower than base/);
  });

  it('deprecated-then-sunset removal needs no major bump', async () => {
    const api = (version: string, cancel: string) => `openapi: 3.0.3
info: {title: Orders, version: ${version}}
paths:
  /orders/{orderId}:
    get:
      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
${cancel}`;
    const deprecated = `    delete:\n      deprecated: true\n      x-sunset: "2024-06-30"\n      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]\n      responses: {'204': {description: ok}}\n`;
    const result = await diffTexts(api('3.1.0', deprecated), api('3.1.1', ''));
    expect(result.changes.map((c) => [c.checkId, c.level])).toEqual([['operation-removed-after-sunset', 'info']]);
    expect(result.version).toEqual({ base: '3.1.0', revision: '3.1.1', requiredBump: 'patch', ok: true });
    const early = await diffTexts(api('3.1.0', deprecated.replace('2024-06-30', '2999-06-30')), api('3.2.0', ''));
    expect(early.changes[0]!.checkId).toBe('operation-removed-before-sunset');
    expect(early.version).toMatchObject({ requiredBump: 'major', ok: false });
  });
});

describe('contracts on one side only', () => {
  it('need the bump requiredBump asks for, with levels and waivers applied as for a pair', () => {
    expect(diffPresence('contract-removed', 'HEAD:a.yaml').version).toEqual({ base: '', revision: '', requiredBump: 'major', ok: true });
    expect(diffPresence('contract-added', 'a.yaml').version.requiredBump).toBe('minor');
    // set to info, a removal is not an addition: a patch, as for any other info-level change
    expect(diffPresence('contract-removed', 'HEAD:a.yaml', { levels: { 'contract-removed': 'info' } }).version.requiredBump).toBe('patch');
    const seen: Array<{ baseFile: string; revisionFile: string }> = [];
    const waived = diffPresence('contract-removed', 'HEAD:a.yaml', { waive: (_change, files) => (seen.push(files), { kind: 'waiver', reason: 'agreed', approvedBy: 'board', expires: '2999-01-01' }) }, '/repo/a.yaml');
    expect(waived.waived).toBe(1);
    expect(waived.changes[0]!.waived?.reason).toBe('agreed');
    expect(waived.version.requiredBump).toBe('none');
    expect(seen).toEqual([{ baseFile: 'HEAD:a.yaml', revisionFile: '/repo/a.yaml' }]);
  });
});
