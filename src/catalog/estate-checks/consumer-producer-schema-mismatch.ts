/**
 * X6 estate-consumer-producer-schema-mismatch: for each event type, every consumer's payload
 * against every producer's. Pointers are reported on both sides; the producer's are references
 * (the consumer has to read what is sent).
 */
import { eventIndex, label, referenceAt, at, type EstateCheck, type EstateFindingDraft } from '../estate.js';
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
      for (const consumer of consumerUses) {
        for (const producer of producerUses) {
          if (consumer.event.payload === null || producer.event.payload === null) continue;
          // one comparison per pair of payload definitions, however many operations share them
          const key = `${consumer.contract.index}:${consumer.event.payloadAt?.file}#${consumer.event.payloadAt?.pointer} ${producer.contract.index}:${producer.event.payloadAt?.file}#${producer.event.payloadAt?.pointer}`;
          if (compared.has(key)) continue;
          compared.add(key);
          for (const issue of payloadMismatch(producer.event.payload, consumer.event.payload)) {
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
