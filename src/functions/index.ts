/** The custom Spectral functions apigov's rulesets (and users' rulesets) can name in `then.function`. */
import specSchema from './specSchema.js';
import refProblems from './refProblems.js';

// eslint-style registry: one import per function file, keyed by the name used in YAML
export const apigovFunctions: Record<string, (...args: never[]) => unknown> = {
  specSchema,
  refProblems,
};
