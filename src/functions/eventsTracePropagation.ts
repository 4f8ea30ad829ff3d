/** events-trace-propagation: a message carries `traceparent` (header or envelope member) or an AsyncAPI correlationId. */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { AsyncApiModel } from '../model/index.js';
import { envelopeOf } from './lib/cloudevents.js';
import { eventHeuristicsFrom } from './lib/heuristics.js';
import { memberOf, messageLabel } from './lib/messages.js';
import { asyncApiCheck, type Problem } from './lib/problems.js';

export function checkTracePropagation(model: AsyncApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = eventHeuristicsFrom(dictionary);
  if (h.traceHeaders.length === 0) return [];
  const prefixes = ['', ...h.headerPrefixes];
  const problems: Problem[] = [];
  for (const message of model.messages) {
    if (memberOf(message, 'correlationId') !== undefined) continue;
    const envelope = envelopeOf(model.contract, message, h.traceHeaders, prefixes);
    if (envelope.sites.size > 0) continue;
    problems.push({ at: message.node, message: `message ${messageLabel(message)} carries no ${h.traceHeaders.join(' or ')} header and no correlationId` });
  }
  return problems;
}

export default asyncApiCheck(checkTracePropagation);
