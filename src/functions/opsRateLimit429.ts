/** ops-rate-limit-429: every operation declares 429 with a Retry-After header and problem+json content. */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { OpenApiModel } from '../model/index.js';
import { opsHeuristicsFrom } from './lib/heuristics.js';
import { isProblemJson, operationLocation, responseFor, responseHeader, responseLocation, servedOperations, upperMethod } from './lib/http.js';
import { listing, openApiCheck, type Problem } from './lib/problems.js';

export function checkRateLimit429(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    const response = responseFor(op, '429');
    if (response === undefined) {
      problems.push({ at: operationLocation(op), message: `${upperMethod(op)} ${op.path} declares no 429 (Too Many Requests) response` });
      continue;
    }
    const faults: string[] = [];
    if (responseHeader(response, h.retryAfterHeader) === undefined) faults.push(`a ${h.retryAfterHeader} header`);
    if (!response.content.some((m) => isProblemJson(m.mediaType))) faults.push('application/problem+json content');
    if (faults.length > 0) problems.push({ at: responseLocation(response), message: `429 response needs ${listing(faults)}` });
  }
  return problems;
}

export default openApiCheck(checkRateLimit429);
