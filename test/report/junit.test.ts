import { describe, it, expect } from 'vitest';
import { formatJunit } from '../../src/report/junit.js';
import type { LintReport } from '../../src/report/types.js';
import { CWD, emptyReport, fixtureReport } from './fixture.js';
import { childrenNamed, descendantsNamed, parseXml, type XmlElement } from './xml-tree.js';

const options = { color: false, cwd: CWD };

function junit(report: LintReport): XmlElement {
  const xml = formatJunit(report, options);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  return parseXml(xml);
}

describe('the test XML parser', () => {
  it('rejects documents that are not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a x="1 < 2"/>')).toThrow();
    expect(() => parseXml('<a>\u001b</a>')).toThrow();
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow();
    expect(() => parseXml('<a>\ud800</a>')).toThrow();
    expect(() => parseXml('<a b="\uffff"/>')).toThrow();
  });
});

describe('junit reporter', () => {
  it('writes a suite per file and a failing case per finding at or above the fail severity', () => {
    const root = junit(fixtureReport());
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toEqual({ name: 'apigov lint', tests: '3', failures: '3', errors: '0' });
    const suites = childrenNamed(root, 'testsuite');
    expect(suites.map((s) => [s.attributes['name'], s.attributes['tests'], s.attributes['failures']])).toEqual([
      ['contracts/orders.yaml', '2', '2'],
      ['contracts/stock, v2.yaml', '1', '1'],
    ]);
    const cases = descendantsNamed(root, 'testcase');
    expect(cases).toHaveLength(3);
    expect(descendantsNamed(root, 'failure')).toHaveLength(3);
    expect(cases[1]!.attributes).toEqual({
      name: 'operation-operationId at /paths/~1orders/get',
      classname: 'contracts/orders.yaml',
      file: 'contracts/orders.yaml',
      line: '12',
    });
    const failure = childrenNamed(cases[1]!, 'failure')[0]!;
    expect(failure.attributes).toEqual({ message: 'Operation must have "operationId".', type: 'error' });
    expect(failure.text).toBe(
      'contracts/orders.yaml:12:7\nOperation must have "operationId".\nrule: operation-operationId\npointer: /paths/~1orders/get\ndocs: https://docs.example.com/rules/operation-operationId',
    );
  });

  it('lists findings below the fail severity in the suite output, not as cases', () => {
    const suites = childrenNamed(junit(fixtureReport()), 'testsuite');
    expect(childrenNamed(suites[0]!, 'system-out')[0]!.text).toBe(
      '120:5 info Tag "a|b" is not allowed: \\x1b[31m<script>alert(1)</script> (tag-description)',
    );
    expect(childrenNamed(suites[1]!, 'system-out')[0]!.text).toBe('8:3 hint Path segment "getStock" should be kebab-case. (retail-naming)');
  });

  it('escapes markup and makes control characters visible in attributes and text', () => {
    const report: LintReport = { ...fixtureReport(), failSeverity: 'hint' };
    const xml = formatJunit(report, options);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u001b');
    const root = parseXml(xml);
    expect(root.attributes['failures']).toBe('5');
    expect(descendantsNamed(root, 'script')).toEqual([]);
    const hostile = descendantsNamed(root, 'failure')[2]!;
    expect(hostile.attributes['message']).toBe('Tag "a|b" is\\nnot allowed: \\x1b[31m<script>alert(1)</script>');
    expect(hostile.text.split('\n').slice(0, 3)).toEqual(['contracts/orders.yaml:120:5', 'Tag "a|b" is', 'not allowed: \\x1b[31m<script>alert(1)</script>']);
  });

  it('stays well-formed with characters XML 1.0 forbids', () => {
    const report: LintReport = {
      ...emptyReport(),
      findings: [
        {
          ruleId: 'r&<"\'>',
          severity: 'error',
          message: 'nul\u0000 bs\u0008 lone\ud800 high\udfff nonchar\uffff tab\t ]]> emoji😀',
          file: 'we"ird\t<file>.yaml',
          pointer: '/a~1b',
          line: 1,
          column: 1,
        },
      ],
    };
    const root = junit(report);
    const testcase = descendantsNamed(root, 'testcase')[0]!;
    expect(testcase.attributes['name']).toBe('r&<"\'> at /a~1b');
    expect(testcase.attributes['classname']).toBe('we"ird\t<file>.yaml');
    const failure = childrenNamed(testcase, 'failure')[0]!;
    expect(failure.attributes['message']).toBe('nul\\x00 bs\\x08 lone\\ud800 high\\udfff nonchar\\uffff tab\t ]]> emoji😀');
  });

  it('gives a file with only findings below the fail severity one passing case', () => {
    const report: LintReport = { ...fixtureReport(), failSeverity: 'error' };
    report.findings = report.findings.filter((f) => f.file === 'contracts/orders.yaml' && f.severity !== 'error');
    const root = junit(report);
    expect(root.attributes).toMatchObject({ tests: '1', failures: '0' });
    const suite = childrenNamed(root, 'testsuite')[0]!;
    expect(suite.attributes).toMatchObject({ name: 'contracts/orders.yaml', tests: '1', failures: '0' });
    expect(childrenNamed(suite, 'testcase').map((c) => [c.attributes['name'], c.children.length])).toEqual([['no problems at or above error', 0]]);
    expect(childrenNamed(suite, 'system-out')[0]!.text.split('\n')).toHaveLength(2);
  });

  it('writes one passing case for a clean run', () => {
    expect(formatJunit(emptyReport(), options)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="apigov lint" tests="1" failures="0" errors="0">',
        '  <testsuite name="apigov lint" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="no problems in 3 files" classname="apigov lint"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('gives every clean file it linted a passing suite, in file order among the failing ones', () => {
    const report = { ...fixtureReport(), linted: ['contracts/orders.yaml', 'contracts/a-clean.yaml', 'contracts/stock, v2.yaml', 'contracts/z-clean.yaml'] };
    const root = junit(report);
    expect(root.attributes).toMatchObject({ tests: '5', failures: '3' });
    const suites = childrenNamed(root, 'testsuite');
    expect(suites.map((s) => [s.attributes['name'], s.attributes['failures']])).toEqual([
      ['contracts/a-clean.yaml', '0'],
      ['contracts/orders.yaml', '2'],
      ['contracts/stock, v2.yaml', '1'],
      ['contracts/z-clean.yaml', '0'],
    ]);
    expect(childrenNamed(suites[0]!, 'testcase')[0]!.attributes).toEqual({ name: 'no problems at or above warn', classname: 'contracts/a-clean.yaml' });
  });

  it('names each clean file when the whole run is clean', () => {
    const root = junit({ ...emptyReport(), linted: ['b.yaml', 'a.yaml'] });
    expect(childrenNamed(root, 'testsuite').map((s) => s.attributes['name'])).toEqual(['a.yaml', 'b.yaml']);
    expect(descendantsNamed(root, 'failure')).toHaveLength(0);
  });
});
