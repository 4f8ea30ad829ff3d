import { describe, it, expect } from 'vitest';
import { isInputError } from '../../src/document/errors.js';
import { formatGithub } from '../../src/report/github.js';
import { formatLintReport, LINT_FORMATS, type LintFormat } from '../../src/report/index.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { LintFormatter } from '../../src/report/types.js';
import { CWD, fixtureReport } from './fixture.js';

const options = { color: false, cwd: CWD };

const EXPECTED: Record<LintFormat, LintFormatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
};

describe('formatLintReport', () => {
  it.each(LINT_FORMATS.map((format) => [format]))('dispatches %s to its reporter', (format) => {
    const out = formatLintReport(format, fixtureReport(), options);
    expect(out).toBe(EXPECTED[format](fixtureReport(), options));
    expect(out.endsWith('\n')).toBe(true);
  });

  it('the formats differ from each other', () => {
    const outputs = LINT_FORMATS.map((format) => formatLintReport(format, fixtureReport(), options));
    expect(new Set(outputs).size).toBe(LINT_FORMATS.length);
  });

  it('rejects an unknown format as a usage error, prototype names included', () => {
    for (const format of ['xml', 'toString', '__proto__']) {
      let thrown: unknown;
      try {
        formatLintReport(format as LintFormat, fixtureReport(), options);
      } catch (error) {
        thrown = error;
      }
      expect(isInputError(thrown) && thrown.code).toBe('usage');
    }
  });
});
