/**
 * Where a message carries a CloudEvents attribute: in binary mode as a header (`ce_id` on Kafka,
 * `ce-id` on HTTP, `cloudEvents:id` on AMQP), in structured mode as a payload member (`id`).
 * Headers come from the message and its traits.
 */
import type { Contract } from '../../document/contract.js';
import type { ResolvedNode } from '../../document/source.js';
import { effectiveSchema, type Message } from '../../model/index.js';
import { jsonPayload } from './messages.js';

export interface AttributeSite {
  attribute: string;
  mode: 'binary' | 'structured';
  /** the header or member name as written */
  name: string;
  /** where `properties.<name>` is written */
  at: ResolvedNode;
  /** the attribute's schema, resolved */
  schema: ResolvedNode;
  required: boolean;
}

export interface EnvelopeView {
  /** attributes found, by attribute name */
  sites: Map<string, AttributeSite>;
  headerNames: string[];
  payloadNames: string[];
}

/** Every header declared for the message (message first, then traits): name → site. */
function headerMembers(contract: Contract, message: Message): Map<string, { name: string; at: ResolvedNode; schema: ResolvedNode; required: boolean }> {
  const out = new Map<string, { name: string; at: ResolvedNode; schema: ResolvedNode; required: boolean }>();
  for (const source of message.headerSources) {
    const shape = effectiveSchema(contract, source);
    for (const [name, member] of shape.properties) {
      const key = name.toLowerCase();
      if (!out.has(key)) out.set(key, { name, ...member, required: shape.required.has(name) });
    }
  }
  return out;
}

export function envelopeOf(contract: Contract, message: Message, attributes: readonly string[], prefixes: readonly string[]): EnvelopeView {
  const headers = headerMembers(contract, message);
  const payload = jsonPayload(message);
  const payloadShape = payload === undefined ? undefined : effectiveSchema(contract, payload);
  const sites = new Map<string, AttributeSite>();
  for (const attribute of attributes) {
    let site: AttributeSite | undefined;
    for (const prefix of prefixes) {
      const header = headers.get((prefix + attribute).toLowerCase());
      if (header !== undefined) {
        site = { attribute, mode: 'binary', ...header };
        break;
      }
    }
    const member = site === undefined ? payloadShape?.properties.get(attribute) : undefined;
    if (member !== undefined) site = { attribute, mode: 'structured', name: attribute, ...member, required: payloadShape!.required.has(attribute) };
    if (site !== undefined) sites.set(attribute, site);
  }
  return {
    sites,
    headerNames: [...headers.values()].map((h) => h.name),
    payloadNames: payloadShape === undefined ? [] : [...payloadShape.properties.keys()],
  };
}

/** String values a schema pins: const, enum, default, examples, example. */
export function declaredStrings(contract: Contract, schema: ResolvedNode): string[] {
  const shape = effectiveSchema(contract, schema);
  const values: unknown[] = [];
  for (const keyword of ['const', 'default', 'example']) {
    const v = shape.keyword(keyword);
    if (v !== undefined) values.push(v);
  }
  if (shape.enum !== undefined) for (const item of shape.enum) values.push(item);
  const examples = shape.keyword('examples');
  if (Array.isArray(examples)) for (const item of examples) values.push(item);
  return [...new Set(values.filter((v): v is string => typeof v === 'string'))];
}

/**
 * Whether the message is a CloudEvent at all: it declares `specversion`, or carries attributes in
 * binary mode (ce_ headers). Plain payload members named `id`, `type` or `time` are not judged as
 * CloudEvents attributes on their own (events-cloudevents-envelope reports the missing envelope).
 */
export function isCloudEvent(contract: Contract, message: Message, prefixes: readonly string[]): boolean {
  const view = envelopeOf(contract, message, ['specversion', 'id', 'source', 'type', 'time'], prefixes);
  return view.sites.has('specversion') || [...view.sites.values()].some((s) => s.mode === 'binary');
}
