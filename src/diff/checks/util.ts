/** Small helpers the check families share. */
import type { NodeLocation } from '../../document/source.js';
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

/** A location one key below a node (`…/x-sunset`), or the node itself. */
export function below(at: NodeLocation | undefined, key: string, present: boolean): NodeLocation | undefined {
  if (at === undefined) return undefined;
  return present ? { source: at.source, path: [...at.path, key] } : at;
}

export function quote(text: string): string {
  return `'${text}'`;
}

export function isSuccessStatus(status: string): boolean {
  return /^2/.test(status);
}
