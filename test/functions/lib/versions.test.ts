import { describe, expect, it } from 'vitest';
import { judgeVersion, majorOf, serverUrlPath, versionSegments } from '../../../src/functions/lib/versions.js';

describe('versions', () => {
  it('judges info.version as strict SemVer', () => {
    expect(judgeVersion('1.4.0')).toEqual({ ok: true, major: 1, prerelease: false });
    expect(judgeVersion('2.0.0-rc.1')).toEqual({ ok: true, major: 2, prerelease: true });
    for (const bad of ['v1.4.0', '1.4', '1', '01.4.0', ' 1.4.0', '1.4.0+build.7', '2024-05-01', '']) expect(judgeVersion(bad).ok, bad).toBe(false);
    expect(judgeVersion(1)).toMatchObject({ ok: false, reason: 'is the number 1; write a quoted string' });
    expect(judgeVersion(undefined)).toMatchObject({ ok: false });
  });

  it('finds the major a version names, and none for dates', () => {
    expect([majorOf('1.4.0'), majorOf('0.3.1-beta'), majorOf('v2'), majorOf('3.1'), majorOf('71'), majorOf(2)]).toEqual([1, 0, 2, 3, 71, 2]);
    expect(majorOf('2023-08-16')).toBeUndefined();
    expect(majorOf('%REPLACED%')).toBeUndefined();
  });

  it('finds /v{N} segments and where they sit', () => {
    expect(versionSegments('/v1/orders')).toEqual([{ text: 'v1', major: 1, position: 0, hasMinor: false }]);
    expect(versionSegments('/api/v2.1/orders')).toEqual([{ text: 'v2.1', major: 2, position: 1, hasMinor: true }]);
    expect(versionSegments('/orders/{v1}/vat')).toEqual([]);
    expect(versionSegments('/v1/x/v2').map((s) => s.major)).toEqual([1, 2]);
  });

  it('takes the path of a server URL, with variables at their defaults', () => {
    expect(serverUrlPath('https://api.example.com/v1/')).toBe('/v1/');
    expect(serverUrlPath('https://api.example.com')).toBe('');
    expect(serverUrlPath('/api/v2?x=1')).toBe('/api/v2');
    expect(serverUrlPath('//cdn.example.com/v3')).toBe('/v3');
    expect(serverUrlPath('{scheme}://{host}/{version}', { version: { default: 'v4' }, host: { default: 'h' } })).toBe('/v4');
  });
});
