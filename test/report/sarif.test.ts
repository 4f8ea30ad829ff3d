import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { formatSarif } from '../../src/report/sarif.js';
import type { LintReport } from '../../src/report/types.js';
import { CWD, emptyReport, fixtureReport, HOSTILE_MESSAGE } from './fixture.js';

// CommonJS modules: under NodeNext their default import may be the module object
type AjvLike = { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as new (options: object) => AjvLike;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: AjvLike) => void;

const schema = JSON.parse(readFileSync(new URL('../../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const options = { color: false, cwd: CWD };

function expectValid(log: unknown): void {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

function sarif(report: LintReport, cwd = CWD) {
  return JSON.parse(formatSarif(report, { ...options, cwd })) as any;
}

describe('sarif reporter', () => {
  it('is valid SARIF 2.1.0 for the fixture and for a clean run', () => {
    expectValid(sarif(fixtureReport()));
    expectValid(sarif(emptyReport()));
  });

  it('the schema check itself rejects a broken log, formats included', () => {
    const badLevel = sarif(fixtureReport());
    badLevel.runs[0].results[0].level = 'warn';
    expect(validateSarif(badLevel)).toBe(false);
    const badUri = sarif(fixtureReport());
    badUri.runs[0].results[3].locations[0].physicalLocation.artifactLocation.uri = 'contracts/stock, v2.yaml';
    expect(validateSarif(badUri)).toBe(false);
  });

  it('describes the tool, its rules and the source root', () => {
    const out = formatSarif(fixtureReport(), options);
    expect(out.endsWith('}\n')).toBe(true);
    const log = JSON.parse(out);
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('apigov');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'operation-operationId',
      name: 'operation-operationId',
      shortDescription: { text: 'Operations must have an operationId.' },
      fullDescription: { text: 'Operations must have an operationId.' },
      helpUri: 'https://docs.example.com/rules/operation-operationId',
      defaultConfiguration: { level: 'error' },
    });
    expect(run.tool.driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['operation-operationId', 'error'],
      ['info-contact', 'warning'],
      ['tag-description', 'note'],
      ['retail-naming', 'note'],
    ]);
    expect(run.tool.driver.rules[2]).not.toHaveProperty('helpUri');
  });

  it('writes one result per finding with level, rule index, location and pointer', () => {
    const run = sarif(fixtureReport()).runs[0];
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['warning', 'error', 'note', 'note', 'error']);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const hostile = run.results[2];
    expect(hostile.message.text).toBe(HOSTILE_MESSAGE);
    expect(hostile.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'contracts/orders.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 120, startColumn: 5 },
        },
        logicalLocations: [{ fullyQualifiedName: '/tags/0' }],
      },
    ]);
    // a space and a comma in the file name are percent-encoded, so the URI stays a valid reference
    expect(run.results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('contracts/stock%2C%20v2.yaml');
  });

  it('fingerprints by rule, file and pointer, so a finding keeps its identity when lines move', () => {
    const before = sarif(fixtureReport()).runs[0].results;
    const moved = fixtureReport();
    for (const f of moved.findings) f.line += 10;
    const after = sarif(moved).runs[0].results;
    const prints = (results: { partialFingerprints: Record<string, string> }[]) => results.map((r) => r.partialFingerprints['apigovFindingHash/v1']);
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(before.length);
    for (const print of prints(before)) expect(print).toMatch(/^[0-9a-f]{64}:1$/);
    // the same file reached through an absolute path is the same artifact
    const absolute = fixtureReport();
    for (const f of absolute.findings) f.file = `/repo/${f.file}`;
    expect(prints(sarif(absolute).runs[0].results)).toEqual(prints(before));
  });

  it('numbers results that share rule, file and pointer instead of repeating a fingerprint', () => {
    const report = fixtureReport();
    report.findings.splice(2, 0, { ...report.findings[1]!, message: 'Another problem at the same node.' });
    const results = sarif(report).runs[0].results;
    const [hash1, n1] = results[1].partialFingerprints['apigovFindingHash/v1'].split(':');
    const [hash2, n2] = results[2].partialFingerprints['apigovFindingHash/v1'].split(':');
    expect(hash2).toBe(hash1);
    expect([n1, n2]).toEqual(['1', '2']);
  });

  it('uses absolute URIs for files outside the working directory and for remote contracts', () => {
    const report: LintReport = {
      ...emptyReport(),
      findings: [
        { ruleId: 'r', severity: 'error', message: 'm', file: '../shared/common #1.yaml', pointer: '/a', line: 1, column: 1 },
        { ruleId: 'r', severity: 'warn', message: 'm', file: 'https://schemas.example.com/common.yaml', pointer: '', line: 0, column: 0 },
      ],
    };
    const log = sarif(report, '/repo/api');
    expectValid(log);
    const locations = log.runs[0].results.map((r: { locations: { physicalLocation: unknown }[] }) => r.locations[0]!.physicalLocation);
    expect(locations).toEqual([
      { artifactLocation: { uri: 'file:///repo/shared/common%20%231.yaml' }, region: { startLine: 1, startColumn: 1 } },
      // SARIF regions are 1-based: a position the engine could not find still gives a valid region
      { artifactLocation: { uri: 'https://schemas.example.com/common.yaml' }, region: { startLine: 1, startColumn: 1 } },
    ]);
  });

  it('describes a rule that fired without metadata and drops help links the schema would reject', () => {
    const report: LintReport = {
      ...emptyReport(),
      rules: [{ id: 'documented', description: 'Has docs.', severity: 'warn', docsUrl: 'docs/rules.md#documented' }],
      findings: [
        { ruleId: 'documented', severity: 'warn', message: 'm', file: 'a.yaml', pointer: '', line: 1, column: 1 },
        { ruleId: 'undocumented', severity: 'hint', message: 'm', file: 'a.yaml', pointer: '', line: 2, column: 1 },
      ],
    };
    const log = sarif(report);
    expectValid(log);
    expect(log.runs[0].tool.driver.rules).toEqual([
      { id: 'documented', name: 'documented', shortDescription: { text: 'Has docs.' }, fullDescription: { text: 'Has docs.' }, defaultConfiguration: { level: 'warning' } },
      { id: 'undocumented', name: 'undocumented', shortDescription: { text: 'undocumented' }, fullDescription: { text: 'undocumented' }, defaultConfiguration: { level: 'note' } },
    ]);
    expect(log.runs[0].results.map((r: { ruleIndex: number }) => r.ruleIndex)).toEqual([0, 1]);
  });
});
