/**
 * X6 estate-consumer-producer-schema-mismatch: for each event type, every consumer's payload
 * against every producer's. Pointers are reported on both sides; the producer's are references
 * (the consumer has to read what is sent).
 */
import { eventIndex, label, referenceAt, at, type EstateCheck, type EstateFindingDraft } from '../estate.js';
import { shapeFingerprint } from '../shape.js';
import { payloadMismatch } from './compare-shapes.js';

export const consumerProducerSchemaMismatch: EstateCheck = {
  id: 'estate-consumer-producer-schema-mismatch',
  severity: 'error',
  area: 'events',
  description: 'A consumer requires event fields the producer does not send, or expects other types or values.',
  run(estate) {
    const { producers, consumers } = eventIndex(estate);
    const findings: EstateFindingDraft[] = [];
    for (const [type, consumerUses] of consumers) {
      const producerUses = producers.get(type);
      if (producerUses === undefined) continue;
      const compared = new Set<string>();
      // producer structure → consumer structures already found to match (most pairs: one schema copied by many consumers)
      const matching = new Map<string, Set<string>>();
      for (const consumer of consumerUses) {
        for (const producer of producerUses) {
          if (consumer.event.payload === null || producer.event.payload === null) continue;
          const produced = shapeFingerprint(producer.event.payload);
          const expected = shapeFingerprint(consumer.event.payload);
          if (matching.get(produced)?.has(expected) === true) continue;
          // one comparison per pair of payload definitions, however many operations share them
          const key = `${consumer.contract.index}:${consumer.event.payloadAt?.file}#${consumer.event.payloadAt?.pointer} ${producer.contract.index}:${producer.event.payloadAt?.file}#${producer.event.payloadAt?.pointer}`;
          if (compared.has(key)) continue;
          compared.add(key);
          const issues = payloadMismatch(producer.event.payload, consumer.event.payload);
          if (issues.length === 0) matching.set(produced, (matching.get(produced) ?? new Set()).add(expected));
          for (const issue of issues) {
            findings.push({
              ruleId: this.id,
              severity: issue.severity,
              message: `${type}: ${issue.message} (consumer ${label(consumer.contract)}, producer ${label(producer.contract)})`,
              locations: [at(consumer.contract, issue.subject), ...(issue.reference !== null ? [referenceAt(producer.contract, issue.reference)] : [])],
            });
          }
        }
      }
    }
    return findings;
  },
};
