/**
 * ops-pagination: a GET on a collection declares a page size, a continuation parameter (cursor or
 * offset) and returns where the next page is (a continuation member or a Link header).
 */
import type { CanonicalDictionary } from '../lint/canonical.js';
import { effectiveSchema, type OpenApiModel } from '../model/index.js';
import { collectionShapeOf, pagingParameters, responseContinuation } from './lib/collections.js';
import { opsHeuristicsFrom } from './lib/heuristics.js';
import { operationLocation, servedOperations } from './lib/http.js';
import { listing, openApiCheck, type Problem } from './lib/problems.js';

export function checkPagination(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    const shape = collectionShapeOf(model.contract, op, h);
    if (shape === undefined) continue;
    // an array the contract itself bounds (maxItems) cannot grow into an unpaged catalogue
    if (typeof effectiveSchema(model.contract, shape.array).keyword('maxItems') === 'number') continue;
    const params = pagingParameters(op, h);
    const missing: string[] = [];
    if (params.pageSize === undefined) missing.push('a page-size parameter (limit, pageSize)');
    if (params.cursor === undefined && params.offset === undefined) missing.push('a continuation parameter (cursor, pageToken or offset)');
    if (responseContinuation(model.contract, shape, params, h) === undefined) {
      missing.push(shape.kind === 'array' ? 'a continuation in the response (a Link header, or an envelope with nextCursor)' : 'a continuation member in the response (next, nextCursor, nextPageToken, links.next)');
    }
    if (missing.length > 0) problems.push({ at: operationLocation(op), message: `collection GET ${op.path} is not paged: add ${listing(missing)}` });
  }
  return problems;
}

export default openApiCheck(checkPagination);
