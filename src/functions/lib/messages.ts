/** Facts about AsyncAPI messages that several events- rules read: payload format, kind, traits. */
import type { Contract } from '../../document/contract.js';
import { getChild, isObject } from '../../document/pointer.js';
import type { ResolvedNode } from '../../document/source.js';
import { child, entries, items, locationKey } from '../../model/located.js';
import type { AsyncApiModel, Message } from '../../model/index.js';

function isJsonSchemaFormat(format: string): boolean {
  const f = format.toLowerCase();
  return f.includes('schema+json') || f.includes('schema+yaml') || f.includes('openapi') || f.includes('aai.asyncapi');
}

/**
 * The message payload when it is a JSON Schema (or AsyncAPI / OpenAPI schema); undefined for Avro,
 * Protobuf or RAML payloads (2.x `schemaFormat` on the message; 3.x multi-format schemas are
 * already unwrapped by the model).
 */
export function jsonPayload(message: Message): ResolvedNode | undefined {
  const format = memberOf(message, 'schemaFormat');
  if (typeof format === 'string' && !isJsonSchemaFormat(format)) return undefined;
  return message.payload;
}

/** True when the message has a payload apigov cannot read as JSON Schema. */
export function hasOpaquePayload(message: Message): boolean {
  const written = getChild(message.node.value, 'payload');
  return written !== undefined && jsonPayload(message) === undefined;
}

/** A member of the message, else of its first trait that has it (message values win over traits). */
export function memberOf(message: Message, key: string): unknown {
  const own = getChild(message.node.value, key);
  if (own !== undefined) return own;
  for (const trait of message.traits) {
    const value = getChild(trait.value, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The resolved node of a message member, from the message or a trait. */
export function memberNodeOf(contract: Contract, message: Message, key: string): ResolvedNode | undefined {
  for (const holder of [message.node, ...message.traits]) {
    const node = child(contract, holder, key);
    if (node !== undefined) return node;
  }
  return undefined;
}

/** `x-message-kind` (command, query, ...), lower-cased, or undefined for an event. */
export function messageKind(message: Message): string | undefined {
  const kind = memberOf(message, 'x-message-kind');
  return typeof kind === 'string' ? kind.toLowerCase() : undefined;
}

/** A schema with nothing in it: `{}` or only annotations. */
export function isEmptySchema(value: unknown): boolean {
  if (value === true) return true;
  if (!isObject(value)) return false;
  return Object.keys(value).every((k) => k.startsWith('x-') || k === 'description' || k === 'title' || k === '$comment');
}

/** Message display name for findings. */
export function messageLabel(message: Message): string {
  return message.name ?? 'message';
}

/**
 * Messages of AsyncAPI 3 request/reply operations (the request and its reply): requests and
 * responses, not events, so event naming does not apply. Keyed by definition location.
 */
export function requestReplyMessages(model: AsyncApiModel): Set<string> {
  const out = new Set<string>();
  for (const op of model.operations) {
    const reply = child(model.contract, op.node, 'reply');
    if (reply === undefined || !isObject(reply.value)) continue;
    for (const message of op.messages) out.add(locationKey(message.node));
    // a reply without its own message list answers with any message of its channel
    const listed = child(model.contract, reply, 'messages');
    const replies = listed !== undefined ? items(model.contract, listed) : entries(model.contract, child(model.contract, child(model.contract, reply, 'channel'), 'messages')).map(([, m]) => m);
    for (const message of replies) out.add(locationKey(message));
  }
  return out;
}
