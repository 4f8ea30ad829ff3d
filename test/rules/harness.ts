/**
 * Table-driven rule tests: lint a contract snippet with apigov:retail (or another ruleset) and look
 * at the findings of one rule. Fixtures are written to a temporary project, so multi-file snippets
 * and config overrides of the canonical dictionary work as they do for users.
 */
import { expect } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import type { Finding, Severity } from '../../src/lint/finding.js';
import { LintEngine } from '../../src/lint/engine.js';
import { buildRuleset, type LoadedRuleset } from '../../src/lint/ruleset-loader.js';
import { loadSettings } from '../../src/lint/settings.js';
import type { ApigovConfig } from '../../src/lint/config.js';
import { tempProject } from '../helpers.js';

const rulesets = new Map<string, Promise<LoadedRuleset>>();

function rulesetFor(entries: string[]): Promise<LoadedRuleset> {
  const key = entries.join('\n');
  let loaded = rulesets.get(key);
  if (loaded === undefined) {
    loaded = buildRuleset(entries, {}, process.cwd());
    rulesets.set(key, loaded);
  }
  return loaded;
}

export interface LintTextOptions {
  /** file name of the contract (extension picks YAML or JSON); default api.yaml */
  file?: string;
  /** more files beside it, e.g. $ref'd schemas */
  files?: Record<string, string>;
  /** apigov.yaml content that matters to rules (e.g. canonical overrides) */
  config?: ApigovConfig;
  ruleset?: string[];
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<Finding[]> {
  const file = options.file ?? 'api.yaml';
  const dir = tempProject({ [file]: text, ...(options.files ?? {}) });
  const { contracts, errors } = await loadContracts([file], { cwd: dir });
  if (errors.length > 0) throw new Error(errors.map((e) => e.format()).join('\n'));
  const loaded = await rulesetFor(options.ruleset ?? ['apigov:retail']);
  const engine = new LintEngine(loaded.ruleset, loadSettings(options.config ?? {}, dir), loaded.docsUrls);
  return engine.lint(contracts[0]!);
}

/** Findings of one rule as `severity pointer` strings, sorted: easy to compare in a table. */
export function summarize(findings: Finding[], ruleId: string): string[] {
  return findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.severity} ${f.pointer}`)
    .sort();
}

/** Assert exactly these findings (severity + pointer) for the rule, and nothing else from it. */
export function expectFindings(findings: Finding[], ruleId: string, expected: Array<[Severity, string]>): void {
  expect(summarize(findings, ruleId)).toEqual(expected.map(([s, p]) => `${s} ${p}`).sort());
}
