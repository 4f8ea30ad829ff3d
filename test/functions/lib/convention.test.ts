import { describe, expect, it } from 'vitest';
import { dominantOtherCase, SUMMARY_MIN_NAMES } from '../../../src/functions/lib/convention.js';

describe('dominantOtherCase', () => {
  it('names the convention a contract uses throughout', () => {
    const names = new Map([
      ['created_at', 30],
      ['html_url', 20],
      ['id', 400],
    ]);
    expect(dominantOtherCase(names, 'camelCase')).toBe('snake_case');
  });
  it('is undefined for a mixed contract or a handful of slips', () => {
    expect(dominantOtherCase(new Map([['created_at', 30], ['updatedAt', 30]]), 'camelCase')).toBeUndefined();
    expect(dominantOtherCase(new Map([['created_at', SUMMARY_MIN_NAMES - 1]]), 'camelCase')).toBeUndefined();
  });
});
