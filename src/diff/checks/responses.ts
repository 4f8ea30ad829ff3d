/**
 * Responses and response headers: status codes, media types, bodies and headers. Response content
 * is judged by the schema checks (`response-…`).
 */
import type { OperationMatch } from '../difference/http.js';
import { openapi } from './examples.js';
import type { CheckContext, CheckDefinition, CheckFamily } from './types.js';
import { below, isSuccessStatus } from './util.js';

const getStock = (responses: string) =>
  openapi(`paths:
  /stock/{sku}:
    get:
      operationId: getStockLevel
      parameters:
        - {name: sku, in: path, required: true, schema: {type: string}}
      responses:
${responses
  .trim()
  .split('\n')
  .map((l) => '        ' + l)
  .join('\n')}
components:
  schemas:
    StockLevel: {type: object, properties: {sku: {type: string}, available: {type: integer}}}
    Problem: {type: object, properties: {title: {type: string}}}`);

const OK = (media = ['application/json'], headers = '') =>
  `'200':\n  description: Stock level${headers}\n  content:\n${media.map((m) => `    ${m}:\n      schema: {$ref: '#/components/schemas/StockLevel'}`).join('\n')}`;
const NOT_FOUND = `'404':\n  description: Unknown SKU\n  content:\n    application/problem+json:\n      schema: {$ref: '#/components/schemas/Problem'}`;
const RATE = (required: boolean) => `\n  headers:\n    RateLimit-Remaining:\n      required: ${required}\n      schema: {type: integer}`;

