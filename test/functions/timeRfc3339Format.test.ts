import { describe, expect, it } from 'vitest';
import { timeFormatProblem } from '../../src/functions/timeRfc3339Format.js';
import { plainFacts } from '../../src/functions/lib/facts.js';

describe('timeFormatProblem', () => {
  it('wants RFC 3339 strings', () => {
    expect(timeFormatProblem('instant', plainFacts({ type: 'string', format: 'date-time' }))).toBeUndefined();
    expect(timeFormatProblem('date', plainFacts({ type: 'string', format: 'date' }))).toBeUndefined();
    expect(timeFormatProblem('time', plainFacts({ type: 'string', format: 'time' }))).toBeUndefined();
    expect(timeFormatProblem('instant', plainFacts({ type: 'string' }))).toBe('is a string without a format: declare format: date-time (RFC 3339)');
    expect(timeFormatProblem('date', plainFacts({ type: 'string' }))).toContain('format: date (RFC 3339)');
    expect(timeFormatProblem('instant', plainFacts({ type: 'string', format: 'datetime' }))).toBe('declares format datetime: use format: date-time (RFC 3339)');
  });
  it('flags epochs', () => {
    expect(timeFormatProblem('instant', plainFacts({ type: 'integer', format: 'unix-time' }))).toBe('is typed integer (format unix-time), an epoch: use type: string, format: date-time');
    expect(timeFormatProblem('instant', plainFacts({ type: 'number' }))).toContain('an epoch');
  });
  it('leaves id cursors, calendar fields, enums, flags and objects alone', () => {
    expect(timeFormatProblem('bound', plainFacts({ type: 'integer' }))).toBeUndefined(); // ?since=<last id>
    expect(timeFormatProblem('bound', plainFacts({ type: 'integer', format: 'unix-time' }))).toContain('epoch');
    expect(timeFormatProblem('date', plainFacts({ type: 'integer', minimum: 1, maximum: 31 }))).toBeUndefined(); // billing anchor day
    expect(timeFormatProblem('time', plainFacts({ type: 'string', enum: ['morning', 'evening'] }))).toBeUndefined();
    expect(timeFormatProblem('instant', plainFacts({ type: 'boolean' }))).toBeUndefined();
    expect(timeFormatProblem('instant', plainFacts({ type: 'object', properties: { from: {} } }))).toBeUndefined();
  });
});
