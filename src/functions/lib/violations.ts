/**
 * What the rule functions of this family return: a message at the node where the problem is defined.
 * Reporting dedupes by location and message, so a shared component used by many operations gives one
 * finding, in the file that defines it.
 */
import type { IFunctionResult, RulesetFunctionContext } from '@stoplight/spectral-core';
import type { NodeLocation } from '../../document/source.js';
import { Reporter } from '../../lint/context.js';
import { locationKey } from '../../model/located.js';
import { oneLine } from '../../document/errors.js';

export interface Violation {
  at: NodeLocation;
  message: string;
}

export function reportViolations(fnContext: RulesetFunctionContext, violations: Iterable<Violation>): IFunctionResult[] {
  const reporter = new Reporter(fnContext);
  const seen = new Set<string>();
  for (const violation of violations) {
    const key = `${locationKey(violation.at)}\u0000${violation.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reporter.at(violation.at, violation.message);
  }
  return reporter.results;
}

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
  if (values.length <= 1) return values.join('');
  const shown = values.slice(0, max);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Contract text inside a message: one line, control characters visible, long values cut. */
export function quote(value: unknown, max = 60): string {
  const text = oneLine(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}
