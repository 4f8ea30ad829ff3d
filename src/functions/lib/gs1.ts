/** GS1 check digits of GTIN-8/12/13/14 (EAN-8, UPC-A, EAN-13, GTIN-14): the mod-10 algorithm. */

export const GTIN_LENGTHS: readonly number[] = [8, 12, 13, 14];

/** The check digit for the digits before it (the payload of a GTIN, any length). */
export function gs1CheckDigit(payload: string): number {
  let sum = 0;
  // weights alternate 3,1,3,… starting from the digit next to the check digit
  for (let i = payload.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) sum += (payload.charCodeAt(i) - 48) * weight;
  return (10 - (sum % 10)) % 10;
}

export type GtinProblem = 'not-digits' | 'length' | 'check-digit';

/** Why a GTIN string is invalid, or undefined when it is a valid GTIN-8/12/13/14. */
export function gtinProblem(value: string): GtinProblem | undefined {
  if (!/^\d+$/.test(value)) return 'not-digits';
  if (!GTIN_LENGTHS.includes(value.length)) return 'length';
  const expected = gs1CheckDigit(value.slice(0, -1));
  return expected === value.charCodeAt(value.length - 1) - 48 ? undefined : 'check-digit';
}
