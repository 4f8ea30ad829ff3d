import { describe, it, expect } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { CWD, emptyReport, fixtureReport, HOSTILE_MESSAGE } from './fixture.js';

const options = { color: false, cwd: CWD };
const FINDING_KEYS = ['ruleId', 'severity', 'message', 'file', 'pointer', 'line', 'column', 'docsUrl'];

describe('json reporter', () => {
  it('writes the documented summary and findings, pretty-printed with a trailing newline', () => {
    const out = formatJson(fixtureReport(), options);
    expect(out.startsWith('{\n  "summary": {\n    "files": 4,')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['summary', 'findings']);
    expect(Object.keys(parsed.summary)).toEqual(['files', 'error', 'warn', 'info', 'hint']);
    expect(parsed.summary).toEqual({ files: 4, error: 2, warn: 1, info: 1, hint: 1 });
    expect(parsed.findings).toHaveLength(5);
    expect(parsed.findings[1]).toEqual({
      ruleId: 'operation-operationId',
      severity: 'error',
      message: 'Operation must have "operationId".',
      file: 'contracts/orders.yaml',
      pointer: '/paths/~1orders/get',
      line: 12,
      column: 7,
      docsUrl: 'https://docs.example.com/rules/operation-operationId',
    });
    for (const finding of parsed.findings) {
      expect(Object.keys(finding)).toEqual(FINDING_KEYS.slice(0, Object.keys(finding).length));
    }
  });

  it('omits docsUrl only when the finding has none', () => {
    const parsed = JSON.parse(formatJson(fixtureReport(), options));
    expect(Object.keys(parsed.findings[2])).toEqual(FINDING_KEYS.slice(0, 7));
    expect(parsed.findings[3].docsUrl).toBe('https://docs.example.com/rules/retail-naming');
  });

  it('keeps contract text exact in the data but never writes raw control characters', () => {
    const out = formatJson(fixtureReport(), options);
    expect(out).not.toMatch(/[\u0000-\u001f](?<!\n)/);
    expect(out).toContain('"message": "Tag \\"a|b\\" is\\nnot allowed: \\u001b[31m<script>alert(1)</script>"');
    expect(JSON.parse(out).findings[2].message).toBe(HOSTILE_MESSAGE);
  });

  it('does not pass along fields a Finding gains later', () => {
    const report = fixtureReport();
    Object.assign(report.findings[0]!, { internal: 'x' });
    expect(JSON.parse(formatJson(report, options)).findings[0]).not.toHaveProperty('internal');
  });

  it('writes zero counts and an empty list for a clean run', () => {
    expect(JSON.parse(formatJson(emptyReport(), options))).toEqual({
      summary: { files: 3, error: 0, warn: 0, info: 0, hint: 0 },
      findings: [],
    });
  });
});
