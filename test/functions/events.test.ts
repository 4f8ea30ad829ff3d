/** The events- rule functions as pure functions over the AsyncAPI model, steered by the dictionary. */
import { describe, expect, it } from 'vitest';
import { checkCloudEventsEnvelope } from '../../src/functions/eventsCloudEventsEnvelope.js';
import { checkAttributeTypes } from '../../src/functions/eventsAttributeTypes.js';
import { checkTypeNaming } from '../../src/functions/eventsTypeNaming.js';
import { checkPastTense } from '../../src/functions/eventsPastTense.js';
import { checkPartitionKey } from '../../src/functions/eventsPartitionKey.js';
import { checkSchemaVersion } from '../../src/functions/eventsSchemaVersion.js';
import { checkTracePropagation } from '../../src/functions/eventsTracePropagation.js';
import { checkDeadLetter } from '../../src/functions/eventsDeadLetter.js';
import { asyncApi, dictionary, pointers } from './fixtures.js';

function doc(components: string, extra = ''): string {
  return `asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
${extra}channels:
  orders:
    address: orders
    messages:
      OrderPlaced: {$ref: '#/components/messages/OrderPlaced'}
operations:
  consume:
    action: receive
    channel: {$ref: '#/channels/orders'}
components:
${components}`;
}

describe('checkCloudEventsEnvelope', () => {
  it('says which attributes are missing and which are optional', async () => {
    const model = await asyncApi(doc(`  messages:
    OrderPlaced:
      headers: {type: object, required: [ce_id], properties: {ce_id: {type: string}, ce_type: {type: string}}}
      payload: {type: object}`));
    expect(checkCloudEventsEnvelope(model, dictionary()).map((p) => p.message)).toEqual([
      'message OrderPlaced lacks source, specversion and time and does not require ce_type (CloudEvents attributes, as ce_ headers or payload members)',
    ]);
  });

  it('reads the required attributes and header prefixes from the dictionary', async () => {
    const model = await asyncApi(doc(`  messages:
    OrderPlaced:
      headers: {type: object, required: [x-event-id], properties: {x-event-id: {type: string}}}`));
    expect(checkCloudEventsEnvelope(model, dictionary({ events: { requiredAttributes: ['id'], headerPrefixes: ['x-event-'] } }))).toEqual([]);
  });

  it('does not guess about an opaque (Avro) payload when no header is a CloudEvents attribute', async () => {
    const model = await asyncApi(doc(`  messages:
    OrderPlaced:
      payload: {schemaFormat: application/vnd.apache.avro;version=1.9.0, schema: {type: record, fields: []}}`));
    expect(checkCloudEventsEnvelope(model, dictionary())).toEqual([]);
  });
});

describe('checkAttributeTypes and checkTypeNaming', () => {
  it('report at the attribute schema with a precise message', async () => {
    const model = await asyncApi(doc(`  messages:
    OrderPlaced:
      payload:
        type: object
        properties:
          specversion: {type: string, enum: ['1.0', '0.3']}
          source: {type: string, format: uri}
          type: {type: string, const: order-placed}`));
    const types = checkAttributeTypes(model, dictionary());
    expect(types.map((p) => p.message)).toEqual(['CloudEvents attribute specversion needs const: "1.0"']);
    const naming = checkTypeNaming(model, dictionary());
    expect(pointers(naming)).toEqual(['/components/messages/OrderPlaced/payload/properties/type']);
    expect(checkTypeNaming(model, dictionary({ events: { typePattern: '^[a-z-]+$' } }))).toEqual([]);
  });
});

describe('checkPastTense', () => {
  it('exempts the configured non-event kinds', async () => {
    const model = await asyncApi(doc(`  messages:\n    OrderPlaced:\n      name: ReserveStock\n      x-message-kind: query\n      payload: {type: object}`));
    expect(checkPastTense(model, dictionary())).toEqual([]);
    expect(checkPastTense(model, dictionary({ events: { nonEventKinds: ['command'] } }))).toHaveLength(1);
  });
});

describe('checkPartitionKey', () => {
  it('matches keys against the canonical id registry, aliases included', async () => {
    const servers = `servers:\n  k: {host: k, protocol: kafka}\n`;
    const model = await asyncApi(
      doc(`  messages:\n    OrderPlaced:\n      bindings: {kafka: {key: {$ref: '#/components/schemas/ean'}}}\n      payload: {type: object}\n  schemas:\n    ean: {type: string}`, servers),
    );
    expect(checkPartitionKey(model, dictionary())).toEqual([]);
    const custom = dictionary({ ids: { gtin: null } });
    expect(checkPartitionKey(model, custom).map((p) => p.message)).toEqual([
      'Kafka key is not a canonical id of the aggregate ($ref a registry id such as orderId or sku, or set x-canonical-id)',
    ]);
  });

  it('names an x-canonical-id that is not in the registry', async () => {
    const servers = `servers:\n  k: {host: k, protocol: kafka}\n`;
    const model = await asyncApi(doc(`  messages:\n    OrderPlaced:\n      bindings: {kafka: {key: {type: string, x-canonical-id: basketId}}}\n      payload: {type: object}`, servers));
    expect(checkPartitionKey(model, dictionary())[0]!.message).toBe('Kafka key x-canonical-id "basketId" is not in the canonical id registry');
  });
});

describe('checkSchemaVersion, checkTracePropagation, checkDeadLetter', () => {
  it('schema version from a trait counts', async () => {
    const model = await asyncApi(doc(`  messages:\n    OrderPlaced:\n      traits: [{x-schema-version: 2.1.0}]\n      payload: {type: object}`));
    expect(checkSchemaVersion(model, dictionary())).toEqual([]);
  });

  it('trace headers come from the dictionary', async () => {
    const model = await asyncApi(doc(`  messages:\n    OrderPlaced:\n      headers: {type: object, properties: {X-Flow-ID: {type: string}}}\n      payload: {type: object}`));
    expect(checkTracePropagation(model, dictionary())).toHaveLength(1);
    expect(checkTracePropagation(model, dictionary({ tracing: { eventHeaders: ['X-Flow-ID'] } }))).toEqual([]);
  });

  it('dead letters and retries may come from an operation trait', async () => {
    const model = await asyncApi(
      doc(`  messages:\n    OrderPlaced: {payload: {type: object}}`).replace(
        "    channel: {$ref: '#/channels/orders'}\n",
        "    channel: {$ref: '#/channels/orders'}\n    traits: [{x-dead-letter: orders.dlq, x-retry: {maxAttempts: 5, backoff: {initial: PT1S}}}]\n",
      ),
    );
    expect(checkDeadLetter(model, dictionary())).toEqual([]);
    const broken = await asyncApi(doc(`  messages:\n    OrderPlaced: {payload: {type: object}}`));
    expect(checkDeadLetter(broken, dictionary())[0]!.message).toBe('consumer operation consume needs x-dead-letter (a channel reference) and x-retry with maxAttempts and backoff');
  });
});
