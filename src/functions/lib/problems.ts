/**
 * Rule functions compute plain `Problem`s from the model (pure, unit-testable) and a thin wrapper
 * hands them to Spectral through `Reporter`, which reports each node in the file that defines it.
 */
import { createRulesetFunction, type IFunctionResult, type RulesetFunctionContext } from '@stoplight/spectral-core';
import type { NodeLocation } from '../../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../../lint/canonical.js';
import { lintContextOf, Reporter } from '../../lint/context.js';
import { asyncApiModelOf, openApiModelOf, type AsyncApiModel, type OpenApiModel } from '../../model/index.js';
import { locationKey } from '../../model/located.js';

export interface Problem {
  at: NodeLocation;
  message: string;
}

/**
 * Hand problems to the engine, each once: a shared component referenced by 300 operations yields the
 * same problem 300 times.
 */
export function report(fnContext: RulesetFunctionContext, problems: Iterable<Problem>): IFunctionResult[] {
  const reporter = new Reporter(fnContext);
  const seen = new Set<string>();
  for (const problem of problems) {
    const key = `${locationKey(problem.at)}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reporter.at(problem.at, problem.message);
  }
  return reporter.results;
}

/** A rule function over the OpenAPI model (no options): silent on AsyncAPI documents. */
export function openApiCheck(check: (model: OpenApiModel, dictionary: CanonicalDictionary) => Problem[]) {
  return createRulesetFunction<unknown, null>({ input: null, options: null }, function openApiModelCheck(_input, _options, fnContext) {
    const model = openApiModelOf(lintContextOf(fnContext).contract);
    return model === undefined ? [] : report(fnContext, check(model, canonicalOf(fnContext)));
  });
}

/** A rule function over the AsyncAPI model (no options): silent on OpenAPI documents. */
export function asyncApiCheck(check: (model: AsyncApiModel, dictionary: CanonicalDictionary) => Problem[]) {
  return createRulesetFunction<unknown, null>({ input: null, options: null }, function asyncApiModelCheck(_input, _options, fnContext) {
    const model = asyncApiModelOf(lintContextOf(fnContext).contract);
    return model === undefined ? [] : report(fnContext, check(model, canonicalOf(fnContext)));
  });
}

/** `a`, `a and b`, `a, b and c`; past `max` values, the rest as a count (`a, b and 3 more`). */
export function listing(values: readonly string[], max = Infinity): string {
  if (values.length <= 1) return values.join('');
  const shown = values.slice(0, max);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
