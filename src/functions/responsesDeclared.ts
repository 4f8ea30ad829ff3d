/**
 * errors-responses-declared: every served operation declares a 4xx response and a 5xx or `default`
 * one, and every response key anywhere (webhooks and callbacks included) is an IANA-registered status
 * code, an `NXX` range or `default`.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { lintContextOf } from '../lint/context.js';
import { openApiModelOf, type OpenApiModel } from '../model/index.js';
import { member } from '../model/located.js';
import { parseResponseKey, registrationOf } from './lib/http-status.js';
import { quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';

export function checkResponsesDeclared(model: OpenApiModel): Violation[] {
  const list = new ViolationList();
  for (const operation of model.operations) {
    const responses = member(operation.node, 'responses');
    const classes = new Set<number | 'default'>();
    for (const response of operation.responses) {
      const key = parseResponseKey(response.status);
      const at = member(responses, response.status) ?? operation.node;
      if (key.kind === 'default') classes.add('default');
      else if (key.kind === 'range') classes.add(key.statusClass);
      else if (key.kind === 'code') {
        classes.add(key.statusClass);
        const registration = registrationOf(key.code);
        if (registration === 'reserved') list.add(at, `status ${key.code} is reserved as unused in the IANA registry; use a registered status code`);
        else if (registration === 'unassigned') list.add(at, `status ${key.code} is not in the IANA HTTP status code registry`);
      } else list.add(at, `response key ${quote(response.status)} is not a status code, an NXX range or default`);
    }
    if (operation.kind !== 'path') continue;
    const missing: string[] = [];
    if (!classes.has(4)) missing.push('no 4XX response');
    if (!classes.has(5) && !classes.has('default')) missing.push('no 5XX or default response');
    if (missing.length > 0) list.add(operation.node, `operation declares ${missing.join(' and ')}; clients cannot handle undeclared failures`);
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function responsesDeclared(_input, _options, fnContext) {
  const model = openApiModelOf(lintContextOf(fnContext).contract);
  return model === undefined ? [] : reportViolations(fnContext, checkResponsesDeclared(model));
});
