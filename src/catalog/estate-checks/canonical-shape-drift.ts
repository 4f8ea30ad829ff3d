/**
 * X3 estate-canonical-shape-drift: a copy of a canonical entity's schema in a contract that is not
 * its system of record, structurally incompatible with the system of record's schema.
 */
import { activeContracts, at, label, referenceAt, uniqueLocations, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';
import type { CanonicalSchemaFact } from '../facts.js';
import { shapeFingerprint } from '../shape.js';
import { canonicalDrift, type ShapeIssue } from './compare-shapes.js';

const SHOWN_ISSUES = 3;

export const canonicalShapeDrift: EstateCheck = {
  id: 'estate-canonical-shape-drift',
  severity: 'error',
  area: 'data',
  description: "A copy of a canonical entity's schema is incompatible with the system of record's schema.",
  run(estate) {
    const active = activeContracts(estate);
    const canonicalIds = new Set(Object.keys(estate.canonical.ids ?? {}));
    const sorSchemas = new Map<string, Array<{ contract: EstateContract; schema: CanonicalSchemaFact }>>();
    for (const contract of active) {
      const claimed = new Set(contract.facts.systemOfRecord.map((s) => s.entity));
      for (const schema of contract.facts.schemas) {
        if (!claimed.has(schema.entity) || schema.tagged) continue;
        const list = sorSchemas.get(schema.entity) ?? [];
        list.push({ contract, schema });
        sorSchemas.set(schema.entity, list);
      }
    }
    const findings: EstateFindingDraft[] = [];
    for (const contract of active) {
      const claimed = new Set(contract.facts.systemOfRecord.map((s) => s.entity));
      for (const copy of contract.facts.schemas) {
        const references = sorSchemas.get(copy.entity);
        if (references === undefined || claimed.has(copy.entity)) continue;
        let best: { issues: ShapeIssue[]; contract: EstateContract; schema: CanonicalSchemaFact } | undefined;
        for (const reference of references) {
          const issues = shapeFingerprint(reference.schema.shape) === shapeFingerprint(copy.shape) ? [] : canonicalDrift(reference.schema.shape, copy.shape, canonicalIds);
          if (best === undefined || issues.length < best.issues.length) best = { issues, ...reference };
          if (issues.length === 0) break;
        }
        if (best === undefined || best.issues.length === 0) continue;
        const shown = best.issues.slice(0, SHOWN_ISSUES).map((i) => i.message);
        const more = best.issues.length > SHOWN_ISSUES ? `; and ${best.issues.length - SHOWN_ISSUES} more` : '';
        findings.push({
          ruleId: this.id,
          severity: this.severity,
          message: `${copy.entity} in ${label(contract)} (${copy.key}) is incompatible with its system of record ${label(best.contract)}: ${shown.join('; ')}${more}`,
          locations: uniqueLocations([
            at(contract, copy),
            ...best.issues.map((i) => at(contract, i.subject)),
            referenceAt(best.contract, best.schema),
            ...best.issues.flatMap((i) => (i.reference !== null ? [referenceAt(best!.contract, i.reference)] : [])),
          ]),
        });
      }
    }
    return findings;
  },
};
