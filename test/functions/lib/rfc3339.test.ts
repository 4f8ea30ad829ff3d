import { describe, expect, it } from 'vitest';
import { daysInMonth, isRfc3339Date, isRfc3339DateTime, parseRfc3339, readDateTime } from '../../../src/functions/lib/rfc3339.js';

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

describe('RFC 3339 date-time', () => {
  it.each(['2025-03-01T09:30:00Z', '2025-03-01t09:30:00z', '2025-03-01T09:30:00.123+01:00', '2024-02-29T23:59:60-05:30'])('%s is valid with an offset', (text) => {
    expect(isRfc3339DateTime(text)).toBe(true);
  });

  it('tells a local time (no offset) from an invalid one', () => {
    expect(readDateTime('2025-03-01T09:30:00')).toEqual({ valid: true, hasOffset: false });
    expect(readDateTime('2025-02-30T09:30:00Z')).toEqual({ valid: false, hasOffset: true });
    expect(readDateTime('2023-02-29T00:00:00Z')?.valid).toBe(false); // not a leap year
    expect(readDateTime('2025-03-01T24:00:00Z')?.valid).toBe(false);
    expect(readDateTime('2025-03-01T09:30:00+25:00')?.valid).toBe(false);
    expect(readDateTime('2025-03-01 09:30:00Z')).toBeUndefined(); // a space is not RFC 3339's T
    expect(readDateTime('2025-03-01')).toBeUndefined();
    expect(readDateTime('yesterday')).toBeUndefined();
  });

  it('reads full dates', () => {
    expect(isRfc3339Date('2024-02-29')).toBe(true);
    expect(isRfc3339Date('2025-13-01')).toBe(false);
    expect(isRfc3339Date('2025-3-1')).toBe(false);
  });
});
