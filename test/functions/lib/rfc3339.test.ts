import { describe, expect, it } from 'vitest';
import { daysInMonth, parseRfc3339 } from '../../../src/functions/lib/rfc3339.js';

describe('RFC 3339 dates', () => {
  it('accepts full-dates and date-times with an offset', () => {
    expect(parseRfc3339('2026-06-30')).toEqual({ kind: 'date', epochMs: Date.UTC(2026, 5, 30) });
    expect(parseRfc3339('2026-06-30T12:00:00Z')?.epochMs).toBe(Date.UTC(2026, 5, 30, 12));
    expect(parseRfc3339('2026-06-30T12:00:00+02:00')?.epochMs).toBe(Date.UTC(2026, 5, 30, 10));
    expect(parseRfc3339('2026-06-30t12:00:00.250-01:30')?.epochMs).toBe(Date.UTC(2026, 5, 30, 13, 30, 0, 250));
    expect(parseRfc3339('2016-12-31T23:59:60Z')?.kind).toBe('date-time');
  });

  it('refuses impossible dates and local times', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-06-30T24:00:00Z', '2026-06-30T12:00:00', '2026-06-30 12:00:00Z', '30.06.2026', '2026-6-30', '2026-06-30T12:00:00+24:00', '']) {
      expect(parseRfc3339(text), text).toBeUndefined();
    }
    expect(parseRfc3339('2024-02-29')?.kind).toBe('date');
  });

  it('knows leap years', () => {
    expect([daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2024, 2), daysInMonth(2025, 2)]).toEqual([29, 28, 29, 28]);
  });
});
