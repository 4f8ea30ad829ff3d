/**
 * spectral-core validates every ruleset definition it is given against its ruleset JSON Schema, and
 * compiling that schema with ajv costs about 130 ms: a fifth of linting a small file. apigov's own
 * rulesets never change at run time (tests validate them with Spectral's validator) and the rule
 * overrides of apigov.yaml are validated by apigov's config schema, so those definitions are marked
 * as trusted and skip the check. Any other definition (a user's ruleset file, spectral:oas) is still
 * validated exactly as before, so a run with one compiles the validator as it always did.
 *
 * The mark is a symbol property: spectral-core copies a definition with object spread before it
 * validates it, and spread keeps own enumerable symbols, while Spectral's own processing only ever
 * reads string keys.
 */
import { createRequire } from 'node:module';

const TRUSTED = Symbol('apigov.trusted-ruleset');
const PATCHED = Symbol.for('apigov.trusted-ruleset-validation');

type AssertValidRuleset = (ruleset: unknown, format?: string, sourceContext?: unknown) => void;

let spectralValidation: AssertValidRuleset | undefined;

export function markTrusted<T extends object>(definition: T): T {
  Object.defineProperty(definition, TRUSTED, { value: true, enumerable: true });
  return definition;
}

function isTrusted(definition: unknown): boolean {
  return typeof definition === 'object' && definition !== null && (definition as Record<symbol, unknown>)[TRUSTED] === true;
}

/**
 * Route spectral-core's ruleset validation past trusted definitions. Should spectral-core move the
 * function, nothing is patched and every definition is validated as before.
 */
export function installTrustedValidation(): void {
  let assertions: { assertValidRuleset?: AssertValidRuleset & { [PATCHED]?: true } };
  try {
    const spectralRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/spectral-core'));
    assertions = spectralRequire('./ruleset/validation/assertions.js') as typeof assertions;
  } catch {
    return;
  }
  const original = assertions.assertValidRuleset;
  if (typeof original !== 'function' || original[PATCHED] === true) return;
  spectralValidation = original;
  const guarded = Object.assign((ruleset: unknown, format?: string, sourceContext?: unknown): void => {
    if (!isTrusted(ruleset)) original(ruleset, format, sourceContext);
  }, { [PATCHED]: true as const });
  assertions.assertValidRuleset = guarded;
}

/**
 * Spectral's own validation of one definition, trusted or not (its `extends` aside, as spectral-core
 * validates each extension on its own): the test that justifies trusting apigov's rulesets.
 */
export function validateWithSpectral(definition: object): void {
  installTrustedValidation();
  if (spectralValidation === undefined) throw new Error('spectral-core ruleset validation not found');
  const copy: Record<string, unknown> = { ...Object.fromEntries(Object.entries(definition)) };
  if ('extends' in copy) copy['extends'] = [];
  spectralValidation(copy, 'js');
}
