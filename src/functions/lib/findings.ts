/**
 * Findings collected per reported node and kind of problem: a shared schema judged through several
 * properties gives one finding naming them all, reported where the node is defined.
 */
import type { IFunctionResult, RulesetFunctionContext } from '@stoplight/spectral-core';
import type { NodeLocation, ResolvedNode } from '../../document/source.js';
import { Reporter } from '../../lint/context.js';
import { locationKey } from '../../model/located.js';

/** "`a`", "`a` and `b`", "`a`, `b` and 3 more". */
export function nameList(names: readonly string[]): string {
  const quoted = names.map((n) => `\`${n}\``);
  if (quoted.length <= 1) return quoted.join('');
  if (quoted.length <= 3) return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return `${quoted.slice(0, 2).join(', ')} and ${quoted.length - 2} more`;
}

/**
 * Findings collected per location and kind of problem: a shared schema judged through several
 * properties gives one finding naming them all.
 */
export class FindingSet {
  // keyed by the reported node's object when it has one (no JSON pointer to build), else its location
  private readonly byNode = new Map<unknown, Map<string, { at: NodeLocation; names: string[]; describe: (names: string) => string }>>();

  add(at: NodeLocation, problem: string, name: string, describe: (names: string) => string): void {
    const value = (at as Partial<ResolvedNode>).value;
    const nodeKey = value !== null && typeof value === 'object' ? value : locationKey(at);
    let problems = this.byNode.get(nodeKey);
    if (problems === undefined) {
      problems = new Map();
      this.byNode.set(nodeKey, problems);
    }
    const entry = problems.get(problem);
    if (entry === undefined) problems.set(problem, { at, names: [name], describe });
    else if (!entry.names.includes(name)) entry.names.push(name);
  }

  results(fnContext: RulesetFunctionContext): IFunctionResult[] {
    const reporter = new Reporter(fnContext);
    for (const problems of this.byNode.values()) {
      for (const { at, names, describe } of problems.values()) reporter.at(at, describe(nameList(names)));
    }
    return reporter.results;
  }
}
