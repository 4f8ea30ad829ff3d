/**
 * Rule functions compute plain `Problem`s from the model (pure, unit-testable) and a thin wrapper
 * hands them to Spectral through `Reporter`, which reports each node in the file that defines it.
 */
import { createRulesetFunction, type IFunctionResult, type RulesetFunctionContext } from '@stoplight/spectral-core';
import type { Contract } from '../../document/contract.js';
import { toPointer } from '../../document/pointer.js';
import type { NodeLocation } from '../../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../../lint/canonical.js';
import { lintContextOf, Reporter } from '../../lint/context.js';
import { asyncApiModelOf, openApiModelOf, type AsyncApiModel, type OpenApiModel } from '../../model/index.js';

export interface Problem {
  at: NodeLocation;
  message: string;
}

/**
 * Hand problems to Spectral, each once: a shared component referenced by 300 operations yields the
 * same problem 300 times, and every result Spectral processes costs (paths, messages, sorting).
 */
export function report(fnContext: RulesetFunctionContext, problems: readonly Problem[]): IFunctionResult[] {
  const reporter = new Reporter(fnContext);
  const seen = new Set<string>();
  for (const problem of problems) {
    const key = `${problem.at.source.uri}\u0000${toPointer(problem.at.path)}\u0000${problem.message}`;
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

export function contractOf(model: OpenApiModel | AsyncApiModel): Contract {
  return model.contract;
}

/** `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
