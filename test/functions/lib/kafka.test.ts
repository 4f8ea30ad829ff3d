import { describe, expect, it } from 'vitest';
import { kafkaMessages } from '../../../src/functions/lib/kafka.js';
import { asyncApi } from '../fixtures.js';

describe('kafkaMessages', () => {
  it('3.0: by the servers a channel lists, and by Kafka bindings', async () => {
    const model = await asyncApi(`asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
servers:
  kafka: {host: k, protocol: kafka}
  mqtt: {host: m, protocol: mqtt}
channels:
  onKafka: {address: a, servers: [{$ref: '#/servers/kafka'}], messages: {A: {payload: {type: object}}}}
  onMqtt: {address: b, servers: [{$ref: '#/servers/mqtt'}], messages: {B: {payload: {type: object}}}}
  everywhere: {address: c, messages: {C: {payload: {type: object}}}}
  boundMqtt: {address: d, servers: [{$ref: '#/servers/mqtt'}], messages: {D: {payload: {type: object}, bindings: {kafka: {key: {type: string}}}}}}
operations:
  a: {action: send, channel: {$ref: '#/channels/onKafka'}}
  b: {action: send, channel: {$ref: '#/channels/onMqtt'}}
  c: {action: receive, channel: {$ref: '#/channels/everywhere'}}
  d: {action: send, channel: {$ref: '#/channels/boundMqtt'}}
`);
    const found = [...kafkaMessages(model).entries()].map(([m, ops]) => [m.name, ops.map((o) => o.id)]);
    expect(found).toEqual([
      ['A', ['a']],
      ['C', ['c']],
      ['D', ['d']],
    ]);
  });

  it('2.x: no Kafka server and no bindings means no Kafka messages', async () => {
    const model = await asyncApi(`asyncapi: 2.6.0
info: {title: t, version: 1.0.0}
servers:
  prod: {url: broker, protocol: amqp}
channels:
  a: {subscribe: {message: {payload: {type: object}}}}
`);
    expect(kafkaMessages(model).size).toBe(0);
  });
});
