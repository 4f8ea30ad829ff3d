/**
 * events-dead-letter: an operation that receives (2.x `publish`, 3.x `action: receive`) declares
 * `x-dead-letter` (a channel reference) and `x-retry` with maxAttempts and backoff.
 */
import { getChild, isObject } from '../document/pointer.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { AsyncApiModel, EventOperation } from '../model/index.js';
import { eventHeuristicsFrom } from './lib/heuristics.js';
import { asyncApiCheck, listing, type Problem } from './lib/problems.js';

/** An extension of the operation, else of its first trait that sets it. */
function extensionOf(op: EventOperation, key: string): unknown {
  const own = getChild(op.node.value, key);
  if (own !== undefined) return own;
  for (const trait of op.traits) {
    const value = getChild(trait.value, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

function isChannelReference(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return isObject(value) && typeof value.$ref === 'string';
}

export function checkDeadLetter(model: AsyncApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = eventHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  for (const op of model.operations) {
    if (op.action !== 'receive') continue;
    const faults: string[] = [];
    if (!isChannelReference(extensionOf(op, 'x-dead-letter'))) faults.push('x-dead-letter (a channel reference)');
    const retry = extensionOf(op, 'x-retry');
    const missing = isObject(retry) ? h.retryMembers.filter((m) => retry[m] === undefined) : h.retryMembers;
    if (!isObject(retry) || missing.length > 0) faults.push(`x-retry with ${listing(missing.length > 0 ? missing : h.retryMembers)}`);
    if (faults.length > 0) {
      const how = op.actionSource === 'publish' ? ' (2.x publish: this application receives)' : '';
      problems.push({ at: op.node, message: `consumer operation ${op.id ?? op.channel.address}${how} needs ${listing(faults)}` });
    }
  }
  return problems;
}

export default asyncApiCheck(checkDeadLetter);
