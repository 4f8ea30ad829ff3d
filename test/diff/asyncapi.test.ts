/** AsyncAPI specifics beyond the per-check examples: 2.x direction, servers, message matching. */
import { describe, expect, it } from 'vitest';
import { diffTexts, expectChange, expectNoBreaking, ids } from './harness.js';

const v26 = (verb: 'subscribe' | 'publish', payload: string, servers = 'production: {url: mqtt.retail.example, protocol: mqtt}') => `asyncapi: 2.6.0
info: {title: Store Events, version: 1.0.0}
servers:
  ${servers}
channels:
  stores/{storeId}/basket-events:
    parameters:
      storeId: {schema: {type: string}}
    ${verb}:
      operationId: basketEvents
      message:
        name: BasketUpdated
        payload: ${payload}
`;
const BASKET = '{type: object, required: [basketId], properties: {basketId: {type: string}, total: {type: number}}}';

describe('AsyncAPI', () => {
  it('2.x subscribe means the application sends: a removed payload property breaks consumers', async () => {
    const result = await diffTexts(v26('subscribe', BASKET), v26('subscribe', '{type: object, required: [basketId], properties: {basketId: {type: string}}}'));
    expectChange(result, 'sent-message-property-removed', 'breaking', "SEND stores/{storeId}/basket-events message BasketUpdated payload 'total'");
  });

  it('2.x publish means the application receives: the same removal only warns', async () => {
    const result = await diffTexts(v26('publish', BASKET), v26('publish', '{type: object, required: [basketId], properties: {basketId: {type: string}}}'));
    expect(ids(result)).toEqual(['received-message-property-removed']);
    expectNoBreaking(result);
  });

  it('subscribe → publish is a changed direction', async () => {
    expectChange(await diffTexts(v26('subscribe', BASKET), v26('publish', BASKET)), 'operation-action-changed', 'breaking');
  });

  it('a renamed channel parameter is no change', async () => {
    const renamed = v26('subscribe', BASKET).replace(/\{storeId\}/g, '{store}').replace('      storeId:', '      store:');
    expect((await diffTexts(v26('subscribe', BASKET), renamed)).changes).toEqual([]);
  });

  it('security added to a server breaks every client that connects', async () => {
    const secured = v26('subscribe', BASKET, 'production: {url: mqtt.retail.example, protocol: mqtt, security: [{storeCert: []}]}').replace('channels:', 'components:\n  securitySchemes:\n    storeCert: {type: X509}\nchannels:');
    const result = await diffTexts(v26('subscribe', BASKET), secured);
    const change = expectChange(result, 'security-requirement-added', 'breaking');
    expect(change.operation).toBe('server production');
  });

  it('a trivial pattern is no pattern', async () => {
    const result = await diffTexts(v26('subscribe', BASKET), v26('subscribe', BASKET.replace('basketId: {type: string}', () => "basketId: {type: string, pattern: '^.*$'}")));
    expect(result.changes).toEqual([]);
  });

  it('messages without names are matched by their CloudEvents type', async () => {
    const event = (type: string, extra = '') => `asyncapi: 3.0.0
info: {title: Loyalty Events, version: 1.0.0}
channels:
  points:
    address: loyalty.points
    messages:
      a:
        payload:
          type: object
          properties:
            specversion: {const: '1.0'}
            type: {const: ${type}}
            data: {type: object, properties: {points: {type: integer}${extra}}}
operations:
  publishPoints:
    action: send
    channel: {$ref: '#/channels/points'}
`;
    const renamedKey = event('com.retail.loyalty.points-earned.v1', ', tier: {type: string}').replace('      a:', '      b:');
    const result = await diffTexts(event('com.retail.loyalty.points-earned.v1', ', tier: {type: string}'), renamedKey.replace(', tier: {type: string}', ''));
    expect(ids(result)).toEqual(['sent-message-property-removed']);
  });
});
