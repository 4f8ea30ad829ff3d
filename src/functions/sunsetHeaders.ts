/**
 * version-sunset-headers: the 2xx responses of a deprecated operation declare the `Deprecation`
 * (RFC 9745) and `Sunset` (RFC 8594) response headers, so clients learn it at runtime.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { lintContextOf } from '../lint/context.js';
import { openApiModelOf, type OpenApiModel } from '../model/index.js';
import { servedOperations } from './lib/http.js';
import { isSuccessResponseKey } from './lib/http-status.js';
import { listing, reportViolations, ViolationList, type Violation } from './lib/violations.js';

const HEADERS = ['Deprecation', 'Sunset'];

export function checkSunsetHeaders(model: OpenApiModel): Violation[] {
  const list = new ViolationList();
  for (const operation of servedOperations(model)) {
    if (!operation.deprecated) continue;
    for (const response of operation.responses) {
      if (!isSuccessResponseKey(response.status)) continue;
      const declared = new Set(response.headers.map((h) => h.name.toLowerCase()));
      const missing = HEADERS.filter((h) => !declared.has(h.toLowerCase()));
      if (missing.length > 0) {
        list.add(response.node, `success response of a deprecated operation does not declare the ${listing(missing)} header${missing.length > 1 ? 's' : ''}`);
      }
    }
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function sunsetHeaders(_input, _options, fnContext) {
  const model = openApiModelOf(lintContextOf(fnContext).contract);
  return model === undefined ? [] : reportViolations(fnContext, checkSunsetHeaders(model));
});
