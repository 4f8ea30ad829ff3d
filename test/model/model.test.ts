import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import { asyncApiModelOf, effectiveSchema, openApiModelOf, schemaInventoryOf } from '../../src/model/index.js';
import type { Contract } from '../../src/document/contract.js';
import { tempProject } from '../helpers.js';
import { stringList } from '../../src/model/located.js';

async function load(files: Record<string, string>, entry: string): Promise<Contract> {
  const dir = tempProject(files);
  const { contracts, errors } = await loadContracts([entry], { cwd: dir });
  expect(errors).toEqual([]);
  return contracts[0]!;
}

describe('OpenAPI model', () => {
  it('maps Swagger 2.0 body parameters, produces and basePath onto the 3.x shapes', async () => {
    const contract = await load(
      {
        'api.yaml': `swagger: "2.0"
info: {title: p, version: 1.0.0}
host: api.example.com
basePath: /v1
schemes: [https]
produces: [application/json]
paths:
  /prices:
    post:
      consumes: [application/json]
      parameters:
        - {name: body, in: body, required: true, schema: {$ref: '#/definitions/Price'}}
        - {name: limit, in: query, type: integer}
      responses:
        '201': {description: ok, schema: {$ref: '#/definitions/Price'}}
        '400': {description: bad}
definitions:
  Price: {type: object, properties: {amount: {type: string}}}
`,
      },
      'api.yaml',
    );
    const model = openApiModelOf(contract)!;
    expect(model.servers.map((s) => s.url)).toEqual(['https://api.example.com/v1']);
    const [op] = model.operations;
    expect(op!.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:limit']);
    expect(op!.parameters[0]!.schema?.path).toEqual(['paths', '/prices', 'post', 'parameters', '1']);
    expect(op!.requestBody?.required).toBe(true);
    expect(op!.requestBody?.content.map((m) => [m.mediaType, m.schema?.path.join('/')])).toEqual([['application/json', 'definitions/Price']]);
    expect(op!.responses.map((r) => [r.status, r.content.map((m) => m.mediaType)])).toEqual([['201', ['application/json']], ['400', []]]);
  });

  it('merges path-level parameters, finds webhooks and callbacks, and resolves effective security', async () => {
    const contract = await load(
      {
        'api.yaml': `openapi: 3.1.0
info: {title: o, version: 1.0.0}
security: [{oauth: [order.orders.read]}]
paths:
  /orders/{orderId}:
    parameters:
      - {name: orderId, in: path, required: true, schema: {type: string}}
      - {name: traceparent, in: header, schema: {type: string}}
    get:
      parameters:
        - {name: TraceParent, in: header, required: true, schema: {type: string}}
      responses: {'200': {description: ok}}
    post:
      security: []
      responses: {'202': {description: ok}}
      callbacks:
        statusChanged:
          '{$request.body#/callbackUrl}':
            post:
              requestBody: {content: {application/json: {schema: {type: object}}}}
              responses: {'204': {description: ok}}
webhooks:
  orderPlaced:
    post:
      responses: {'200': {description: ok}}
`,
      },
      'api.yaml',
    );
    const model = openApiModelOf(contract)!;
    expect(model.operations.map((o) => `${o.kind} ${o.method} ${o.path}`)).toEqual([
      'path get /orders/{orderId}',
      'path post /orders/{orderId}',
      'callback post {$request.body#/callbackUrl}',
      'webhook post orderPlaced',
    ]);
    const get = model.operations[0]!;
    expect(get.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual(['path:orderId:true', 'header:TraceParent:true']);
    expect(get.security.requirements).toEqual([{ oauth: ['order.orders.read'] }]);
    expect(get.security.own).toBe(false);
    expect(model.operations[1]!.security).toMatchObject({ requirements: [], own: true });
    expect(model.operations[2]!.parent).toBe(model.operations[1]);
  });
});

describe('AsyncAPI model', () => {
  it('reads 2.x subscribe as send and publish as receive, unless x-role says otherwise', async () => {
    const contract = await load(
      {
        'events.yaml': `asyncapi: 2.6.0
info: {title: e, version: 1.0.0}
channels:
  pos.sales:
    subscribe:
      message: {$ref: '#/components/messages/SaleCompleted'}
  pricing.prices:
    publish:
      message:
        oneOf:
          - {$ref: '#/components/messages/PriceChanged'}
          - {name: PriceRemoved, payload: {type: object}}
  legacy:
    publish:
      x-role: producer
      message: {$ref: '#/components/messages/SaleCompleted'}
components:
  messages:
    SaleCompleted: {payload: {type: object}}
    PriceChanged: {name: PriceChanged, payload: {type: object}}
    Unused: {payload: {type: object}}
`,
      },
      'events.yaml',
    );
    const model = asyncApiModelOf(contract)!;
    expect(model.operations.map((o) => `${o.action} ${o.channel.address} ${o.messages.map((m) => m.name).join(',')} (${o.actionSource})`)).toEqual([
      'send pos.sales SaleCompleted (subscribe)',
      'receive pricing.prices PriceChanged,PriceRemoved (publish)',
      'send legacy SaleCompleted (x-role)',
    ]);
    expect(model.messages.map((m) => m.name).sort()).toEqual(['PriceChanged', 'PriceRemoved', 'SaleCompleted', 'Unused']);
  });

  it('reads 3.0 actions, operation message subsets and channel addresses', async () => {
    const contract = await load(
      {
        'events.yaml': `asyncapi: 3.0.0
info: {title: e, version: 1.0.0}
channels:
  orders:
    address: com.acme.orders.v1
    messages:
      OrderPlaced: {$ref: '#/components/messages/OrderPlaced'}
      OrderCancelled: {payload: {type: object}}
operations:
  publishOrderPlaced:
    action: send
    channel: {$ref: '#/channels/orders'}
    messages: [{$ref: '#/channels/orders/messages/OrderPlaced'}]
  onOrders:
    action: receive
    channel: {$ref: '#/channels/orders'}
components:
  messages:
    OrderPlaced:
      payload: {type: object}
      traits: [{headers: {type: object, properties: {traceparent: {type: string}}}}]
`,
      },
      'events.yaml',
    );
    const model = asyncApiModelOf(contract)!;
    expect(model.operations.map((o) => `${o.id} ${o.action} ${o.channel.address} ${o.messages.map((m) => m.name).join(',')}`)).toEqual([
      'publishOrderPlaced send com.acme.orders.v1 OrderPlaced',
      'onOrders receive com.acme.orders.v1 OrderPlaced,OrderCancelled',
    ]);
    const placed = model.messages.find((m) => m.name === 'OrderPlaced')!;
    expect(placed.headerSources.map((h) => h.path.join('/'))).toEqual(['components/messages/OrderPlaced/traits/0/headers']);
  });
});

describe('schema inventory', () => {
  it('lists a shared component once, with every usage, and properties where they are written', async () => {
    const contract = await load(
      {
        'api.yaml': `openapi: 3.0.3
info: {title: o, version: 1.0.0}
paths:
  /orders:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
  /orders/{orderId}:
    get:
      parameters: [{name: orderId, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
components:
  schemas:
    Order:
      allOf:
        - {$ref: 'common.yaml#/Base'}
        - type: object
          required: [custId]
          properties:
            custId: {type: integer}
            lines: {type: array, items: {$ref: '#/components/schemas/Order'}}
`,
        'common.yaml': 'Base: {type: object, required: [id], properties: {id: {type: string}}}\n',
      },
      'api.yaml',
    );
    const inventory = schemaInventoryOf(contract);
    const order = inventory.schemas.filter((s) => s.node.path.join('/') === 'components/schemas/Order');
    expect(order).toHaveLength(1);
    expect([...order[0]!.usages].sort()).toEqual(['component', 'request', 'response']);
    const names = inventory.properties.map((p) => `${p.name}@${p.at.source.file}#${p.at.path.join('/')}`).sort();
    expect(names).toEqual(['custId@api.yaml#components/schemas/Order/allOf/1/properties/custId', 'id@common.yaml#Base/properties/id', 'lines@api.yaml#components/schemas/Order/allOf/1/properties/lines']);
    const effective = effectiveSchema(contract, { source: contract, path: ['components', 'schemas', 'Order'], value: (contract.data as any).components.schemas.Order });
    expect([...effective.properties.keys()].sort()).toEqual(['custId', 'id', 'lines']);
    expect([...effective.required].sort()).toEqual(['custId', 'id']);
    expect([...effective.types]).toEqual(['object']);
    // usages reach nested schemas, also when a later root adds a usage to an already walked schema
    const base = inventory.schemas.find((s) => s.node.source.file === 'common.yaml' && s.node.path.join('/') === 'Base');
    expect([...base!.usages].sort()).toEqual(['component', 'request', 'response']);
  });
});

describe('stringList', () => {
  it('keeps the strings of an array member, in order, and is empty otherwise', () => {
    const node = { source: {} as Contract, path: ['x'], value: { tags: ['a', 1, null, 'b', { c: 1 }], one: 'a' } };
    expect(stringList(node, 'tags')).toEqual(['a', 'b']);
    expect(stringList(node, 'one')).toEqual([]);
    expect(stringList(node, 'missing')).toEqual([]);
    expect(stringList(undefined, 'tags')).toEqual([]);
  });
});
