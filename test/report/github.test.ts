import { describe, it, expect } from 'vitest';
import { formatGithub } from '../../src/report/github.js';
import type { LintReport } from '../../src/report/types.js';
import { CWD, emptyReport, fixtureReport } from './fixture.js';

const options = { color: false, cwd: CWD };

describe('github reporter', () => {
  it('writes one workflow command per finding with GitHub escaping', () => {
    expect(formatGithub(fixtureReport(), options)).toBe(
      [
        '::warning file=contracts/orders.yaml,line=3,col=3,title=info-contact::Info object must have "contact" object.',
        '::error file=contracts/orders.yaml,line=12,col=7,title=operation-operationId::Operation must have "operationId".',
        '::notice file=contracts/orders.yaml,line=120,col=5,title=tag-description::Tag "a|b" is%0Anot allowed: \\x1b[31m<script>alert(1)</script>',
        '::notice file=contracts/stock%2C v2.yaml,line=8,col=3,title=retail-naming::Path segment "getStock" should be kebab-case.',
        '::error file=contracts/stock%2C v2.yaml,line=40,col=11,title=operation-operationId::Operation must have "operationId".',
        '',
      ].join('\n'),
    );
  });

  it('escapes % in data and : , % in properties, and keeps each command on one line', () => {
    const report: LintReport = {
      ...emptyReport(),
      findings: [
        {
          ruleId: 'ns:rule,1',
          severity: 'warn',
          message: '100% off\r\nnext::line\u0007',
          file: 'a:b,c%.yaml',
          pointer: '/x',
          line: 2,
          column: 4,
        },
      ],
    };
    expect(formatGithub(report, options)).toBe(
      '::warning file=a%3Ab%2Cc%25.yaml,line=2,col=4,title=ns%3Arule%2C1::100%25 off%0Anext::line\\x07\n',
    );
  });

  it('makes absolute paths inside the working directory relative with forward slashes', () => {
    const report: LintReport = {
      ...emptyReport(),
      findings: [
        { ruleId: 'r', severity: 'error', message: 'm', file: '/repo/api/a.yaml', pointer: '', line: 1, column: 1 },
        { ruleId: 'r', severity: 'error', message: 'm', file: '/elsewhere/b.yaml', pointer: '', line: 1, column: 1 },
      ],
    };
    expect(formatGithub(report, options).split('\n')).toEqual([
      '::error file=api/a.yaml,line=1,col=1,title=r::m',
      '::error file=/elsewhere/b.yaml,line=1,col=1,title=r::m',
      '',
    ]);
  });

  it('writes nothing for a clean run', () => {
    expect(formatGithub(emptyReport(), options)).toBe('');
  });
});
