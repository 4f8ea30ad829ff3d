/**
 * events-partition-key: a Kafka message declares its partition key (`bindings.kafka.key` on the
 * message or operation, or a CloudEvents `partitionkey`), and the key is a canonical id of the
 * aggregate: a `$ref` to a schema named after a registry id, an object with a registry-id
 * property (`storeId` + `sku`), or a schema whose `x-canonical-id` names one.
 */
import type { Contract } from '../document/contract.js';
import { isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import type { CanonicalDictionary } from '../lint/canonical.js';
import { child, member } from '../model/located.js';
import { effectiveSchema, type AsyncApiModel, type EventOperation, type Message } from '../model/index.js';
import { envelopeOf } from './lib/cloudevents.js';
import { eventHeuristicsFrom } from './lib/heuristics.js';
import { kafkaMessages } from './lib/kafka.js';
import { messageLabel } from './lib/messages.js';
import { asyncApiCheck, type Problem } from './lib/problems.js';
import { isRef } from '../document/resolve.js';

/** Registry names and aliases, lower-cased. */
function registryNames(dictionary: CanonicalDictionary): Set<string> {
  const names = new Set<string>();
  for (const [name, entry] of Object.entries(dictionary.ids ?? {})) {
    names.add(name.toLowerCase());
    for (const alias of entry.aliases ?? []) names.add(alias.toLowerCase());
  }
  return names;
}

/** `bindings.kafka.key` as written (the member, not followed), on the holder itself. */
function kafkaKeyOf(holder: ResolvedNode, contract: Contract): ResolvedNode | undefined {
  const kafka = child(contract, child(contract, holder, 'bindings'), 'kafka');
  return member(kafka, 'key');
}

/** Why a key schema is not a canonical id, or undefined when it is one. */
function keyFault(contract: Contract, written: ResolvedNode, registry: Set<string>): string | undefined {
  const refTarget = isRef(written.value) ? contract.refs.deref(written.value, written) : undefined;
  // a key in a file apigov could not read (a remote Avro schema) cannot be judged
  if (refTarget !== undefined && isRef(refTarget.value)) return undefined;
  if (refTarget !== undefined) {
    const name = refTarget.path[refTarget.path.length - 1];
    if (name !== undefined && registry.has(name.toLowerCase())) return undefined;
  }
  const resolved = refTarget ?? written;
  const shape = effectiveSchema(contract, resolved);
  const declared = shape.keyword('x-canonical-id');
  if (typeof declared === 'string') return registry.has(declared.toLowerCase()) ? undefined : `x-canonical-id "${declared}" is not in the canonical id registry`;
  for (const name of shape.properties.keys()) if (registry.has(name.toLowerCase())) return undefined;
  return 'is not a canonical id of the aggregate ($ref a registry id such as orderId or sku, or set x-canonical-id)';
}

function keySites(contract: Contract, message: Message, operations: EventOperation[]): ResolvedNode[] {
  const sites: ResolvedNode[] = [];
  for (const holder of [message.node, ...message.traits, ...operations.flatMap((op) => [op.node, ...op.traits])]) {
    const key = kafkaKeyOf(holder, contract);
    if (key !== undefined && !sites.some((s) => s.source === key.source && s.path.join('/') === key.path.join('/'))) sites.push(key);
  }
  return sites;
}

export function checkPartitionKey(model: AsyncApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = eventHeuristicsFrom(dictionary);
  const registry = registryNames(dictionary);
  const problems: Problem[] = [];
  for (const [message, operations] of kafkaMessages(model)) {
    const keys = keySites(model.contract, message, operations);
    const partitionKey = envelopeOf(model.contract, message, [h.partitionKeyAttribute], h.headerPrefixes).sites.get(h.partitionKeyAttribute);
    if (keys.length === 0 && partitionKey === undefined) {
      problems.push({ at: message.node, message: `Kafka message ${messageLabel(message)} declares no partition key (bindings.kafka.key or a CloudEvents ${h.partitionKeyAttribute})` });
      continue;
    }
    for (const key of keys) {
      if (!isObject(key.value)) {
        problems.push({ at: key, message: 'Kafka key must be a schema naming a canonical id' });
        continue;
      }
      const fault = keyFault(model.contract, key, registry);
      if (fault !== undefined) problems.push({ at: key, message: `Kafka key ${fault}` });
    }
    if (keys.length === 0 && partitionKey !== undefined) {
      const fault = keyFault(model.contract, partitionKey.at, registry);
      if (fault !== undefined) problems.push({ at: partitionKey.at, message: `CloudEvents ${partitionKey.name} ${fault}` });
    }
  }
  return problems;
}

export default asyncApiCheck(checkPartitionKey);
