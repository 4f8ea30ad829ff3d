/**
 * Versions as the version- rules see them: `info.version` parsed as SemVer 2.0 (with the `semver`
 * package, strictly: no leading `v`, no surrounding spaces), the MAJOR a version stands for, and the
 * `/v{N}` segments of server URLs and paths.
 */
import semver from 'semver';
import { isObject } from '../../document/pointer.js';

export type VersionVerdict =
  | { ok: true; major: number; prerelease: boolean }
  | { ok: false; reason: string; major: number | undefined };

/** Judge an `info.version` value against MAJOR.MINOR.PATCH. */
export function judgeVersion(value: unknown): VersionVerdict {
  if (typeof value !== 'string') {
    const shown = typeof value === 'number' ? `the number ${value}` : value === undefined ? 'missing' : `a ${value === null ? 'null' : typeof value}`;
    return { ok: false, reason: `is ${shown}; write a quoted string`, major: majorOf(value) };
  }
  const parsed = value === value.trim() && /^\d/.test(value) ? semver.parse(value) : null;
  if (parsed === null) return { ok: false, reason: `"${value}" is not MAJOR.MINOR.PATCH`, major: majorOf(value) };
  if (parsed.build.length > 0) return { ok: false, reason: `"${value}" carries build metadata (+${parsed.build.join('.')})`, major: parsed.major };
  return { ok: true, major: parsed.major, prerelease: parsed.prerelease.length > 0 };
}

/**
 * The MAJOR a version names: SemVer's, or the leading number of `1`, `1.2`, `v2`. Undefined for
 * anything else (date versions such as `2023-08-16` name no major).
 */
export function majorOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const strict = /^\d/.test(value) ? semver.parse(value) : null;
  if (strict !== null) return strict.major;
  const loose = /^v?(\d+)(?:\.\d+){0,2}$/i.exec(value.trim());
  return loose === null ? undefined : Number(loose[1]);
}

export interface VersionSegment {
  /** the segment as written, e.g. `v1` or `v1.2` */
  text: string;
  major: number;
  /** 0-based index among the non-empty path segments */
  position: number;
  /** `v1.2`: a minor version in the URL */
  hasMinor: boolean;
}

const SEGMENT = /^v(\d+)((?:\.\d+)*)$/;

/** The `/v{N}` segments of a URL path. */
export function versionSegments(urlPath: string): VersionSegment[] {
  const out: VersionSegment[] = [];
  const segments = urlPath.split('/').filter((s) => s !== '');
  segments.forEach((segment, position) => {
    const match = SEGMENT.exec(segment);
    if (match !== null) out.push({ text: segment, major: Number(match[1]), position, hasMinor: match[2] !== '' });
  });
  return out;
}

/**
 * The path part of a server URL, with `{variables}` replaced by their defaults: `https://{host}/v1`
 * → `/v1`, `/api/v2` → `/api/v2`. Query and fragment are dropped.
 */
export function serverUrlPath(url: string, variables?: unknown): string {
  const expanded = url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const variable = isObject(variables) ? variables[name] : undefined;
    const fallback = isObject(variable) ? variable.default : undefined;
    return typeof fallback === 'string' ? fallback : whole;
  });
  const withoutAuthority = expanded.replace(/^(?:[a-z][a-z0-9+.-]*|\{[^{}]*\}):\/\/[^/]*/i, '').replace(/^\/\/[^/]*/, '');
  return withoutAuthority.replace(/[?#].*$/, '');
}
