/**
 * owner-lifecycle: `info.x-lifecycle` is one of the dictionary's `ownership.lifecycles` (experimental,
 * production, deprecated, retired); a deprecated API declares `info.x-sunset` as an RFC 3339 date.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf } from '../model/index.js';
import { member } from '../model/located.js';
import { dictionaryList } from './lib/dictionary.js';
import { infoString } from './lib/info.js';
import { parseRfc3339 } from './lib/rfc3339.js';
import { listing, quote, reportViolations, type Violation } from './lib/violations.js';

export function checkOwnerLifecycle(info: ResolvedNode | undefined, dictionary: CanonicalDictionary): Violation[] {
  if (info === undefined) return [];
  const lifecycle = infoString(info, 'x-lifecycle', 'experimental, production, deprecated or retired');
  if (!lifecycle.ok) return [lifecycle.violation];
  const allowed = dictionaryList(dictionary, ['ownership', 'lifecycles']);
  if (allowed.length > 0 && !allowed.includes(lifecycle.value)) {
    return [{ at: lifecycle.node, message: `info.x-lifecycle ${quote(lifecycle.value)} is not one of ${listing(allowed)}` }];
  }
  if (lifecycle.value !== 'deprecated') return [];
  const sunset = member(info, 'x-sunset');
  if (sunset === undefined) return [{ at: info, message: 'a deprecated API declares info.x-sunset, the RFC 3339 date it goes away' }];
  if (typeof sunset.value !== 'string' || parseRfc3339(sunset.value) === undefined) {
    return [{ at: sunset, message: `info.x-sunset ${quote(sunset.value)} is not an RFC 3339 date such as 2026-06-30` }];
  }
  return [];
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function ownerLifecycle(_input, _options, fnContext) {
  return reportViolations(fnContext, checkOwnerLifecycle(modelOf(lintContextOf(fnContext).contract).info, canonicalOf(fnContext)));
});
