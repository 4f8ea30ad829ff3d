/** What `apigov check` reports: plain data, the input of every check reporter. */
import type { EstateFinding } from '../catalog/types.js';
import type { PairStatus } from '../document/git-contracts.js';
import type { Change, VersionVerdict } from '../diff/types.js';
import type { Finding, Severity } from '../lint/finding.js';
import type { FailOn } from '../diff/report/types.js';

/** A contract of the estate that uses an API or event a breaking change affects. */
export interface Consumer {
  apiId: string;
  owner: string | null;
  file: string;
  /** how it uses it: `x-consumes <api> v<major>`, or the event type it receives */
  via: string;
}

export interface CheckedChange extends Change {
  /** the contracts (and so the teams) that will feel it */
  consumers: Consumer[];
}

export interface CheckedContract {
  /** repository-relative path (work tree; at the base for removed contracts) */
  path: string;
  status: PairStatus;
  apiId: string | null;
  lifecycle: string | null;
  /** lint findings that are not at the base (waived ones kept, marked) */
  newFindings: Finding[];
  /** how many base findings this change fixed */
  fixedFindings: number;
  changes: CheckedChange[];
  version: VersionVerdict | null;
}

export interface FreezeViolation {
  ruleId: 'freeze-breaking-change' | 'freeze-production-change';
  message: string;
  file: string;
  window: { from: string; to: string; reason: string };
  /** set when a waiver approves it */
  waived?: Finding['waived'];
}

export interface CheckReport {
  toolVersion: string;
  base: { ref: string; commit: string };
  contracts: CheckedContract[];
  /** estate findings the change introduces (present now, absent at the base) */
  estateFindings: EstateFinding[];
  freeze: FreezeViolation[];
  /** what fails the gate */
  failSeverity: Severity;
  failOn: FailOn;
  versionCheck: boolean;
  includeInfo: boolean;
}
