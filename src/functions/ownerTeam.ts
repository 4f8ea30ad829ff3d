/**
 * owner-team: `info.x-owner` names the accountable team: a team id matching the dictionary's
 * `ownership.teamPattern`, and, when the dictionary lists `teams` (the estate's known teams), one of them.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf } from '../model/index.js';
import { dictionaryList, dictionaryPattern } from './lib/dictionary.js';
import { infoString } from './lib/info.js';
import { listing, quote, reportViolations, type Violation } from './lib/violations.js';

export function checkOwnerTeam(info: ResolvedNode | undefined, dictionary: CanonicalDictionary): Violation[] {
  if (info === undefined) return [];
  const owner = infoString(info, 'x-owner', 'name the team accountable for incidents and changes');
  if (!owner.ok) return [owner.violation];
  const pattern = dictionaryPattern(dictionary, ['ownership', 'teamPattern']);
  if (pattern !== undefined && !pattern.test(owner.value)) {
    return [{ at: owner.node, message: `info.x-owner ${quote(owner.value)} is not a team id matching ${pattern.source}` }];
  }
  const teams = dictionaryList(dictionary, ['teams']);
  if (teams.length > 0 && !teams.includes(owner.value)) {
    return [{ at: owner.node, message: `info.x-owner ${quote(owner.value)} is not a known team (${listing(teams, 8)})` }];
  }
  return [];
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function ownerTeam(_input, _options, fnContext) {
  return reportViolations(fnContext, checkOwnerTeam(modelOf(lintContextOf(fnContext).contract).info, canonicalOf(fnContext)));
});
