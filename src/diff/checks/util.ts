/** Small helpers the check families share. */
import { hasChild } from '../../document/pointer.js';
import type { NodeLocation, ResolvedNode } from '../../document/source.js';
import { parseRfc3339 } from '../../functions/lib/rfc3339.js';

/**
 * `x-sunset` as an instant: an RFC 3339 full-date (its UTC midnight) or date-time with an offset;
 * undefined when absent or not a valid one (no 2026-02-30, no trailing text).
 */
export function sunsetDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = parseRfc3339(value.trim());
  return parsed === undefined ? undefined : new Date(parsed.epochMs);
}

/** Where a key of a node is written (`…/x-sunset`); the node itself when the key is not there. */
export function below(at: ResolvedNode | undefined, key: string): NodeLocation | undefined {
  if (at === undefined) return undefined;
  return hasChild(at.value, key) ? { source: at.source, path: [...at.path, key] } : at;
}

export function quote(text: string): string {
  return `'${text}'`;
}

export function isSuccessStatus(status: string): boolean {
  return /^2/.test(status);
}
