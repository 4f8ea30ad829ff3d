/** owner-domain: `info.x-domain` is one of the dictionary's business `domains`. */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf } from '../model/index.js';
import { dictionaryList } from './lib/dictionary.js';
import { infoString } from './lib/info.js';
import { listing, quote, reportViolations, type Violation } from './lib/violations.js';

export function checkOwnerDomain(info: ResolvedNode | undefined, dictionary: CanonicalDictionary): Violation[] {
  if (info === undefined) return [];
  const domain = infoString(info, 'x-domain', 'the business domain the API belongs to');
  if (!domain.ok) return [domain.violation];
  const domains = dictionaryList(dictionary, ['domains']);
  if (domains.length > 0 && !domains.includes(domain.value)) {
    return [{ at: domain.node, message: `info.x-domain ${quote(domain.value)} is not a configured domain (${listing(domains, 10)})` }];
  }
  return [];
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function ownerDomain(_input, _options, fnContext) {
  return reportViolations(fnContext, checkOwnerDomain(modelOf(lintContextOf(fnContext).contract).info, canonicalOf(fnContext)));
});
