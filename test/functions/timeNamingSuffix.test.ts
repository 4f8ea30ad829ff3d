import { describe, expect, it } from 'vitest';
import { suffixProblem, withSuffix } from '../../src/functions/timeNamingSuffix.js';

describe('time-naming-suffix', () => {
  it('accepts At for date-times and Date for dates', () => {
    expect(suffixProblem('createdAt', 'date-time', 'At', 'Date')).toBeUndefined();
    expect(suffixProblem('placed_at', 'date-time', 'At', 'Date')).toBeUndefined();
    expect(suffixProblem('businessDate', 'date', 'At', 'Date')).toBeUndefined();
  });
  it('asks for the suffix, in the name\'s own convention', () => {
    expect(suffixProblem('created', 'date-time', 'At', 'Date')).toBe('is a date-time: name it with the At suffix, e.g. createdAt');
    expect(suffixProblem('created_on', 'date-time', 'At', 'Date')).toBe('is a date-time: name it with the At suffix, e.g. created_at');
    expect(suffixProblem('date', 'date-time', 'At', 'Date')).toContain('e.g. occurredAt');
    expect(suffixProblem('expiresAt', 'date', 'At', 'Date')).toContain('Date suffix');
  });
  it('allows Time only where configured, and never both', () => {
    expect(suffixProblem('pickupTime', 'date-time', 'At', 'Date')).toContain('Time only with x-time-suffix: Time');
    expect(suffixProblem('pickupTime', 'date-time', 'Time', 'Date')).toBeUndefined();
    expect(suffixProblem('createdAt', 'date-time', 'Time', 'Date')).toContain('this document uses Time');
  });
  it('exempts configured names (CloudEvents time)', () => {
    expect(suffixProblem('time', 'date-time', 'At', 'Date', ['time'])).toBeUndefined();
    expect(suffixProblem('at', 'date-time', 'At', 'Date')).toContain('At suffix');
  });
  it('builds suggestions', () => {
    expect(withSuffix('updatedTimestamp', 'At')).toBe('updatedAt');
    expect(withSuffix('dateOfBirth', 'Date')).toBe('birthDate');
    expect(withSuffix('LAST_SEEN', 'At')).toBe('LAST_SEEN_AT');
    expect(withSuffix('last-seen', 'At')).toBe('last-seen-at');
  });
});
