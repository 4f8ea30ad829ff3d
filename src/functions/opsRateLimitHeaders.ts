/**
 * ops-rate-limit-headers: success responses declare a complete set of rate-limit headers, IETF
 * `RateLimit` + `RateLimit-Policy` or the older `RateLimit-Limit/-Remaining/-Reset`.
 */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { OpenApiModel } from '../model/index.js';
import { opsHeuristicsFrom } from './lib/heuristics.js';
import { responseHeader, responseLocation, servedOperations } from './lib/http.js';
import { isSuccessResponseKey } from './lib/http-status.js';
import { openApiCheck, type Problem } from './lib/problems.js';

export function checkRateLimitHeaders(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  if (h.rateLimitHeaderSets.length === 0) return [];
  const sets = h.rateLimitHeaderSets.map((set) => set.join(' + ')).join(', or ');
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    for (const response of op.responses) {
      if (!isSuccessResponseKey(response.status)) continue;
      const complete = h.rateLimitHeaderSets.some((set) => set.every((name) => responseHeader(response, name) !== undefined));
      if (!complete) problems.push({ at: responseLocation(response), message: `${response.status} response declares no rate-limit headers (${sets})` });
    }
  }
  return problems;
}

export default openApiCheck(checkRateLimitHeaders);
