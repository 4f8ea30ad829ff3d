/** One clock per run: APIGOV_NOW, else SOURCE_DATE_EPOCH, else the system time. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDate, now } from '../../src/lint/clock.js';

describe('now', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('uses SOURCE_DATE_EPOCH, so a reproducible catalog judges sunsets and waivers on the day it is stamped with', () => {
    vi.stubEnv('APIGOV_NOW', '');
    vi.stubEnv('SOURCE_DATE_EPOCH', '1767225600');
    expect(now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('lets APIGOV_NOW win over SOURCE_DATE_EPOCH, and ignores values that are not dates or seconds', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1767225600');
    vi.stubEnv('APIGOV_NOW', '2026-06-15');
    expect(isoDate(now())).toBe('2026-06-15');
    vi.stubEnv('APIGOV_NOW', 'tomorrow');
    vi.stubEnv('SOURCE_DATE_EPOCH', 'yesterday');
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(60_000);
  });
});
