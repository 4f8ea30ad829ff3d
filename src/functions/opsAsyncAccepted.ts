/** ops-async-accepted: a 202 response declares Location or Operation-Location pointing at a status resource. */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { OpenApiModel } from '../model/index.js';
import { opsHeuristicsFrom } from './lib/heuristics.js';
import { hasAnyHeader, responseLocation, servedOperations } from './lib/http.js';
import { openApiCheck, type Problem } from './lib/problems.js';

export function checkAsyncAccepted(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    // a GET answering 202 ("still computing, ask again") is its own status resource: the client repeats it
    if (op.method === 'get' || op.method === 'head') continue;
    for (const response of op.responses) {
      if (response.status !== '202' || hasAnyHeader(response, h.asyncStatusHeaders)) continue;
      problems.push({ at: responseLocation(response), message: `202 response declares no ${h.asyncStatusHeaders.join(' or ')} header pointing at a status resource` });
    }
  }
  return problems;
}

export default openApiCheck(checkAsyncAccepted);
