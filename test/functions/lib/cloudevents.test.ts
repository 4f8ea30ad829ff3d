import { describe, expect, it } from 'vitest';
import { declaredStrings, envelopeOf, isCloudEvent } from '../../../src/functions/lib/cloudevents.js';
import { asyncApi } from '../fixtures.js';

const PREFIXES = ['ce_', 'ce-', 'cloudEvents:'];

const doc = `asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels:
  orders:
    address: orders
    messages:
      Binary: {$ref: '#/components/messages/Binary'}
      Structured: {$ref: '#/components/messages/Structured'}
      Plain: {$ref: '#/components/messages/Plain'}
components:
  messages:
    Binary:
      headers:
        type: object
        required: [ce_id]
        properties:
          ce_id: {type: string}
          CE-Source: {type: string}
      traits: [{$ref: '#/components/messageTraits/Amqp'}]
      payload: {type: object, properties: {id: {type: integer}}}
    Structured:
      payload:
        allOf:
          - type: object
            required: [specversion, id]
            properties:
              specversion: {type: string, const: '1.0'}
              id: {type: string}
          - {type: object, properties: {type: {type: string, enum: [com.acme.order.order-placed.v1], examples: [com.acme.order.order-placed.v1, other]}}}
    Plain:
      payload: {type: object, properties: {id: {type: string}, type: {type: string}}}
  messageTraits:
    Amqp:
      headers: {type: object, properties: {'cloudEvents:type': {type: string}, ce_id: {type: integer}}}
`;

describe('envelopeOf', () => {
  it('finds binary attributes in headers and traits (message first), any prefix, any case', async () => {
    const model = await asyncApi(doc);
    const binary = model.messages.find((m) => m.name === 'Binary')!;
    const view = envelopeOf(model.contract, binary, ['id', 'source', 'type', 'time'], PREFIXES);
    expect([...view.sites.values()].map((s) => [s.attribute, s.mode, s.name, s.required])).toEqual([
      ['id', 'binary', 'ce_id', true],
      ['source', 'binary', 'CE-Source', false],
      ['type', 'binary', 'cloudEvents:type', false],
    ]);
    // the message's own ce_id wins over the trait's
    expect(view.sites.get('id')!.schema.path).toEqual(['components', 'messages', 'Binary', 'headers', 'properties', 'ce_id']);
  });

  it('finds structured attributes in the payload through allOf', async () => {
    const model = await asyncApi(doc);
    const structured = model.messages.find((m) => m.name === 'Structured')!;
    const view = envelopeOf(model.contract, structured, ['specversion', 'id', 'type'], PREFIXES);
    expect([...view.sites.values()].map((s) => [s.attribute, s.mode, s.required])).toEqual([
      ['specversion', 'structured', true],
      ['id', 'structured', true],
      ['type', 'structured', false],
    ]);
    expect(declaredStrings(model.contract, view.sites.get('type')!.schema)).toEqual(['com.acme.order.order-placed.v1', 'other']);
  });

  it('calls a message a CloudEvent only with specversion or binary attributes', async () => {
    const model = await asyncApi(doc);
    const byName = (n: string) => model.messages.find((m) => m.name === n)!;
    expect(isCloudEvent(model.contract, byName('Binary'), PREFIXES)).toBe(true);
    expect(isCloudEvent(model.contract, byName('Structured'), PREFIXES)).toBe(true);
    expect(isCloudEvent(model.contract, byName('Plain'), PREFIXES)).toBe(false);
  });
});
