/** Small helpers the check families share. */
import type { NodeLocation } from '../../document/source.js';

/** `x-sunset` as a UTC date; undefined when absent or not a date. */
export function sunsetDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match === null) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
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
