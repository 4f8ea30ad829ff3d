/**
 * Request bodies: existence, requiredness, media types and whether a media type has a schema.
 * The body's content is judged by the schema checks (`request-…`).
 */
import type { OperationMatch } from '../difference/http.js';
import { openapi } from './examples.js';
import type { CheckContext, CheckDefinition, CheckFamily } from './types.js';
import { below } from './util.js';

const placeOrder = (body: string) =>
  openapi(`paths:
  /orders:
    post:
      operationId: placeOrder
${body
  .trim()
  .split('\n')
  .map((l) => '      ' + l)
  .join('\n')}
      responses:
        '201': {description: Order placed}
components:
  schemas:
    Order: {type: object, properties: {orderId: {type: string}}}`);

const body = (required: boolean, mediaTypes: string[], schema = true) =>
  `requestBody:\n  required: ${required}\n  content:\n${mediaTypes.map((m) => `    ${m}:${schema ? "\n      schema: {$ref: '#/components/schemas/Order'}" : ' {}'}`).join('\n')}`;

export const definitions: CheckDefinition[] = [
  {
    id: 'request-body-added-required',
    level: 'breaking',
    family: 'request-body',
    description: 'A required request body was added to an operation that had none',
    docs: {
      what: 'An operation without a request body now requires one.',
      why: 'Existing calls send no body and fail with 400.',
      bad: { base: placeOrder(''), revision: placeOrder(body(true, ['application/json'])) },
      good: { base: placeOrder(''), revision: placeOrder(body(false, ['application/json'])) },
    },
  },
  {
    id: 'request-body-added',
    level: 'info',
    family: 'request-body',
    addition: true,
    description: 'An optional request body was added',
    docs: {
      what: 'An operation without a request body now accepts an optional one.',
      why: 'Old clients send none. A feature addition.',
      bad: { base: placeOrder(''), revision: placeOrder(body(false, ['application/json'])) },
      good: { base: placeOrder(''), revision: placeOrder('summary: Place an order') },
    },
  },
  {
    id: 'request-body-removed',
    level: 'warning',
    family: 'request-body',
    description: 'The request body was removed (old clients still send one)',
    docs: {
      what: 'The operation no longer declares a request body.',
      why: 'Clients keep sending the body; the server ignores (or rejects) it, and whatever it carried (delivery instructions) is lost.',
      bad: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder('') },
      good: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder(body(true, ['application/json']).replace('requestBody:', 'requestBody:\n  description: The order')) },
    },
  },
  {
    id: 'request-body-became-required',
    level: 'breaking',
    family: 'request-body',
    description: 'An optional request body became required',
    docs: {
      what: 'The request body was optional and is now `required: true`.',
      why: 'Calls without a body (a re-submit of a saved basket) now fail.',
      bad: { base: placeOrder(body(false, ['application/json'])), revision: placeOrder(body(true, ['application/json'])) },
      good: { base: placeOrder(body(false, ['application/json'])), revision: placeOrder(body(false, ['application/json']).replace('requestBody:', 'requestBody:\n  description: The order')) },
    },
  },
  {
    id: 'request-body-became-optional',
    level: 'info',
    family: 'request-body',
    description: 'A required request body became optional',
    docs: {
      what: 'The request body was required and is now optional.',
      why: 'Clients may keep sending it.',
      bad: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder(body(false, ['application/json'])) },
      good: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder(body(true, ['application/json']).replace('requestBody:', 'requestBody:\n  description: The order')) },
    },
  },
  {
    id: 'request-media-type-removed',
    level: 'breaking',
    family: 'request-body',
    description: 'A request (or webhook payload) media type was removed',
    docs: {
      what: 'A media type of the request body is no longer accepted (for webhooks and callbacks: no longer sent).',
      why: 'Clients that send that media type get 415: EDI gateways posting XML orders stop at once.',
      bad: { base: placeOrder(body(true, ['application/json', 'application/xml'])), revision: placeOrder(body(true, ['application/json'])) },
      good: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder(body(true, ['application/json', 'application/xml'])) },
    },
  },
  {
    id: 'request-media-type-added',
    level: 'info',
    family: 'request-body',
    addition: true,
    description: 'A request media type was added',
    docs: {
      what: 'The request body accepts a media type it did not accept before.',
      why: 'A feature addition; old clients keep sending what they sent.',
      bad: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder(body(true, ['application/json', 'application/xml'])) },
      good: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder(body(true, ['application/json']).replace('requestBody:', 'requestBody:\n  description: The order')) },
    },
  },
  {
    id: 'request-body-schema-added',
    level: 'breaking',
    family: 'request-body',
    description: 'A request media type that accepted any content now has a schema',
    docs: {
      what: 'A request media type declared without a schema (anything accepted) now has one.',
      why: 'Whatever clients sent was accepted; now only what the schema allows is.',
      bad: { base: placeOrder(body(true, ['application/json'], false)), revision: placeOrder(body(true, ['application/json'])) },
      good: { base: placeOrder(body(true, ['application/json'], false)), revision: placeOrder(body(true, ['application/json'], false).replace('requestBody:', 'requestBody:\n  description: The order')) },
    },
  },
  {
    id: 'request-body-schema-removed',
    level: 'info',
    family: 'request-body',
    description: 'A request media type no longer has a schema: any content is accepted',
    docs: {
      what: 'A request media type lost its schema: anything is accepted now.',
      why: 'Old clients keep sending valid data. Review whether validation moved elsewhere.',
      bad: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder(body(true, ['application/json'], false)) },
      good: { base: placeOrder(body(true, ['application/json'])), revision: placeOrder(body(true, ['application/json']).replace('requestBody:', 'requestBody:\n  description: The order')) },
    },
  },
];

