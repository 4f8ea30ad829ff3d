/** owner-api-id: `info.x-api-id` is present and matches the dictionary's `ownership.apiIdPattern`. */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf } from '../model/index.js';
import { dictionaryPattern } from './lib/dictionary.js';
import { infoString } from './lib/info.js';
import { quote, reportViolations, type Violation } from './lib/violations.js';

export function checkOwnerApiId(info: ResolvedNode | undefined, dictionary: CanonicalDictionary): Violation[] {
  if (info === undefined) return [];
  const apiId = infoString(info, 'x-api-id', 'a stable id the catalog and diffs track the API by');
  if (!apiId.ok) return [apiId.violation];
  const pattern = dictionaryPattern(dictionary, ['ownership', 'apiIdPattern']);
  if (pattern !== undefined && !pattern.test(apiId.value)) {
    return [{ at: apiId.node, message: `info.x-api-id ${quote(apiId.value)} does not match ${pattern.source}` }];
  }
  return [];
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function ownerApiId(_input, _options, fnContext) {
  return reportViolations(fnContext, checkOwnerApiId(modelOf(lintContextOf(fnContext).contract).info, canonicalOf(fnContext)));
});
