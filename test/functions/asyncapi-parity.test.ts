/** The structure-asyncapi-* functions as pure functions, and the options the schema-values function accepts. */
import { describe, expect, it } from 'vitest';
import { checkSchemaValues } from '../../src/functions/asyncapiSchemaValues.js';
import { checkMessageExamples } from '../../src/functions/asyncapiMessageExamples.js';
import { duplicateIds, messageIdUses, operationIdUses } from '../../src/functions/asyncapiIdUnique.js';
import { checkServerVariables } from '../../src/functions/asyncapiServerVariables.js';
import { checkChannelParameters } from '../../src/functions/asyncapiChannelParameters.js';
import { checkSecurity } from '../../src/functions/asyncapiSecurity.js';
import { checkTagsUnique } from '../../src/functions/asyncapiTagsUnique.js';
import { templateVariables } from '../../src/functions/lib/asyncapi-nodes.js';
import { SchemaValueValidator } from '../../src/functions/lib/schema-values.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { InputError } from '../../src/document/errors.js';
import type { SourceFile } from '../../src/document/source.js';
import { asyncApi, pointers } from './fixtures.js';
import { tempProject } from '../helpers.js';

const doc = `asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels:
  stock:
    address: stock
    messages:
      StockAdjusted:
        payload: {$ref: '#/components/schemas/Stock'}
        examples: [{payload: {quantity: -1}}]
components:
  schemas:
    Stock:
      type: object
      properties:
        quantity: {type: integer, minimum: 0, examples: [1, -2], default: 0}
    Unused: {type: string, format: date, examples: ['2026-13-45'], default: '2026-01-01'}
`;

describe('checkSchemaValues', () => {
  it('splits payload and schema scopes and reports each value once', async () => {
    const model = await asyncApi(doc);
    const validator = new SchemaValueValidator(model.contract);
    expect(pointers(checkSchemaValues(model, validator, { keyword: 'examples', scope: 'payload' }))).toEqual(['/components/schemas/Stock/properties/quantity/examples/1']);
    expect(pointers(checkSchemaValues(model, validator, { keyword: 'default', scope: 'payload' }))).toEqual([]);
    expect(checkSchemaValues(model, validator, { keyword: 'examples', scope: 'schema' }).map((p) => p.message)).toEqual([
      'example is not valid against its schema: must match format "date"',
    ]);
    expect(checkSchemaValues(model, validator, { keyword: 'default', scope: 'schema' })).toEqual([]);
  });

  it('checkMessageExamples says which example and why', async () => {
    const model = await asyncApi(doc);
    expect(checkMessageExamples(model, new SchemaValueValidator(model.contract)).map((p) => p.message)).toEqual([
      'payload of example of message StockAdjusted is not valid against the payload schema: must be >= 0 at /quantity',
    ]);
  });
});

describe('ids', () => {
  const at = (path: string[]) => ({ source: { file: 'api.yaml' } as SourceFile, path });
  it('duplicateIds: same definition is fine, another definition or a case variant is not', () => {
    const problems = duplicateIds(
      [
        { id: 'placeOrder', at: at(['a']), definition: 'x' },
        { id: 'placeOrder', at: at(['b']), definition: 'x' },
        { id: 'placeOrder', at: at(['c']), definition: 'y' },
        { id: 'PlaceOrder', at: at(['d']), definition: 'z' },
      ],
      'operationId',
    );
    expect(problems.map((p) => p.message)).toEqual(['operationId "placeOrder" is also used by #/a', 'operationId "PlaceOrder" differs only in case from "placeOrder" of #/a']);
  });

  it('collects 2.x ids from traits (the last trait wins) and 3.x ids from keys', async () => {
    const v2 = await asyncApi(`asyncapi: 2.6.0
info: {title: t, version: 1.0.0}
channels:
  a:
    subscribe:
      operationId: own
      traits: [{operationId: first}, {operationId: last}]
      message: {messageId: m1, payload: {type: object}}
`);
    expect(operationIdUses(v2).map((u) => u.id)).toEqual(['last']);
    expect(messageIdUses(v2).map((u) => u.id)).toEqual(['m1']);
    const v3 = await asyncApi(doc);
    expect(messageIdUses(v3).map((u) => u.id)).toEqual(['StockAdjusted']);
    expect(operationIdUses(v3)).toEqual([]);
  });
});

describe('templates, servers, channels, security, tags', () => {
  it('templateVariables lists each variable once', () => {
    expect(templateVariables('{env}.example.com/{tenant}/{env}')).toEqual(['env', 'tenant']);
    expect(templateVariables('plain')).toEqual([]);
  });

  it('server variables: component servers are checked too', async () => {
    const model = await asyncApi(`asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels: {}
components:
  servers:
    regional: {host: '{region}.example.com', protocol: kafka}
`);
    expect(checkServerVariables(model).map((p) => p.message)).toEqual(['server host and pathname use {region} without a definition under variables']);
  });

  it('channel parameters: component channels are checked in 3.0', async () => {
    const model = await asyncApi(`asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels: {}
components:
  channels:
    perStore: {address: 'stores.{storeId}', parameters: {storeId: {}, sku: {}}}
`);
    expect(pointers(checkChannelParameters(model))).toEqual(['/components/channels/perStore/parameters/sku']);
  });

  it('security: operation traits are checked, and nothing on 2.x', async () => {
    const model = await asyncApi(`asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels: {a: {address: a}}
operations:
  op:
    action: send
    channel: {$ref: '#/channels/a'}
    traits: [{security: [{oauth: []}]}]
`);
    expect(pointers(checkSecurity(model))).toEqual(['/operations/op/traits/0/security/0']);
    const v2 = await asyncApi(`asyncapi: 2.6.0\ninfo: {title: t, version: 1.0.0}\nservers: {p: {url: a, protocol: kafka, security: [{x: []}]}}\nchannels: {}\n`);
    expect(checkSecurity(v2)).toEqual([]);
  });

  it('tags: operation traits in components', async () => {
    const model = await asyncApi(`asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels: {}
components:
  operationTraits:
    kafka: {tags: [{name: k}, {name: k, description: twice}]}
`);
    expect(pointers(checkTagsUnique(model))).toEqual(['/components/operationTraits/kafka/tags/1']);
  });
});

describe('asyncapiSchemaValues options', () => {
  it('are validated when the ruleset is built', async () => {
    const dir = tempProject({
      'rules.yaml': `rules:
  my-examples:
    given: $
    then:
      function: asyncapiSchemaValues
      functionOptions: {keyword: example, scope: payload}
`,
    });
    await expect(buildRuleset(['./rules.yaml'], {}, dir)).rejects.toThrow(InputError);
  });
});
