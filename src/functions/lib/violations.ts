/**
 * What the rule functions of this family return: a message at the node where the problem is defined.
 * Reporting dedupes by location and message, so a shared component used by many operations gives one
 * finding, in the file that defines it.
 */
import type { NodeLocation } from '../../document/source.js';
import { locationKey } from '../../model/located.js';
import { oneLine } from '../../document/errors.js';
import { listing as listAll, report, type Problem } from './problems.js';

export type Violation = Problem;
export const reportViolations = report;

/** Collects violations once each, and remembers which locations were already judged. */
export class ViolationList {
  readonly items: Violation[] = [];
  private readonly judged = new Set<string>();

  private readonly added = new Set<string>();

  /** Add a violation; the same message at the same place is kept once. */
  add(at: NodeLocation, message: string): void {
    const key = `${locationKey(at)}\u0000${message}`;
    if (this.added.has(key)) return;
    this.added.add(key);
    this.items.push({ at: { source: at.source, path: at.path }, message });
  }

  /** True the first time a location is seen: judge a shared node once. */
  firstVisit(at: NodeLocation, salt = ''): boolean {
    const key = locationKey(at) + salt;
    if (this.judged.has(key)) return false;
    this.judged.add(key);
    return true;
  }
}

/** `a, b and c` for messages; long lists are cut with a count. */
export function listing(values: readonly string[], max = 5): string {
  return listAll(values, max);
}

/** Contract text inside a message: one line, control characters visible, long values cut. */
export function quote(value: unknown, max = 60): string {
  const text = oneLine(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}
