/**
 * ops-optimistic-concurrency: PUT/PATCH/DELETE on stock, price and order resources accept If-Match
 * and declare 412; the GET on the same path returns an ETag.
 */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { OpenApiModel, Operation } from '../model/index.js';
import { isTemplateSegment, pathSegments } from './lib/collections.js';
import { opsHeuristicsFrom, type OpsHeuristics } from './lib/heuristics.js';
import { domainOf, headerParameter, operationLocation, responseFor, responseHeader, responseLocation, servedOperations, successResponse, upperMethod } from './lib/http.js';
import { listing, openApiCheck, type Problem } from './lib/problems.js';
import { splitWords, wordSet } from './lib/words.js';

const WRITES = new Set(['put', 'patch', 'delete']);

function guardsContendedResource(model: OpenApiModel, op: Operation, h: OpsHeuristics): boolean {
  const domain = domainOf(model, op);
  if (domain !== undefined && wordSet(h.concurrencyDomains).has(domain.toLowerCase())) return true;
  const words = wordSet(h.concurrencyPathWords);
  return pathSegments(op.path).some((segment) => !isTemplateSegment(segment) && splitWords(segment).some((w) => words.has(w)));
}

export function checkOptimisticConcurrency(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  const operations = servedOperations(model);
  for (const op of operations) {
    if (!WRITES.has(op.method) || !guardsContendedResource(model, op, h)) continue;
    const missing: string[] = [];
    if (headerParameter(op, 'If-Match') === undefined) missing.push('accept an If-Match header');
    if (responseFor(op, '412') === undefined) missing.push('declare 412 (Precondition Failed)');
    if (missing.length > 0) problems.push({ at: operationLocation(op), message: `${upperMethod(op)} ${op.path} must ${listing(missing)}` });
    const read = operations.find((other) => other.method === 'get' && other.pathItem === op.pathItem);
    const success = read === undefined ? undefined : successResponse(read);
    if (success !== undefined && responseHeader(success, 'ETag') === undefined) {
      problems.push({ at: responseLocation(success), message: `${success.status} response of a GET returns no ETag header, which clients need for If-Match` });
    }
  }
  return problems;
}

export default openApiCheck(checkOptimisticConcurrency);
