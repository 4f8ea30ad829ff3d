/**
 * version-semver: `info.version` is MAJOR.MINOR.PATCH (SemVer 2.0, no build metadata); a pre-release
 * (`2.0.0-beta.1`) only while `info.x-lifecycle` is `experimental`.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { getChild } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf } from '../model/index.js';
import { member } from '../model/located.js';
import { judgeVersion } from './lib/versions.js';
import { quote, reportViolations, type Violation } from './lib/violations.js';

export function checkSemver(info: ResolvedNode | undefined): Violation[] {
  if (info === undefined) return [];
  const version = member(info, 'version');
  if (version === undefined) return [{ at: info, message: 'info.version is missing; use MAJOR.MINOR.PATCH such as 1.4.0' }];
  const verdict = judgeVersion(version.value);
  if (!verdict.ok) return [{ at: version, message: `info.version ${verdict.reason}; use MAJOR.MINOR.PATCH such as 1.4.0` }];
  if (verdict.prerelease && getChild(info.value, 'x-lifecycle') !== 'experimental') {
    return [{ at: version, message: `pre-release version ${quote(version.value)} is allowed only with info.x-lifecycle: experimental` }];
  }
  return [];
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function semverVersion(_input, _options, fnContext) {
  return reportViolations(fnContext, checkSemver(modelOf(lintContextOf(fnContext).contract).info));
});