export const requestBodyFamily: CheckFamily = {
  definitions,
  run(diff, context) {
    if (diff.kind !== 'http') return;
    for (const m of diff.operations.matched) checkOperation(m, context);
  },
};

function checkOperation(m: OperationMatch, { report }: CheckContext): void {
  const operation = { key: m.key, label: m.rev.label };
  const { base, rev, media } = m.requestBody;
  const payload = m.base.kind === 'path' ? 'request body' : 'payload';
  if (m.base.kind === 'path') {
    if (base === undefined && rev !== undefined) {
      const checkId = rev.required ? 'request-body-added-required' : 'request-body-added';
      report({ checkId, message: `${m.rev.label}: ${rev.required ? 'required' : 'optional'} request body added`, operation, ...(rev.node ? { revision: rev.node } : {}), at: 'body' });
    } else if (base !== undefined && rev === undefined) {
      report({ checkId: 'request-body-removed', message: `${m.rev.label}: request body removed`, operation, ...(base.node ? { base: base.node } : {}), at: 'body' });
    } else if (base !== undefined && rev !== undefined && base.required !== rev.required) {
      const checkId = rev.required ? 'request-body-became-required' : 'request-body-became-optional';
      const revAt = rev.node !== undefined ? below(rev.node, 'required') : undefined;
      report({ checkId, message: `${m.rev.label}: request body became ${rev.required ? 'required' : 'optional'}`, operation, ...(base.node ? { base: base.node } : {}), ...(revAt ? { revision: revAt } : {}), at: 'body' });
    }
  }
  if (base === undefined || rev === undefined) return;
  for (const media of m.requestBody.media.removed) {
    report({ checkId: 'request-media-type-removed', message: `${m.rev.label}: ${payload} media type ${media.mediaType || '(any)'} removed`, operation, ...(media.node ? { base: media.node } : {}), at: `body:${media.mediaType}` });
  }
  if (m.base.kind === 'path') {
    for (const media of m.requestBody.media.added) {
      report({ checkId: 'request-media-type-added', message: `${m.rev.label}: request body media type ${media.mediaType} added`, operation, ...(media.node ? { revision: media.node } : {}), at: `body:${media.mediaType}` });
    }
  }
  for (const match of media.matched) {
    if (match.base.schema === undefined && match.rev.schema !== undefined) {
      report({ checkId: 'request-body-schema-added', message: `${m.rev.label}: ${payload} (${match.rev.mediaType}) now has a schema; it accepted any content`, operation, ...(match.rev.schemaAt ? { revision: match.rev.schemaAt } : {}), at: `body:${match.key}` });
    } else if (match.base.schema !== undefined && match.rev.schema === undefined) {
      report({ checkId: 'request-body-schema-removed', message: `${m.rev.label}: ${payload} (${match.rev.mediaType}) no longer has a schema`, operation, ...(match.base.schemaAt ? { base: match.base.schemaAt } : {}), at: `body:${match.key}` });
    }
  }
}
