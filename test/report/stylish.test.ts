import { describe, it, expect } from 'vitest';
import { formatStylish } from '../../src/report/stylish.js';
import type { LintReport } from '../../src/report/types.js';
import { CWD, emptyReport, fixtureReport } from './fixture.js';

const plain = { color: false, cwd: CWD };
const coloured = { color: true, cwd: CWD };

describe('stylish reporter', () => {
  it('groups by file with aligned columns, a rule docs footer and a summary', () => {
    expect(formatStylish(fixtureReport(), plain)).toBe(
      [
        'contracts/orders.yaml',
        '  3:3    warning  Info object must have "contact" object.                      info-contact',
        '  12:7   error    Operation must have "operationId".                           operation-operationId',
        '  120:5  info     Tag "a|b" is not allowed: \\x1b[31m<script>alert(1)</script>  tag-description',
        '',
        'contracts/stock, v2.yaml',
        '  8:3    hint   Path segment "getStock" should be kebab-case.  retail-naming',
        '  40:11  error  Operation must have "operationId".             operation-operationId',
        '',
        'Rule docs',
        '  info-contact           https://docs.example.com/rules/info-contact',
        '  operation-operationId  https://docs.example.com/rules/operation-operationId',
        '  retail-naming          https://docs.example.com/rules/retail-naming',
        '',
        '✖ 5 problems (2 errors, 1 warning, 1 info, 1 hint) in 4 files',
        '  3 at or above the fail severity (warn)',
        '',
      ].join('\n'),
    );
  });

  it('reports a clean run in one line', () => {
    expect(formatStylish(emptyReport(), plain)).toBe('✔ No problems in 3 files\n');
  });

  it('uses singular nouns for one problem in one file and leaves out an empty docs footer', () => {
    const report: LintReport = {
      ...emptyReport(),
      files: 1,
      findings: [{ ruleId: 'r', severity: 'hint', message: 'm', file: 'a.yaml', pointer: '', line: 1, column: 1 }],
    };
    expect(formatStylish(report, plain)).toBe(
      'a.yaml\n  1:1  hint  m  r\n\n✖ 1 problem (0 errors, 0 warnings, 0 infos, 1 hint) in 1 file\n  0 at or above the fail severity (error)\n',
    );
  });

  it('never lets contract text reach the terminal as control characters', () => {
    const report = fixtureReport();
    report.findings[0]!.file = 'evil\u001b]0;title\u0007.yaml';
    report.findings[0]!.message = 'tab\there\r\u009bcursor';
    const out = formatStylish(report, plain);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('evil\\x1b]0;title\\x07.yaml');
    expect(out).toContain('tab here\\x0d\\x9bcursor');
  });

  it('colours severities, file headers and the summary only when colour is on', () => {
    const out = formatStylish(fixtureReport(), coloured);
    expect(out).toContain('\u001b[31merror  \u001b[39m');
    expect(out).toContain('\u001b[33mwarning\u001b[39m');
    expect(out).toContain('\u001b[34minfo   \u001b[39m');
    expect(out).toContain('\u001b[2mhint \u001b[22m');
    expect(out).toContain('\u001b[1m\u001b[4mcontracts/orders.yaml\u001b[24m\u001b[22m');
    expect(out).toContain('\u001b[31m\u001b[1m✖ 5 problems');
    // the contract's own escape sequence stays inert text even with colour on
    expect(out).not.toContain('\u001b[31m<script>');
    expect(out).toContain('\\x1b[31m<script>');
    expect(formatStylish(fixtureReport(), plain)).not.toContain('\u001b');
  });

  it('shows the summary in yellow when nothing reaches the fail severity', () => {
    const report: LintReport = { ...fixtureReport(), failSeverity: 'error' };
    report.findings = report.findings.filter((f) => f.severity !== 'error');
    expect(formatStylish(report, coloured)).toContain('\u001b[33m\u001b[1m✖ 3 problems');
  });
});
