import type { Severity, Waiver } from '../lint/finding.js';
/** Plain data shared by the diff engine, its checks and its reporters. */
import type { NodeLocation } from '../document/source.js';

export type Level = 'breaking' | 'warning' | 'info';
export const LEVELS: readonly Level[] = ['breaking', 'warning', 'info'];

/** A change as a lint finding's severity (where changes and findings are reported together). */
export const LEVEL_SEVERITY: Readonly<Record<Level, Severity>> = { breaking: 'error', warning: 'warn', info: 'info' };

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** At or above a threshold: `breaking` is at or above `warning`. */
export function atOrAbove(level: Level, threshold: Level): boolean {
  return levelRank(level) <= levelRank(threshold);
}

/**
 * Which way data flows, as seen by the API's consumer: `request` (the client sends it; also what a
 * webhook subscriber answers), `response` (the client receives it; also a webhook or callback body),
 * and for events, seen from the application the contract describes, `received-message` (others
 * send it to the application) and `sent-message` (the application publishes it; consumers read it).
 */
export type Side = 'request' | 'response' | 'received-message' | 'sent-message';
export const SIDES: readonly Side[] = ['request', 'response', 'received-message', 'sent-message'];

/** Data the API's consumer produces (`sends`) or consumes (`receives`). */
export type Direction = 'sends' | 'receives';

export function directionOf(side: Side): Direction {
  return side === 'request' || side === 'received-message' ? 'sends' : 'receives';
}

export type Family = 'paths' | 'parameters' | 'request-body' | 'responses' | 'schemas' | 'security' | 'lifecycle' | 'asyncapi';

/** A place in one of the two documents. */
export interface ChangeLocation {
  /** the file as reported (for git sides `REF:path`) */
  file: string;
  /** RFC 6901 pointer into that file */
  pointer: string;
  /** 1-based, filled in by the engine */
  line: number;
  column: number;
}

export interface Change {
  checkId: string;
  level: Level;
  message: string;
  /** `POST /orders`, `webhook orderShipped POST`, `SEND orders.placed` */
  operation?: string;
  base?: ChangeLocation;
  revision?: ChangeLocation;
  /** stable across runs and line moves: check id + operation + logical location */
  fingerprint: string;
  family: Family;
  /** a feature addition (drives the minor bump of semver) */
  addition: boolean;
  /** set when an approved waiver covers the change: it is reported, marked, and does not fail the run */
  waived?: Waiver;
}

/** What a check reports; the engine adds level, fingerprint and line numbers. */
export interface RawChange {
  checkId: string;
  message: string;
  operation?: { key: string; label: string };
  base?: NodeLocation;
  revision?: NodeLocation;
  /** logical location for the fingerprint: subject and property path, not file positions */
  at: string;
}

export type Report = (change: RawChange) => void;

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface VersionVerdict {
  base: string;
  revision: string;
  requiredBump: Bump;
  ok: boolean;
  /** why it is not ok, one line */
  reason?: string;
}

export interface DiffResult {
  baseFile: string;
  revisionFile: string;
  /** every change, sorted: breaking first, then by operation */
  changes: Change[];
  version: VersionVerdict;
  /** how many changes waivers cover (they stay in `changes`, marked) */
  waived: number;
}
