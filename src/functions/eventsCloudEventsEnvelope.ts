/**
 * events-cloudevents-envelope: every message carries the CloudEvents attributes id, source, type,
 * specversion and time, required, as headers (binary mode) or payload members (structured mode).
 */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { AsyncApiModel } from '../model/index.js';
import { envelopeOf } from './lib/cloudevents.js';
import { eventHeuristicsFrom } from './lib/heuristics.js';
import { hasOpaquePayload, messageLabel } from './lib/messages.js';
import { asyncApiCheck, listing, type Problem } from './lib/problems.js';

export function checkCloudEventsEnvelope(model: AsyncApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = eventHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  for (const message of model.messages) {
    const envelope = envelopeOf(model.contract, message, h.requiredAttributes, h.headerPrefixes);
    const missing = h.requiredAttributes.filter((a) => !envelope.sites.has(a));
    // an Avro or Protobuf payload may carry a structured envelope apigov cannot read: judge headers only when they show binary mode
    if (missing.length > 0 && hasOpaquePayload(message) && envelope.sites.size === 0) continue;
    const optional = [...envelope.sites.values()].filter((s) => !s.required).map((s) => s.name);
    const faults: string[] = [];
    if (missing.length > 0) faults.push(`lacks ${listing(missing)}`);
    if (optional.length > 0) faults.push(`does not require ${listing(optional)}`);
    if (faults.length > 0) {
      problems.push({ at: message.node, message: `message ${messageLabel(message)} ${faults.join(' and ')} (CloudEvents attributes, as ce_ headers or payload members)` });
    }
  }
  return problems;
}

export default asyncApiCheck(checkCloudEventsEnvelope);
