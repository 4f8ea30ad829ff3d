/** The small helpers the diff checks share. */
import { describe, expect, it } from 'vitest';
import { sunsetDate } from '../../src/diff/checks/util.js';

describe('sunsetDate', () => {
  it('reads an RFC 3339 date or date-time with an offset', () => {
    expect(sunsetDate('2026-06-30')?.toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(sunsetDate(' 2026-06-30 ')?.toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(sunsetDate('2026-06-30T12:00:00+02:00')?.toISOString()).toBe('2026-06-30T10:00:00.000Z');
    expect(sunsetDate(undefined)).toBeUndefined();
  });

  it('refuses dates the calendar does not have and trailing text, rather than guessing', () => {
    expect(sunsetDate('2026-02-30')).toBeUndefined();
    expect(sunsetDate('2026-13-01')).toBeUndefined();
    expect(sunsetDate('2026-06-30 or later')).toBeUndefined();
    expect(sunsetDate('30.06.2026')).toBeUndefined();
  });
});
