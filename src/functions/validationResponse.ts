/**
 * errors-validation-response: a served operation that takes input the server must validate (a request
 * body, or a required query, header or cookie parameter) declares `400` or `422`. Path parameters do not
 * count: a path that matches no resource answers 404, not a validation error. Nor does a body whose
 * schema is a closed empty object: it accepts nothing.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { lintContextOf } from '../lint/context.js';
import { isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { openApiModelOf, type OpenApiModel, type RequestBody } from '../model/index.js';
import { servedOperations } from './lib/http.js';
import { listing, reportViolations, ViolationList, type Violation } from './lib/violations.js';

/** A closed object with no members (Stripe puts one on every GET) accepts nothing to validate. */
function acceptsNothing(schema: ResolvedNode | undefined): boolean {
  if (schema === undefined || !isObject(schema.value)) return false;
  const { properties, additionalProperties, patternProperties, allOf, oneOf, anyOf } = schema.value;
  return (
    additionalProperties === false &&
    (properties === undefined || (isObject(properties) && Object.keys(properties).length === 0)) &&
    patternProperties === undefined && allOf === undefined && oneOf === undefined && anyOf === undefined
  );
}

function takesBody(body: RequestBody | undefined): boolean {
  return body !== undefined && (body.content.length === 0 || body.content.some((media) => !acceptsNothing(media.schema)));
}

export function checkValidationResponse(model: OpenApiModel): Violation[] {
  const list = new ViolationList();
  for (const operation of servedOperations(model)) {
    const required = operation.parameters.filter((p) => p.required && p.in !== 'path').map((p) => `${p.in} parameter ${p.name}`);
    const inputs = [...(takesBody(operation.requestBody) ? ['a request body'] : []), ...required];
    if (inputs.length === 0) continue;
    if (operation.responses.some((r) => r.status === '400' || r.status === '422')) continue;
    list.add(operation.node, `operation takes ${listing(inputs, 3)} but declares neither 400 nor 422 for invalid input`);
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function validationResponse(_input, _options, fnContext) {
  const model = openApiModelOf(lintContextOf(fnContext).contract);
  return model === undefined ? [] : reportViolations(fnContext, checkValidationResponse(model));
});
