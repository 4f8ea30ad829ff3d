/** What a check is: id, level, one-line description, documentation; and how families run. */
import type { Contract } from '../../document/contract.js';
import type { ApiDifference } from '../difference/index.js';
import type { Family, Level, Report, Side } from '../types.js';

export type { ApiDifference };

/** A base → revision pair of complete documents (YAML). */
export interface Example {
  base: string;
  revision: string;
}

export interface CheckDocs {
  /** what the check detects, a few sentences */
  what: string;
  /** why it matters to retailers: what breaks at checkout, in stock sync, in the loyalty ledger */
  why: string;
  /** a change that triggers the check */
  bad: Example;
  /** the compatible way to make a similar change: does not trigger it */
  good: Example;
}

export interface CheckDefinition {
  id: string;
  level: Level;
  family: Family;
  /** one line */
  description: string;
  /** a feature addition: a revision with one should bump the minor version */
  addition?: boolean;
  /** for schema checks: the side the data flows on */
  side?: Side;
  docs: CheckDocs;
}

export interface CheckContext {
  report: Report;
  /** "today" for sunset dates (injectable for tests) */
  now: Date;
  /** the two contracts, for messages that name files */
  base: Contract;
  revision: Contract;
}

/** A family's checks and the one function that runs them over the computed difference. */
export interface CheckFamily {
  definitions: CheckDefinition[];
  run(diff: ApiDifference, context: CheckContext): void;
}
