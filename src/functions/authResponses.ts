/**
 * errors-auth-responses: a served operation with effective security declares `401`; one whose
 * requirements list scopes (OAuth2 scopes, or OpenAPI 3.1 roles) also declares `403`. Explicit codes
 * only: a `4XX` range does not tell "token expired" from "not permitted".
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { lintContextOf } from '../lint/context.js';
import { openApiModelOf, type OpenApiModel } from '../model/index.js';
import { servedOperations } from './lib/http.js';
import { reportViolations, ViolationList, type Violation } from './lib/violations.js';

export function checkAuthResponses(model: OpenApiModel): Violation[] {
  const list = new ViolationList();
  for (const operation of servedOperations(model)) {
    const requirements = operation.security.requirements;
    if (!requirements.some((r) => Object.keys(r).length > 0)) continue;
    const statuses = new Set(operation.responses.map((r) => r.status));
    const scoped = requirements.some((r) => Object.values(r).some((scopes) => scopes.length > 0));
    if (!statuses.has('401')) {
      const also403 = scoped && !statuses.has('403');
      list.add(operation.node, also403 ? 'secured operation with scopes declares neither 401 nor 403' : 'secured operation declares no 401 response');
    } else if (scoped && !statuses.has('403')) list.add(operation.node, 'operation requires scopes but declares no 403 response');
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function authResponses(_input, _options, fnContext) {
  const model = openApiModelOf(lintContextOf(fnContext).contract);
  return model === undefined ? [] : reportViolations(fnContext, checkAuthResponses(model));
});
