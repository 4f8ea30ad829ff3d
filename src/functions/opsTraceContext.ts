/**
 * ops-trace-context: operations accept `traceparent`; responses return `traceparent` or
 * `Correlation-Id`, and an error response may instead carry `traceId` in its problem body.
 * What an operation lacks itself (the request header, its own inline responses) is one finding at
 * the operation; a shared response component is reported once, at the component.
 */
import type { CanonicalDictionary } from '../lint/canonical.js';
import { effectiveSchema, type OpenApiModel, type Operation, type Response } from '../model/index.js';
import { opsHeuristicsFrom, type OpsHeuristics } from './lib/heuristics.js';
import { hasAnyHeader, headerParameter, operationLocation, responseLocation, servedOperations, upperMethod } from './lib/http.js';
import { isErrorResponseKey } from './lib/http-status.js';
import { listing, openApiCheck, type Problem } from './lib/problems.js';
import { wordSet } from './lib/words.js';

function bodyCarriesTrace(model: OpenApiModel, response: Response, h: OpsHeuristics): boolean {
  const members = wordSet(h.traceProblemMembers);
  return response.content.some((media) => {
    if (media.schema === undefined) return false;
    for (const name of effectiveSchema(model.contract, media.schema).properties.keys()) if (members.has(name.toLowerCase())) return true;
    return false;
  });
}

function returnsTrace(model: OpenApiModel, response: Response, h: OpsHeuristics): boolean {
  if (hasAnyHeader(response, h.traceResponseHeaders)) return true;
  return isErrorResponseKey(response.status) && bodyCarriesTrace(model, response, h);
}

/** A response written inside the operation, rather than a shared component it references. */
function isInline(op: Operation, response: Response): boolean {
  const at = response.node;
  return at.source === op.node.source && at.path.length > op.node.path.length && op.node.path.every((s, i) => at.path[i] === s);
}

export function checkTraceContext(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const returned = h.traceResponseHeaders.join(' or ');
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    const faults: string[] = [];
    if (headerParameter(op, h.traceRequestHeader) === undefined) faults.push(`accepts no ${h.traceRequestHeader} header`);
    const silent: string[] = [];
    for (const response of op.responses) {
      if (returnsTrace(model, response, h)) continue;
      if (isInline(op, response)) silent.push(response.status);
      else problems.push({ at: responseLocation(response), message: `response returns no ${returned} header${isErrorResponseKey(response.status) ? ` and no ${h.traceProblemMembers[0] ?? 'traceId'} member` : ''}` });
    }
    if (silent.length > 0) faults.push(`response${silent.length > 1 ? 's' : ''} ${listing(silent)} return${silent.length > 1 ? '' : 's'} no ${returned} header`);
    if (faults.length > 0) problems.push({ at: operationLocation(op), message: `${upperMethod(op)} ${op.path} ${faults.join('; ')}` });
  }
  return problems;
}

export default openApiCheck(checkTraceContext);
