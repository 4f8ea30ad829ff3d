import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, gtinProblem } from '../../../src/functions/lib/gs1.js';

describe('GS1 mod-10 check digit', () => {
  it.each([
    ['400638133393', 1], // EAN-13 4006381333931
    ['9638507', 4], // EAN-8 96385074
    ['03600029145', 2], // UPC-A 036000291452
    ['1001234567890', 2], // GTIN-14 10012345678902
  ])('payload %s → %i', (payload, digit) => {
    expect(gs1CheckDigit(payload)).toBe(digit);
  });

  it.each(['4006381333931', '96385074', '036000291452', '10012345678902', '00000000000000'])('%s is a valid GTIN', (gtin) => {
    expect(gtinProblem(gtin)).toBeUndefined();
  });

  it('says why a value is not a GTIN', () => {
    expect(gtinProblem('4006381333932')).toBe('check-digit');
    expect(gtinProblem('400638133393')).toBe('check-digit'); // 12 digits: read as UPC-A, whose check digit is wrong
    expect(gtinProblem('40063813339')).toBe('length');
    expect(gtinProblem('4006381333931X')).toBe('not-digits');
    expect(gtinProblem('')).toBe('not-digits');
  });
});
