/**
 * ops-degraded-mode: a tier-1 operation (`x-criticality: tier-1`) declares 503 with Retry-After and
 * describes its degraded behaviour in `x-fallback`.
 */
import type { CanonicalDictionary } from '../lint/canonical.js';
import { getChild, isObject } from '../document/pointer.js';
import type { OpenApiModel } from '../model/index.js';
import { opsHeuristicsFrom } from './lib/heuristics.js';
import { operationLocation, responseFor, responseHeader, responseLocation, servedOperations, upperMethod } from './lib/http.js';
import { listing, openApiCheck, type Problem } from './lib/problems.js';
import { wordSet } from './lib/words.js';

function describesFallback(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return isObject(value) && Object.keys(value).length > 0;
}

export function checkDegradedMode(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const critical = wordSet(h.criticalValues);
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    const criticality = getChild(op.node.value, 'x-criticality');
    if (typeof criticality !== 'string' || !critical.has(criticality.toLowerCase())) continue;
    const missing: string[] = [];
    const unavailable = responseFor(op, '503');
    if (unavailable === undefined) missing.push(`declare 503 with ${h.retryAfterHeader}`);
    if (!describesFallback(getChild(op.node.value, 'x-fallback'))) missing.push('describe its degraded behaviour in x-fallback');
    if (missing.length > 0) problems.push({ at: operationLocation(op), message: `${criticality} operation ${upperMethod(op)} ${op.path} must ${listing(missing)}` });
    if (unavailable !== undefined && responseHeader(unavailable, h.retryAfterHeader) === undefined) {
      problems.push({ at: responseLocation(unavailable), message: `503 response of a ${criticality} operation needs a ${h.retryAfterHeader} header` });
    }
  }
  return problems;
}

export default openApiCheck(checkDegradedMode);