export const definitions: CheckDefinition[] = [
  {
    id: 'response-success-status-removed',
    level: 'breaking',
    family: 'responses',
    description: 'A success (2xx) response status was removed',
    docs: {
      what: 'A 2xx status the operation could return is no longer declared (for example 200 → 204).',
      why: 'Clients that handle the old status treat the new one as an error: the store app shows "stock lookup failed" although it worked.',
      bad: { base: getStock(OK()), revision: getStock(`'203':\n  description: Stock level from cache`) },
      good: { base: getStock(OK()), revision: getStock(`${OK()}\n'203':\n  description: Stock level from cache`) },
    },
  },
  {
    id: 'response-non-success-status-removed',
    level: 'warning',
    family: 'responses',
    description: 'An error (or other non-2xx) response status was removed',
    docs: {
      what: 'A non-success status (4xx, 5xx, 3xx, default) is no longer declared.',
      why: 'Clients that branch on it (404 → "SKU not listed in this store") lose that path; the server may still return it undocumented.',
      bad: { base: getStock(`${OK()}\n${NOT_FOUND}`), revision: getStock(OK()) },
      good: { base: getStock(`${OK()}\n${NOT_FOUND}`), revision: getStock(`${OK()}\n${NOT_FOUND.replace('Unknown SKU', 'SKU not listed')}`) },
    },
  },
  {
    id: 'response-success-status-added',
    level: 'info',
    family: 'responses',
    addition: true,
    description: 'A success (2xx) response status was added',
    docs: {
      what: 'The operation may return a 2xx status it did not declare before.',
      why: 'Usually an addition (202 for asynchronous processing); clients that only accept 200 should be checked.',
      bad: { base: getStock(OK()), revision: getStock(`${OK()}\n'203':\n  description: Stock level from cache`) },
      good: { base: getStock(OK()), revision: getStock(OK().replace('Stock level', 'Current stock level')) },
    },
  },
  {
    id: 'response-error-status-added',
    level: 'info',
    family: 'responses',
    description: 'An error (or other non-2xx) response status was added',
    docs: {
      what: 'The operation documents a non-success status it did not declare before.',
      why: 'Documenting errors is good practice; clients already have to handle unexpected errors.',
      bad: { base: getStock(OK()), revision: getStock(`${OK()}\n${NOT_FOUND}`) },
      good: { base: getStock(OK()), revision: getStock(OK().replace('Stock level', 'Current stock level')) },
    },
  },
  {
    id: 'response-media-type-removed',
    level: 'breaking',
    family: 'responses',
    description: 'A response media type was removed',
    docs: {
      what: 'A response no longer offers a media type it offered.',
      why: 'Clients that ask for it (`Accept: application/xml` from the ERP connector) get 406 or a body they cannot parse.',
      bad: { base: getStock(OK(['application/json', 'application/xml'])), revision: getStock(OK()) },
      good: { base: getStock(OK()), revision: getStock(OK(['application/json', 'application/xml'])) },
    },
  },
  {
    id: 'response-media-type-added',
    level: 'info',
    family: 'responses',
    addition: true,
    description: 'A response media type was added',
    docs: {
      what: 'A response offers a media type it did not offer before.',
      why: 'Clients get what they ask for; a feature addition.',
      bad: { base: getStock(OK()), revision: getStock(OK(['application/json', 'application/xml'])) },
      good: { base: getStock(OK()), revision: getStock(OK().replace('Stock level', 'Current stock level')) },
    },
  },
  {
    id: 'response-body-removed',
    level: 'breaking',
    family: 'responses',
    description: 'A response no longer has a body (or its media type no longer has a schema)',
    docs: {
      what: 'A response that had content now has none, or a media type lost its schema.',
      why: 'Clients that read the body get nothing: the availability the store app shows is gone.',
      bad: { base: getStock(OK()), revision: getStock(`'200':\n  description: Stock level`) },
      good: { base: getStock(OK()), revision: getStock(OK().replace('Stock level', 'Current stock level')) },
    },
  },
  {
    id: 'response-body-added',
    level: 'info',
    family: 'responses',
    addition: true,
    description: 'A response gained a body',
    docs: {
      what: 'A response without content now has a body (or a media type gained a schema).',
      why: 'Clients that ignore the body keep working; a feature addition.',
      bad: { base: getStock(`'200':\n  description: Stock level`), revision: getStock(OK()) },
      good: { base: getStock(`'200':\n  description: Stock level`), revision: getStock(`'200':\n  description: Current stock level`) },
    },
  },
  {
    id: 'response-header-removed',
    level: 'breaking',
    family: 'responses',
    description: 'A required response header was removed',
    docs: {
      what: 'A response header declared `required: true` is no longer declared.',
      why: 'Clients that read it (rate-limit back-off in the nightly price sync, ETag for optimistic locking of stock) fail or hammer the API.',
      bad: { base: getStock(OK(undefined, RATE(true))), revision: getStock(OK()) },
      good: { base: getStock(OK(undefined, RATE(true))), revision: getStock(OK(undefined, RATE(true).replace('schema:', 'description: Calls left in the window\n      schema:'))) },
    },
  },
  {
    id: 'response-optional-header-removed',
    level: 'warning',
    family: 'responses',
    description: 'An optional response header was removed',
    docs: {
      what: 'An optional response header is no longer declared.',
      why: 'Clients had to cope with its absence, but those that use it when present lose a feature (cache validation, paging links).',
      bad: { base: getStock(OK(undefined, RATE(false))), revision: getStock(OK()) },
      good: { base: getStock(OK(undefined, RATE(false))), revision: getStock(OK(undefined, RATE(false).replace('schema:', 'description: Calls left\n      schema:'))) },
    },
  },
  {
    id: 'response-header-became-optional',
    level: 'breaking',
    family: 'responses',
    description: 'A required response header became optional',
    docs: {
      what: 'A response header that was `required: true` is now optional.',
      why: 'Clients rely on it being present (a Location header after creating an order) and fail when it is missing.',
      bad: { base: getStock(OK(undefined, RATE(true))), revision: getStock(OK(undefined, RATE(false))) },
      good: { base: getStock(OK(undefined, RATE(false))), revision: getStock(OK(undefined, RATE(true))) },
    },
  },
  {
    id: 'response-header-added',
    level: 'info',
    family: 'responses',
    addition: true,
    description: 'A response header was added',
    docs: {
      what: 'A response declares a header it did not declare before.',
      why: 'Clients ignore headers they do not know; a feature addition.',
      bad: { base: getStock(OK()), revision: getStock(OK(undefined, RATE(false))) },
      good: { base: getStock(OK()), revision: getStock(OK().replace('Stock level', 'Current stock level')) },
    },
  },
];

