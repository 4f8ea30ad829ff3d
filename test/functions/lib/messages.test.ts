import { describe, expect, it } from 'vitest';
import { hasOpaquePayload, isEmptySchema, jsonPayload, memberOf, messageKind, requestReplyMessages } from '../../../src/functions/lib/messages.js';
import { locationKey } from '../../../src/model/located.js';
import { asyncApi } from '../fixtures.js';

describe('message facts', () => {
  it('2.x: an Avro payload is opaque; a JSON Schema one is not', async () => {
    const model = await asyncApi(`asyncapi: 2.6.0
info: {title: t, version: 1.0.0}
channels:
  a:
    subscribe:
      message:
        schemaFormat: application/vnd.apache.avro;version=1.9.0
        payload: {type: record, fields: []}
  b:
    subscribe:
      message:
        schemaFormat: application/schema+json;version=draft-07
        x-message-kind: Command
        traits: [{correlationId: {location: '$message.header#/id'}}]
        payload: {type: object}
`);
    const [avro, json] = model.messages;
    expect(jsonPayload(avro!)).toBeUndefined();
    expect(hasOpaquePayload(avro!)).toBe(true);
    expect(jsonPayload(json!)?.path).toEqual(['channels', 'b', 'subscribe', 'message', 'payload']);
    expect(messageKind(json!)).toBe('command');
    expect(memberOf(json!, 'correlationId')).toEqual({ location: '$message.header#/id' });
    expect(messageKind(avro!)).toBeUndefined();
  });

  it('isEmptySchema: {} and annotations only', () => {
    expect(isEmptySchema({})).toBe(true);
    expect(isEmptySchema({ description: 'x', 'x-owner': 'y' })).toBe(true);
    expect(isEmptySchema({ type: 'object' })).toBe(false);
    expect(isEmptySchema({ $ref: '#/a' })).toBe(false);
  });

  it('3.0 request/reply: request messages, listed replies, and a reply channel without a list', async () => {
    const model = await asyncApi(`asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels:
  ask: {address: ask, messages: {Ask: {payload: {type: object}}}}
  answer: {address: answer, messages: {Answer: {payload: {type: object}}, Other: {payload: {type: object}}}}
  events: {address: events, messages: {Happened: {payload: {type: object}}}}
operations:
  askIt:
    action: send
    channel: {$ref: '#/channels/ask'}
    reply: {channel: {$ref: '#/channels/answer'}}
  publish:
    action: send
    channel: {$ref: '#/channels/events'}
`);
    const keys = requestReplyMessages(model);
    const names = model.messages.filter((m) => keys.has(locationKey(m.node))).map((m) => m.name);
    expect(names.sort()).toEqual(['Answer', 'Ask', 'Other']);
  });
});
