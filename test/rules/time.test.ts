/** Table-driven tests of the time- rules through the lint engine, in every format they apply to. */
import { describe, expect, it } from 'vitest';
import { ALL_FORMATS, object, schemaTable } from './contracts.js';
import { expectFindings, lintText } from './harness.js';

schemaTable('time-rfc3339-format', ALL_FORMATS, [
  {
    name: 'RFC 3339 strings and look-alikes that are not time values pass',
    schemas: {
      Order: object({
        createdAt: { type: 'string', format: 'date-time' },
        businessDate: { type: 'string', format: 'date' },
        pickupTime: { type: 'string', format: 'time' },
        timeZone: { type: 'string' },
        leadTime: { type: 'integer' },
        upToDate: { type: 'boolean' },
        deliveryTime: { type: 'string', enum: ['morning', 'evening'] },
        billingAnchorDate: { type: 'integer', minimum: 1, maximum: 31 },
      }),
    },
    findings: [],
  },
  {
    name: 'epochs, unformatted strings, wrong formats and date-time examples without a format are reported',
    schemas: {
      Order: object({
        createdAt: { type: 'integer', format: 'int64' },
        updated_at: { type: 'string' },
        placedTimestamp: { type: 'string', format: 'datetime' },
        shippedOn: { type: 'string', example: '2025-03-01T09:30:00Z' },
        deliveryDates: { type: 'array', items: { type: 'string' } },
      }),
    },
    findings: [
      ['error', 'Order', 'properties', 'createdAt'],
      ['error', 'Order', 'properties', 'updated_at'],
      ['error', 'Order', 'properties', 'placedTimestamp'],
      ['error', 'Order', 'properties', 'shippedOn'],
      ['error', 'Order', 'properties', 'deliveryDates'],
    ],
  },
]);

schemaTable('time-naming-suffix', ALL_FORMATS, [
  {
    name: 'At for instants and Date for dates pass, as does CloudEvents time',
    schemas: { Order: object({ placedAt: { type: 'string', format: 'date-time' }, business_date: { type: 'string', format: 'date' }, time: { type: 'string', format: 'date-time' } }) },
    findings: [],
  },
  {
    name: 'other names of date-times and dates are reported',
    schemas: {
      Order: object({
        created: { type: 'string', format: 'date-time' },
        deliveryDate: { type: 'string', format: 'date-time' },
        pickupTime: { type: 'string', format: 'date-time' },
        expiresAt: { type: 'string', format: 'date' },
      }),
    },
    findings: [
      ['warn', 'Order', 'properties', 'created'],
      ['warn', 'Order', 'properties', 'deliveryDate'],
      ['warn', 'Order', 'properties', 'pickupTime'],
      ['warn', 'Order', 'properties', 'expiresAt'],
    ],
  },
]);

