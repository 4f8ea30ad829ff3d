/** The diff reporters on plain data: grouping, folding, version failures, escaping, exit decision. */
import { describe, expect, it } from 'vitest';
import { formatDiffReport, reportFails, type DiffReport } from '../../src/diff/report/index.js';
import type { Change, Level } from '../../src/diff/types.js';

const change = (level: Level, operation: string | undefined, message: string, extra: Partial<Change> = {}): Change => ({
  checkId: level === 'breaking' ? 'response-property-removed' : level === 'warning' ? 'request-property-removed' : 'operation-added',
  level,
  message: operation !== undefined ? `${operation} ${message}` : message,
  ...(operation !== undefined ? { operation } : {}),
  fingerprint: `f${Math.random().toString(16).slice(2, 12)}`,
  family: 'schemas',
  addition: level === 'info',
  revision: { file: 'orders.yaml', pointer: '/paths/~1orders/get', line: 12, column: 5 },
  ...extra,
});

const report = (changes: Change[], over: Partial<DiffReport> = {}, ok = true): DiffReport => ({
  toolVersion: '0.1.0',
  contracts: [{ baseFile: 'orders-v1.yaml', revisionFile: 'orders.yaml', status: 'modified', changes, waived: 0, version: { base: '1.0.0', revision: '1.1.0', requiredBump: ok ? 'minor' : 'major', ok, ...(ok ? {} : { reason: 'the changes need a major version bump (at least 2.0.0), but 1.0.0 → 1.1.0 is a minor bump' }) } }],
  failOn: 'breaking',
  includeInfo: false,
  versionCheck: true,
  multi: false,
  ...over,
});

const options = { color: false, cwd: '/repo' };

describe('diff reporters', () => {
  it('text groups by operation with breaking groups first and hides info unless asked', () => {
    const r = report([change('info', 'GET /stock', 'operation added'), change('warning', 'POST /orders', "request body 'note': property removed"), change('breaking', 'GET /orders', "response 200 'total': property removed")]);
    const text = formatDiffReport('text', r, options);
    expect(text.indexOf('GET /orders')).toBeLessThan(text.indexOf('POST /orders'));
    expect(text).not.toContain('GET /stock');
    expect(text).toContain('1 breaking change, 1 warning, 1 info; info hidden (--include-info)');
    expect(formatDiffReport('text', { ...r, includeInfo: true }, options)).toContain('GET /stock');
  });

  it('exit decision: fail-on level, version verdict, none', () => {
    expect(reportFails(report([change('warning', 'POST /orders', 'x')]))).toBe(false);
    expect(reportFails(report([change('warning', 'POST /orders', 'x')], { failOn: 'warning' }))).toBe(true);
    expect(reportFails(report([], {}, false))).toBe(true);
    expect(reportFails(report([], { versionCheck: false }, false))).toBe(false);
    expect(reportFails(report([change('breaking', 'GET /orders', 'x')], { failOn: 'none' }))).toBe(false);
  });

  it('markdown folds long sections and lists additions', () => {
    const many = Array.from({ length: 40 }, (_, i) => change('breaking', `GET /orders/${i}`, 'response property removed'));
    const md = formatDiffReport('markdown', report([...many, change('info', 'GET /stock', 'operation added')]), options);
    expect(md).toContain('#### Breaking changes (40)\n\n<details>\n<summary>40 changes</summary>');
    expect(md).toContain('#### Additions (1)');
  });

  it('junit adds a failing case for a version that is not bumped as required', () => {
    const xml = formatDiffReport('junit', report([], {}, false), options);
    expect(xml).toContain('<testcase name="version"');
    expect(xml).toContain('failures="1"');
  });

  it('markdown and text headlines fail on a version not bumped as required, not only on breaking changes', () => {
    const unbumped = report([change('info', 'GET /stock', 'operation added')], {}, false);
    expect(formatDiffReport('markdown', unbumped, options).split('\n')[2]).toBe('❌ **0 breaking changes, 0 warnings, 1 info**, 1 version not bumped as required.');
    expect(formatDiffReport('markdown', report([change('info', 'GET /stock', 'operation added')]), options).split('\n')[2]).toBe('✅ **0 breaking changes, 0 warnings, 1 info**.');
    // not enforced: a warning in the version line only, the headline stays green
    expect(formatDiffReport('markdown', report([], { versionCheck: false }, false), options).split('\n')[2]).toBe('✅ **0 breaking changes, 0 warnings, 0 info**.');
    expect(formatDiffReport('text', unbumped, options)).toContain('0 breaking changes, 0 warnings, 1 info; info hidden (--include-info); 1 version not bumped as required');
  });

  it('markdown and text count waived changes nowhere, as json and the exit decision do', () => {
    const waiver = { kind: 'waiver' as const, reason: 'agreed', approvedBy: 'board', expires: '2999-01-01' };
    const r = report([change('breaking', 'GET /orders', "response 200 'total': property removed", { waived: waiver }), change('warning', 'POST /orders', "request body 'note': property removed")]);
    r.contracts[0]!.waived = 1;
    expect(reportFails(r)).toBe(false);
    const markdown = formatDiffReport('markdown', r, options);
    expect(markdown.split('\n')[2]).toBe('⚠️ **0 breaking changes, 1 warning, 0 info**.');
    expect(markdown).not.toContain('Breaking changes');
    expect(markdown).toContain('_1 change waived in apigov-waivers.yaml._');
    const text = formatDiffReport('text', r, options);
    expect(text).toContain('0 breaking changes, 1 warning, 0 info; 1 waived change');
    expect(JSON.parse(formatDiffReport('json', r, options)).breaking).toBe(false);
  });

  it('github annotations point at the revision file and line, with properties escaped', () => {
    const out = formatDiffReport('github', report([change('breaking', 'GET /orders', 'a,b:c%')]), options);
    expect(out).toBe('::error file=orders.yaml,line=12,col=5,title=response-property-removed (breaking)::GET /orders a,b:c%25\n');
  });

  it('json keeps the specified fields and order', () => {
    const json = JSON.parse(formatDiffReport('json', report([change('breaking', 'GET /orders', 'x', { base: { file: 'schemas/order.yaml', pointer: '/properties/total', line: 3, column: 3 } })]), options));
    expect(Object.keys(json.changes[0])).toEqual(['checkId', 'level', 'message', 'operation', 'pointer', 'basePointer', 'revisionPointer', 'fingerprint']);
    expect(json.changes[0].basePointer).toBe('schemas/order.yaml#/properties/total');
    expect(json.changes[0].pointer).toBe('/paths/~1orders/get');
  });
});
