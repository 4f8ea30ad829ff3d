import { describe, expect, it } from 'vitest';
import { isErrorResponseKey, isSuccessResponseKey, parseResponseKey, reasonPhrase, registrationOf, statusClassOf } from '../../../src/functions/lib/http-status.js';

describe('IANA status code registry', () => {
  it('knows RFC 9110 codes and the RFC 6585 additions', () => {
    for (const code of [200, 201, 204, 304, 400, 401, 403, 404, 409, 412, 422, 425, 428, 429, 431, 451, 500, 503, 511]) expect(registrationOf(code), String(code)).toBe('registered');
    expect(reasonPhrase(422)).toBe('Unprocessable Content');
    expect(reasonPhrase(413)).toBe('Content Too Large');
  });

  it('tells reserved (306, 418) from unassigned codes', () => {
    expect(registrationOf(418)).toBe('reserved');
    expect(registrationOf(306)).toBe('reserved');
    for (const code of [209, 299, 420, 430, 499, 509, 520, 599]) expect(registrationOf(code), String(code)).toBe('unassigned');
  });

  it('parses response keys', () => {
    expect(parseResponseKey('404')).toEqual({ kind: 'code', code: 404, statusClass: 4 });
    expect(parseResponseKey('4XX')).toEqual({ kind: 'range', statusClass: 4 });
    expect(parseResponseKey('5xx')).toEqual({ kind: 'range', statusClass: 5 });
    expect(parseResponseKey('default')).toEqual({ kind: 'default' });
    for (const key of ['600', '20', '2000', 'ok', '6XX', 'Default']) expect(parseResponseKey(key).kind, key).toBe('invalid');
    expect(statusClassOf('default')).toBeUndefined();
  });

  it('classifies error and success keys', () => {
    expect(['400', '4XX', '503', '5XX', 'default'].every(isErrorResponseKey)).toBe(true);
    expect(['200', '302', '1XX'].some(isErrorResponseKey)).toBe(false);
    expect(['200', '2XX', '204'].every(isSuccessResponseKey)).toBe(true);
    expect(isSuccessResponseKey('default')).toBe(false);
  });
});
