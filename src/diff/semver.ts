/**
 * The version policy: `info.version` is semver; a breaking change needs a major bump (a minor one
 * below 1.0.0), a feature addition or a warning-level change a minor bump (a patch below 1.0.0),
 * any other change a patch; and a revision may never go below its base.
 */
import semver from 'semver';
import type { Bump, Change, VersionVerdict } from './types.js';

/** Bumps in order of size. */
export const BUMP_RANK: Readonly<Record<Bump, number>> = { none: 0, patch: 1, minor: 2, major: 3 };

export function requiredBump(changes: readonly Change[], baseVersion: string | undefined): Bump {
  const initial = baseVersion !== undefined && semver.valid(baseVersion) !== null && semver.major(baseVersion) === 0;
  if (changes.some((c) => c.level === 'breaking')) return initial ? 'minor' : 'major';
  if (changes.some((c) => c.level === 'warning' || c.addition)) return initial ? 'patch' : 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

/** The bump from one version to another: which part grew first. */
export function actualBump(base: string, revision: string): Bump {
  const a = semver.parse(base)!;
  const b = semver.parse(revision)!;
  if (b.major !== a.major) return b.major > a.major ? 'major' : 'none';
  if (b.minor !== a.minor) return b.minor > a.minor ? 'minor' : 'none';
  if (semver.gt(b, a)) return 'patch';
  return 'none';
}

export function versionVerdict(baseVersion: string | undefined, revisionVersion: string | undefined, changes: readonly Change[]): VersionVerdict {
  const required = requiredBump(changes, baseVersion);
  const verdict = (ok: boolean, reason?: string): VersionVerdict => ({ base: baseVersion ?? '', revision: revisionVersion ?? '', requiredBump: required, ok, ...(reason !== undefined ? { reason } : {}) });
  if (baseVersion === undefined || revisionVersion === undefined) return verdict(false, 'info.version is missing');
  if (semver.valid(baseVersion) === null) return verdict(false, `base info.version "${baseVersion}" is not semver (MAJOR.MINOR.PATCH)`);
  if (semver.valid(revisionVersion) === null) return verdict(false, `revision info.version "${revisionVersion}" is not semver (MAJOR.MINOR.PATCH)`);
  if (semver.lt(revisionVersion, baseVersion)) return verdict(false, `revision version ${revisionVersion} is lower than base version ${baseVersion}`);
  const actual = actualBump(baseVersion, revisionVersion);
  if (BUMP_RANK[actual] < BUMP_RANK[required]) {
    return verdict(false, `the changes need a ${required} version bump (at least ${nextVersion(baseVersion, required)}), but ${baseVersion} → ${revisionVersion} is ${actual === 'none' ? 'no bump' : `a ${actual} bump`}`);
  }
  return verdict(true);
}

export function nextVersion(base: string, bump: Bump): string {
  if (bump === 'none') return base;
  return semver.inc(base, bump) ?? base;
}
