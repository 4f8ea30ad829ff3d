/**
 * errors-no-internals: no property of an error schema, at any depth, is named after implementation
 * internals (`stackTrace`, `stack`, `exception`, `sql`, `debug` by default; names compare without case,
 * `_` or `-`, so `stack_trace` counts). Each property is reported once, where it is defined.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { effectiveSchema, openApiModelOf, type OpenApiModel } from '../model/index.js';
import { locationKey } from '../model/located.js';
import { dictionaryList, normalizeName } from './lib/dictionary.js';
import { errorSchemas } from './lib/error-responses.js';
import { quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';

const MAX_DEPTH = 12;

export function checkErrorInternals(contract: Contract, model: OpenApiModel, dictionary: CanonicalDictionary): Violation[] {
  const forbidden = new Set(dictionaryList(dictionary, ['errors', 'internalProperties']).map(normalizeName));
  const list = new ViolationList();
  if (forbidden.size === 0) return list.items;
  const visited = new Set<string>();
  const walk = (schema: ResolvedNode, depth: number) => {
    const key = locationKey(schema);
    if (depth > MAX_DEPTH || visited.has(key)) return;
    visited.add(key);
    const effective = effectiveSchema(contract, schema);
    for (const [name, property] of effective.properties) {
      if (forbidden.has(normalizeName(name))) list.add(property.at, `error schema property ${quote(name)} exposes implementation internals to clients`);
      walk(property.schema, depth + 1);
    }
    if (effective.items !== undefined) walk(effective.items, depth + 1);
    for (const branch of effective.branches) walk(branch, depth + 1);
  };
  for (const { node } of errorSchemas(contract, model)) walk(node, 0);
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function errorInternals(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const model = openApiModelOf(contract);
  return model === undefined ? [] : reportViolations(fnContext, checkErrorInternals(contract, model, canonicalOf(fnContext)));
});
