import { describe, it, expect } from 'vitest';
import { FOLD_THRESHOLD, formatMarkdown } from '../../src/report/markdown.js';
import type { Finding } from '../../src/lint/finding.js';
import type { LintReport } from '../../src/report/types.js';
import { CWD, emptyReport, fixtureReport } from './fixture.js';

const options = { color: false, cwd: CWD };

/** Cell separators as GFM sees them: a pipe not escaped by a backslash. */
function unescapedPipes(line: string): number {
  return line.match(/(?<!\\)\|/g)?.length ?? 0;
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|'));
}

describe('markdown reporter', () => {
  it('writes a heading, a summary and a table per file', () => {
    expect(formatMarkdown(fixtureReport(), options)).toBe(
      [
        '## apigov lint',
        '',
        '❌ **5 problems (2 errors, 1 warning, 1 info, 1 hint) in 4 files**; 3 at or above the fail severity (warn).',
        '',
        '### contracts/orders.yaml',
        '',
        '| Severity | Line | Rule | Message |',
        '| --- | ---: | --- | --- |',
        '| 🟡 warning | 3 | [info-contact](https://docs.example.com/rules/info-contact) | Info object must have "contact" object. |',
        '| 🔴 error | 12 | [operation-operationId](https://docs.example.com/rules/operation-operationId) | Operation must have "operationId". |',
        '| 🔵 info | 120 | tag-description | Tag "a\\|b" is<br>not allowed: \\\\x1b\\[31m&lt;script&gt;alert(1)&lt;/script&gt; |',
        '',
        '### contracts/stock, v2.yaml',
        '',
        '| Severity | Line | Rule | Message |',
        '| --- | ---: | --- | --- |',
        '| ⚪ hint | 8 | [retail-naming](https://docs.example.com/rules/retail-naming) | Path segment "getStock" should be kebab-case. |',
        '| 🔴 error | 40 | [operation-operationId](https://docs.example.com/rules/operation-operationId) | Operation must have "operationId". |',
        '',
      ].join('\n'),
    );
  });

  it('keeps every table row on one line with exactly four cells, whatever the contract says', () => {
    const report = fixtureReport();
    report.findings[0]!.message = 'a | b \\| c\r\nd\re\n| --- |';
    report.findings[1]!.ruleId = 'rule|with\npipe';
    for (const f of report.findings.slice(3)) f.file = 'x|y\n.yaml';
    const out = formatMarkdown(report, options);
    const rows = tableRows(out);
    expect(rows).toHaveLength(2 * 2 + report.findings.length);
    for (const row of rows) expect(unescapedPipes(row)).toBe(5);
    expect(out).toContain('| a \\| b \\\\\\| c<br>d<br>e<br>\\| --- \\| |');
    expect(out).toContain('### x\\|y<br>.yaml');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('links rule ids only to web addresses, encoding characters that would end the link', () => {
    const report: LintReport = {
      ...emptyReport(),
      findings: [
        { ruleId: 'a', severity: 'error', message: 'm', file: 'f.yaml', pointer: '', line: 1, column: 1, docsUrl: 'https://x.example/rules (a)|b' },
        { ruleId: 'b', severity: 'error', message: 'm', file: 'f.yaml', pointer: '', line: 2, column: 1, docsUrl: 'javascript:alert(1)' },
      ],
    };
    const rows = tableRows(formatMarkdown(report, options));
    expect(rows[2]).toBe('| 🔴 error | 1 | [a](https://x.example/rules%20%28a%29%7Cb) | m |');
    expect(rows[3]).toBe('| 🔴 error | 2 | b | m |');
  });

  it('folds a file with more than the threshold of findings into a details block', () => {
    const finding = (line: number, file: string): Finding => ({ ruleId: 'r', severity: 'warn', message: `m${line}`, file, pointer: '', line, column: 1 });
    const report: LintReport = {
      ...emptyReport(),
      findings: [
        ...Array.from({ length: FOLD_THRESHOLD + 1 }, (_, i) => finding(i + 1, 'big.yaml')),
        ...Array.from({ length: FOLD_THRESHOLD }, (_, i) => finding(i + 1, 'small.yaml')),
      ],
    };
    const out = formatMarkdown(report, options);
    expect(out.match(/<details>/g)).toHaveLength(1);
    const big = out.slice(out.indexOf('### big.yaml'), out.indexOf('### small.yaml'));
    expect(big).toMatch(/^### big\.yaml\n\n<details>\n<summary>51 findings<\/summary>\n\n\| Severity/);
    expect(big.trimEnd().endsWith('| m51 |\n\n</details>')).toBe(true);
    expect(tableRows(big)).toHaveLength(FOLD_THRESHOLD + 3);
    expect(out.slice(out.indexOf('### small.yaml'))).not.toContain('<details>');
  });

  it('says so in one line when there are no problems', () => {
    expect(formatMarkdown(emptyReport(), options)).toBe('## apigov lint\n\n✅ No problems in 3 files.\n');
  });

  it('marks the summary as a warning when nothing reaches the fail severity', () => {
    const report: LintReport = { ...fixtureReport(), failSeverity: 'error' };
    report.findings = report.findings.filter((f) => f.severity === 'hint');
    expect(formatMarkdown(report, options).split('\n')[2]).toBe(
      '⚠️ **1 problem (0 errors, 0 warnings, 0 infos, 1 hint) in 4 files**; 0 at or above the fail severity (error).',
    );
  });

  it('quotes @names from contracts without mentioning anyone (a PR comment would ping them)', () => {
    const report = fixtureReport();
    report.findings[0]!.message = 'owner @acme/payments-team and mail ops@acme.example';
    const md = formatMarkdown(report, options);
    expect(md).toContain('owner @&#8203;acme/payments-team and mail ops@acme.example');
    expect(md).not.toMatch(/(^|[^A-Za-z0-9])@[A-Za-z0-9]/m);
  });
});
