/**
 * The estate checks (CATALOG.md X1-X14), in catalog order. Each is a pure function over the
 * collected estate; `apigov explain <id>` prints its page in docs/rules/. Severities can be changed
 * or checks switched off in apigov.yaml under `catalog.checks`.
 */
import { severityRank, type Severity } from '../../lint/finding.js';
import type { Estate, EstateCheck, EstateFindingDraft } from '../estate.js';
import { canonicalShapeDrift } from './canonical-shape-drift.js';
import { consumerProducerSchemaMismatch } from './consumer-producer-schema-mismatch.js';
import { deprecatedDependency } from './deprecated-dependency.js';
import { duplicateOperationId } from './duplicate-operation-id.js';
import { eventTypeCollision } from './event-type-collision.js';
import { idRepresentationDrift } from './id-representation-drift.js';
import { orphanConsumedEvent } from './orphan-consumed-event.js';
import { ownerUnknown } from './owner-unknown.js';
import { routeCollision } from './route-collision.js';
import { sorConflict } from './sor-conflict.js';
import { sorMissing } from './sor-missing.js';
import { unconsumedEvent } from './unconsumed-event.js';
import { versionSkew } from './version-skew.js';
import { writeOutsideSor } from './write-outside-sor.js';

export const ESTATE_CHECKS: readonly EstateCheck[] = [
  sorConflict,
  sorMissing,
  canonicalShapeDrift,
  idRepresentationDrift,
  orphanConsumedEvent,
  consumerProducerSchemaMismatch,
  unconsumedEvent,
  duplicateOperationId,
  routeCollision,
  eventTypeCollision,
  deprecatedDependency,
  ownerUnknown,
  versionSkew,
  writeOutsideSor,
];

export type CheckSetting = 'off' | Severity;

export function estateCheck(id: string): EstateCheck | undefined {
  return ESTATE_CHECKS.find((c) => c.id === id);
}

/**
 * Run every check, apply `catalog.checks` settings (off, or a severity that replaces the check's
 * default; findings a check already reports lower stay at most that low) and order the findings.
 */
export function runEstateChecks(estate: Estate, settings: Readonly<Record<string, CheckSetting>> = {}): EstateFindingDraft[] {
  const out: EstateFindingDraft[] = [];
  for (const check of ESTATE_CHECKS) {
    const setting = Object.prototype.hasOwnProperty.call(settings, check.id) ? settings[check.id] : undefined;
    if (setting === 'off') continue;
    const findings = check.run(estate);
    for (const finding of findings) {
      if (setting !== undefined) {
        finding.severity = finding.severity === check.severity ? setting : severityRank(finding.severity) > severityRank(setting) ? finding.severity : setting;
      }
    }
    findings.sort(compareDrafts);
    out.push(...findings);
  }
  return out;
}

function compareDrafts(a: EstateFindingDraft, b: EstateFindingDraft): number {
  const la = a.locations[0];
  const lb = b.locations[0];
  const ka = la === undefined ? '' : `${la.file}\u0000${la.pointer}`;
  const kb = lb === undefined ? '' : `${lb.file}\u0000${lb.pointer}`;
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
