/**
 * apigov's own rulesets skip spectral-core's per-run ruleset validation (trusted-rulesets.ts). That is
 * only sound while they pass it: these tests run Spectral's validator on every shipped definition, and
 * show that a user's ruleset and bad severity overrides are still refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Ruleset } from '@stoplight/spectral-core';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/document/errors.js';
import { buildRuleset, RULESETS_DIR } from '../../src/lint/ruleset-loader.js';
import { validateWithSpectral } from '../../src/lint/trusted-rulesets.js';
import { tempProject } from '../helpers.js';

function definitions(ruleset: Ruleset): object[] {
  // spectral-core keeps these public at run time; its typings hide `extends`
  const { definition, extends: extensions } = ruleset as unknown as { definition: object; extends: Ruleset[] | null };
  return [definition, ...(extensions ?? []).flatMap((r) => definitions(r))];
}

describe('trusted rulesets', () => {
  it("passes Spectral's ruleset validation with every shipped ruleset file", async () => {
    const files = fs.readdirSync(RULESETS_DIR).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const loaded = await buildRuleset([path.join(RULESETS_DIR, file)], {}, process.cwd());
      const all = definitions(loaded.ruleset);
      expect(all.length).toBeGreaterThan(1);
      for (const definition of all) expect(() => validateWithSpectral(definition)).not.toThrow();
    }
  });

  it('shows that the validator used above does refuse a bad definition', () => {
    expect(() => validateWithSpectral({ rules: { r: { given: 5, then: { function: () => undefined } } } })).toThrow();
    expect(() => validateWithSpectral({ rules: { r: { given: '$', severity: 'fatal', then: { function: () => undefined } } } })).toThrow();
  });

  it("still validates a user's ruleset file with Spectral's validator", async () => {
    const dir = tempProject({ 'rules.yaml': 'rules:\n  r:\n    given: $\n    severity: fatal\n    then: {function: truthy}\n' });
    await expect(buildRuleset(['./rules.yaml'], {}, dir)).rejects.toThrow(InputError);
    await expect(buildRuleset(['./rules.yaml'], {}, dir)).rejects.toThrow(/invalid ruleset/);
  });

  it('refuses a severity override that is not a severity', async () => {
    await expect(buildRuleset(['apigov:retail'], { 'version-semver': 'fatal' }, process.cwd())).rejects.toThrow('rules.version-semver: expected off, error, warn, info, hint, true or false, got "fatal"');
  });
});
