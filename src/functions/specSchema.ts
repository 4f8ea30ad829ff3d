/**
 * Structural validity of the whole contract against its specification's JSON Schema.
 * Reported on the document as written (the schemas describe unresolved documents).
 */
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { lintContextOf } from '../lint/context.js';
import { validateStructure } from '../lint/structure/validators.js';
import { describeErrors } from '../lint/structure/describe-errors.js';

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function specSchema(input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const errors = validateStructure(input, contract);
  if (errors.length === 0) return [];
  return describeErrors(errors, input).map((problem): IFunctionResult => ({ message: problem.message, path: problem.path }));
});
