import { describe, expect, it } from 'vitest';
import { dateTimeExampleProblem } from '../../src/functions/timeExampleOffset.js';

describe('dateTimeExampleProblem', () => {
  it.each(['2025-03-01T09:30:00Z', '2025-03-01T09:30:00+01:00', '2025-03-01T09:30:00.5-05:00'])('%s is fine', (example) => {
    expect(dateTimeExampleProblem(example)).toBeUndefined();
  });
  it('flags local times, invalid texts and non-strings', () => {
    expect(dateTimeExampleProblem('2025-03-01T09:30:00')).toBe('"2025-03-01T09:30:00" has no offset: end it in Z or ±hh:mm');
    expect(dateTimeExampleProblem('2025-03-01 09:30')).toContain('is not an RFC 3339 date-time');
    expect(dateTimeExampleProblem('2025-02-30T09:30:00Z')).toContain('is not an RFC 3339 date-time');
    expect(dateTimeExampleProblem(1740821400)).toContain('is not a string');
  });
});