export const responsesFamily: CheckFamily = {
  definitions,
  run(diff, context) {
    if (diff.kind !== 'http') return;
    // webhook and callback responses are what subscribers answer: their schemas are still judged
    for (const m of diff.operations.matched) if (m.base.kind === 'path') checkOperation(m, context);
  },
};

function checkOperation(m: OperationMatch, { report }: CheckContext): void {
  const operation = { key: m.key, label: m.rev.label };
  for (const r of m.responses.removed) {
    const checkId = isSuccessStatus(r.status) ? 'response-success-status-removed' : 'response-non-success-status-removed';
    report({ checkId, message: `${m.rev.label}: response ${r.status} removed`, operation, base: r.node, at: `response:${r.status}` });
  }
  for (const r of m.responses.added) {
    const checkId = isSuccessStatus(r.status) ? 'response-success-status-added' : 'response-error-status-added';
    report({ checkId, message: `${m.rev.label}: response ${r.status} added`, operation, revision: r.node, at: `response:${r.status}` });
  }
  for (const r of m.responses.matched) {
    const where = `${m.rev.label}: response ${r.rev.status}`;
    const baseHasBody = r.base.content.size > 0;
    const revHasBody = r.rev.content.size > 0;
    if (baseHasBody && !revHasBody) {
      report({ checkId: 'response-body-removed', message: `${where}: body removed`, operation, base: below(r.base.node, 'content'), revision: r.rev.node, at: `response:${r.status}` });
    } else if (!baseHasBody && revHasBody) {
      report({ checkId: 'response-body-added', message: `${where}: body added`, operation, base: r.base.node, revision: below(r.rev.node, 'content'), at: `response:${r.status}` });
    } else {
      for (const media of r.media.removed) report({ checkId: 'response-media-type-removed', message: `${where}: media type ${media.mediaType || '(any)'} removed`, operation, ...(media.node ? { base: media.node } : {}), at: `response:${r.status}:${media.mediaType}` });
      for (const media of r.media.added) report({ checkId: 'response-media-type-added', message: `${where}: media type ${media.mediaType} added`, operation, ...(media.node ? { revision: media.node } : {}), at: `response:${r.status}:${media.mediaType}` });
      for (const match of r.media.matched) {
        if (match.base.schema !== undefined && match.rev.schema === undefined) {
          report({ checkId: 'response-body-removed', message: `${where} (${match.rev.mediaType}): schema removed`, operation, ...(match.base.schemaAt ? { base: match.base.schemaAt } : {}), at: `response:${r.status}:${match.key}` });
        } else if (match.base.schema === undefined && match.rev.schema !== undefined) {
          report({ checkId: 'response-body-added', message: `${where} (${match.rev.mediaType}): schema added`, operation, ...(match.rev.schemaAt ? { revision: match.rev.schemaAt } : {}), at: `response:${r.status}:${match.key}` });
        }
      }
    }
    for (const h of r.headers.removed) {
      const checkId = h.required ? 'response-header-removed' : 'response-optional-header-removed';
      report({ checkId, message: `${where}: ${h.required ? 'required' : 'optional'} header '${h.name}' removed`, operation, base: h.node, at: `header:${r.status}:${h.name.toLowerCase()}` });
    }
    for (const h of r.headers.added) report({ checkId: 'response-header-added', message: `${where}: header '${h.name}' added`, operation, revision: h.node, at: `header:${r.status}:${h.name.toLowerCase()}` });
    for (const h of r.headers.matched) {
      if (h.base.required && !h.rev.required) {
        report({ checkId: 'response-header-became-optional', message: `${where}: header '${h.rev.name}' became optional`, operation, base: below(h.base.node, 'required'), revision: h.rev.node, at: `header:${r.status}:${h.rev.name.toLowerCase()}` });
      }
    }
  }
}