describe('time-naming-suffix with x-time-suffix: Time', () => {
  it('accepts Time and reports At, so a document never mixes them', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0, x-time-suffix: Time}
paths: {}
components:
  schemas:
    Order:
      type: object
      properties:
        pickupTime: {type: string, format: date-time}
        createdAt: {type: string, format: date-time}
`);
    expectFindings(findings, 'time-naming-suffix', [['warn', '/components/schemas/Order/properties/createdAt']]);
  });
});

schemaTable('time-example-offset', ALL_FORMATS, [
  {
    name: 'UTC and offset examples pass',
    schemas: { Order: object({ placedAt: { type: 'string', format: 'date-time', example: '2025-03-01T09:30:00Z' }, shippedAt: { type: 'string', format: 'date-time', example: '2025-03-01T09:30:00+01:00' } }) },
    findings: [],
  },
  {
    name: 'local times and invalid date-times are reported at the example',
    schemas: {
      Order: object({
        placedAt: { type: 'string', format: 'date-time', example: '2025-03-01T09:30:00' },
        shippedAt: { allOf: [{ $ref: '#/components/schemas/Instant' }], example: '01/03/2025 09:30' },
      }),
      Instant: { type: 'string', format: 'date-time' },
    },
    findings: [
      ['warn', 'Order', 'properties', 'placedAt', 'example'],
      ['warn', 'Order', 'properties', 'shippedAt', 'example'],
    ],
    formats: ['oas3', 'asyncapi2', 'asyncapi3'],
  },
  {
    name: 'Swagger 2.0 definitions with a local-time example are reported',
    schemas: { Order: object({ placedAt: { type: 'string', format: 'date-time', example: '2025-03-01T09:30:00' } }) },
    findings: [['warn', 'Order', 'properties', 'placedAt', 'example']],
    formats: ['oas2'],
  },
]);

describe('time- rules on parameters and headers', () => {
  it('judges query parameters and their examples, not HTTP-date headers or id cursors', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - {name: createdAfter, in: query, schema: {type: string, format: date-time}, example: '2025-03-01T09:30:00'}
        - {name: placedDate, in: query, schema: {type: integer}}
        - {name: since, in: query, schema: {type: integer}}
        - {name: If-Modified-Since, in: header, schema: {type: string}}
      responses:
        '200':
          description: ok
          headers:
            Last-Modified: {schema: {type: string}}
`);
    expectFindings(findings, 'time-rfc3339-format', [['error', '/paths/~1orders/get/parameters/1']]);
    expectFindings(findings, 'time-example-offset', [['warn', '/paths/~1orders/get/parameters/0/example']]);
  });

  it('judges Swagger 2.0 parameters', async () => {
    const findings = await lintText(`swagger: "2.0"
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - {name: modifiedAt, in: query, type: string}
      responses: {'200': {description: ok}}
`);
    expectFindings(findings, 'time-rfc3339-format', [['error', '/paths/~1orders/get/parameters/0']]);
  });
});

schemaTable('time-duration-format', ALL_FORMATS, [
  {
    name: 'ISO 8601 durations, unit-named numbers, window objects and enum periods pass',
    schemas: {
      Reservation: object({
        holdDuration: { type: 'string', format: 'duration' },
        holdSeconds: { type: 'integer' },
        pickupWindow: object({ from: { type: 'string', format: 'date-time' }, to: { type: 'string', format: 'date-time' } }),
        billingPeriod: { type: 'string', enum: ['month', 'year'] },
      }),
    },
    findings: [],
  },
  {
    name: 'unitless numbers and unformatted strings are reported',
    schemas: { Reservation: object({ holdDuration: { type: 'integer' }, cacheTtl: { type: 'string' } }) },
    findings: [
      ['info', 'Reservation', 'properties', 'holdDuration'],
      ['info', 'Reservation', 'properties', 'cacheTtl'],
    ],
  },
]);

describe('time- rules on shared and referenced components', () => {
  it('reports a shared timestamp schema once, at the component', async () => {
    const findings = await lintText(`openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders:
    get:
      operationId: listOrders
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}}
  /returns:
    get:
      operationId: listReturns
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Return'}}}}}
components:
  schemas:
    EpochSeconds: {type: integer, format: int64}
    Order: {type: object, properties: {placedAt: {$ref: '#/components/schemas/EpochSeconds'}, shippedAt: {$ref: '#/components/schemas/EpochSeconds'}}}
    Return: {type: object, properties: {returnedAt: {$ref: '#/components/schemas/EpochSeconds'}}}
`);
    expectFindings(findings, 'time-rfc3339-format', [['error', '/components/schemas/EpochSeconds']]);
  });

  it("reports in the $ref'd file", async () => {
    const findings = await lintText(
      `asyncapi: 3.0.0
info: {title: t, version: 1.0.0}
channels:
  orderPlaced:
    address: orders/placed
    messages:
      OrderPlaced: {payload: {$ref: 'schemas/order.yaml#/Order'}}
operations:
  sendOrderPlaced: {action: send, channel: {$ref: '#/channels/orderPlaced'}}
`,
      { files: { 'schemas/order.yaml': 'Order:\n  type: object\n  properties:\n    placedAt: {type: string, format: date-time, example: "2025-03-01T09:30:00"}\n' } },
    );
    const time = findings.filter((f) => f.ruleId.startsWith('time-'));
    expect(time.map((f) => [f.ruleId, f.file.replace(/\\/g, '/'), f.pointer])).toEqual([['time-example-offset', 'schemas/order.yaml', '/Order/properties/placedAt/example']]);
  });
});
