import { describe, expect, it } from 'vitest';
import { isRfc3339Date, isRfc3339DateTime, readDateTime } from '../../../src/functions/lib/rfc3339.js';

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
