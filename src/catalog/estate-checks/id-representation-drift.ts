/**
 * X4 estate-id-representation-drift: a canonical id (customerId, sku, storeId, ...) declared with
 * a different (type, format, pattern, maxLength) somewhere in the estate. The representation most
 * places use is the reference (ties go to the one matching the canonical dictionary); each other
 * representation is one finding at every place that uses it.
 */
import type { CanonicalId } from '../../lint/canonical.js';
import { activeContracts, at, label, listNames, referenceAt, type EstateCheck, type EstateContract, type EstateFindingDraft } from '../estate.js';
import type { IdFact } from '../facts.js';
import { plural } from '../../report/summary.js';

interface Variant {
  key: string;
  text: string;
  uses: Array<{ contract: EstateContract; fact: IdFact }>;
  canonicalMatch: boolean;
}

export const idRepresentationDrift: EstateCheck = {
  id: 'estate-id-representation-drift',
  severity: 'error',
  area: 'ids',
  description: 'A canonical id is declared with different type, format, pattern or maxLength across the estate.',
  run(estate) {
    const byName = new Map<string, Map<string, Variant>>();
    for (const contract of activeContracts(estate)) {
      for (const fact of contract.facts.ids) {
        const variants = byName.get(fact.name) ?? new Map<string, Variant>();
        byName.set(fact.name, variants);
        const key = JSON.stringify([fact.type, fact.format, fact.pattern, fact.maxLength]);
        let variant = variants.get(key);
        if (variant === undefined) {
          const canonical = Object.prototype.hasOwnProperty.call(estate.canonical.ids, fact.name) ? estate.canonical.ids[fact.name] : undefined;
          variant = { key, text: describe(fact), uses: [], canonicalMatch: matchesDictionary(fact, canonical) };
          variants.set(key, variant);
        }
        variant.uses.push({ contract, fact });
      }
    }
    const findings: EstateFindingDraft[] = [];
    for (const [name, variants] of byName) {
      if (variants.size < 2) continue;
      const ranked = [...variants.values()].sort(
        (a, b) => contractsOf(b) - contractsOf(a) || b.uses.length - a.uses.length || Number(b.canonicalMatch) - Number(a.canonicalMatch) || (a.key < b.key ? -1 : 1),
      );
      const reference = ranked[0]!;
      for (const variant of ranked.slice(1)) {
        const where = listNames(variant.uses.map((u) => label(u.contract)));
        findings.push({
          ruleId: this.id,
          severity: this.severity,
          message: `${name} is ${variant.text} in ${where} but ${reference.text} in ${listNames(reference.uses.map((u) => label(u.contract)), 3)} (${plural(reference.uses.length, 'place')})`,
          locations: [...variant.uses.map((u) => at(u.contract, u.fact)), referenceAt(reference.uses[0]!.contract, reference.uses[0]!.fact)],
        });
      }
    }
    return findings;
  },
};

function contractsOf(variant: Variant): number {
  return new Set(variant.uses.map((u) => u.contract.index)).size;
}

function describe(fact: IdFact): string {
  const parts = [fact.type ?? 'untyped'];
  if (fact.format !== null) parts.push(`format ${fact.format}`);
  if (fact.pattern !== null) parts.push(`pattern ${fact.pattern}`);
  if (fact.maxLength !== null) parts.push(`maxLength ${fact.maxLength}`);
  return parts.join(', ');
}

function matchesDictionary(fact: IdFact, canonical: CanonicalId | undefined): boolean {
  if (canonical === undefined) return false;
  if (fact.type !== canonical.type) return false;
  if (canonical.pattern !== undefined && fact.pattern !== canonical.pattern) return false;
  if (canonical.format !== undefined && fact.format !== canonical.format) return false;
  return true;
}
