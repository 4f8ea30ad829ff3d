import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import { InputError } from '../../src/document/errors.js';
import { LintEngine } from '../../src/lint/engine.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { tempProject } from '../helpers.js';

/** An API whose 40 operations all return the same component, which has an integer id. */
function apiWith40Uses(schemaRef: string): string {
  const paths = Array.from({ length: 40 }, (_, i) => `  /orders-${i}:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '${schemaRef}'}`).join('\n');
  return `openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
${paths}
components:
  schemas:
    Order:
      type: object
      properties:
        id: {type: integer}
`;
}

const customRuleset = `rules:
  no-integer-ids:
    description: ids are strings
    message: "{{error}}"
    severity: error
    given: "$.paths[*][*].responses[*].content[*].schema.properties.id"
    resolved: true
    then:
      field: type
      function: pattern
      functionOptions:
        notMatch: "^integer$"
`;

async function lintDir(dir: string, file: string, rulesetEntries: string[]) {
  const { contracts, errors } = await loadContracts([file], { cwd: dir });
  expect(errors).toEqual([]);
  const loaded = await buildRuleset(rulesetEntries, {}, dir);
  return new LintEngine(loaded.ruleset, {}, loaded.docsUrls).lint(contracts[0]!);
}

describe('lint engine', () => {
  it('reports a violation in a component used by 40 operations once, at the component', async () => {
    const dir = tempProject({ 'api.yaml': apiWith40Uses('#/components/schemas/Order'), 'rules.yaml': customRuleset });
    const findings = await lintDir(dir, 'api.yaml', ['./rules.yaml']);
    const ours = findings.filter((f) => f.ruleId === 'no-integer-ids');
    expect(ours.map((f) => [f.file, f.pointer, f.line])).toEqual([['api.yaml', '/components/schemas/Order/properties/id/type', 329]]);
  });

  it('reports a violation in a $ref\'d file in that file', async () => {
    const dir = tempProject({
      'api.yaml': apiWith40Uses('schemas/order.yaml#/Order'),
      'schemas/order.yaml': 'Order:\n  type: object\n  properties:\n    id:\n      type: integer\n',
      'rules.yaml': customRuleset,
    });
    const findings = await lintDir(dir, 'api.yaml', ['./rules.yaml']);
    const ours = findings.filter((f) => f.ruleId === 'no-integer-ids');
    expect(ours.map((f) => [f.file, f.pointer, f.line, f.column])).toEqual([[path.join('schemas', 'order.yaml'), '/Order/properties/id/type', 5, 7]]);
  });

  it('runs users\' own functions from a functionsDir', async () => {
    const dir = tempProject({
      'api.yaml': 'openapi: 3.0.3\ninfo: {title: Orders API, version: 1.0.0}\npaths: {}\n',
      'rules.yaml': `functions: [titleEndsWithApi]
rules:
  title-no-api-suffix:
    description: titles do not end in API
    message: "{{error}}"
    severity: warn
    given: $.info.title
    then:
      function: titleEndsWithApi
`,
      'functions/titleEndsWithApi.js': 'export default (input) => (/ API$/.test(input) ? [{ message: `title "${input}" ends in API` }] : []);\n',
    });
    const findings = await lintDir(dir, 'api.yaml', ['./rules.yaml']);
    expect(findings.map((f) => [f.ruleId, f.severity, f.pointer, f.message])).toEqual([['title-no-api-suffix', 'warn', '/info/title', 'title "Orders API" ends in API']]);
  });

  it('extends spectral:oas, with its resolved rules, on a multi-file contract', async () => {
    const dir = tempProject({
      'api.yaml': apiWith40Uses('schemas/order.yaml#/Order'),
      'schemas/order.yaml': 'Order:\n  type: object\n  properties:\n    id:\n      type: string\n      enum: [1, 2]\n',
    });
    const findings = await lintDir(dir, 'api.yaml', ['spectral:oas']);
    const typedEnum = findings.filter((f) => f.ruleId === 'typed-enum');
    expect(typedEnum.length).toBeGreaterThan(0);
    expect(new Set(typedEnum.map((f) => f.file))).toEqual(new Set([path.join('schemas', 'order.yaml')]));
    expect(findings.some((f) => f.ruleId === 'info-contact')).toBe(true);
  });

  it('refuses a rule that names an unknown function, naming the ruleset file', async () => {
    const dir = tempProject({ 'rules.yaml': 'rules:\n  r:\n    given: $\n    then: {function: nope}\n' });
    await expect(buildRuleset(['./rules.yaml'], {}, dir)).rejects.toThrow(InputError);
    await expect(buildRuleset(['./rules.yaml'], {}, dir)).rejects.toThrow('rule "r" uses unknown function "nope"');
  });

  it('refuses an unknown built-in ruleset name', async () => {
    await expect(buildRuleset(['apigov:nope'], {}, process.cwd())).rejects.toThrow('unknown ruleset "apigov:nope"');
  });

  it('applies severity overrides for rules and switches rules off', async () => {
    const dir = tempProject({ 'api.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: v1}\npaths: {}\n' });
    const { contracts } = await loadContracts(['api.yaml'], { cwd: dir });
    const loaded = await buildRuleset(['apigov:retail'], { 'version-semver': 'warn', 'owner-team': 'off' }, dir);
    const findings = await new LintEngine(loaded.ruleset, {}, loaded.docsUrls).lint(contracts[0]!);
    expect(findings.find((f) => f.ruleId === 'version-semver')?.severity).toBe('warn');
    expect(findings.some((f) => f.ruleId === 'owner-team')).toBe(false);
  });
});
