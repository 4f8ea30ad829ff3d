/**
 * errors-problem-schema: the JSON schema of an error response, after `$ref` and `allOf`, is an RFC 9457
 * Problem Details object: `type` (string, uri-reference), `title` (string), `status` (integer) and
 * `detail` (string), with `type`, `title` and `status` required. Judged once per schema definition.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import type { ResolvedNode } from '../document/source.js';
import { lintContextOf } from '../lint/context.js';
import { effectiveSchema, openApiModelOf, type OpenApiModel } from '../model/index.js';
import { errorResponses, errorSchemas, isJsonMediaType } from './lib/error-responses.js';
import { listing, reportViolations, ViolationList, type Violation } from './lib/violations.js';

const MEMBERS: ReadonlyArray<[name: string, type: string]> = [
  ['type', 'string'],
  ['title', 'string'],
  ['status', 'integer'],
  ['detail', 'string'],
];
const REQUIRED = ['type', 'title', 'status'];
const TYPE_FORMATS = new Set(['uri-reference', 'uri']);

/** What keeps a schema from being a Problem Details object; empty when it is one. */
export function problemIssues(contract: Contract, schema: ResolvedNode): string[] {
  const effective = effectiveSchema(contract, schema);
  if (effective.types.size > 0 && !effective.types.has('object')) return [`it is ${listing([...effective.types])}, not an object`];
  const missing: string[] = [];
  const issues: string[] = [];
  for (const [name, type] of MEMBERS) {
    const property = effective.properties.get(name);
    if (property === undefined) {
      missing.push(name);
      continue;
    }
    const member = effectiveSchema(contract, property.schema);
    if (!member.types.has(type)) issues.push(`${name} must be ${type === 'integer' ? 'an' : 'a'} ${type}`);
    else if (name === 'type' && (member.format === undefined || !TYPE_FORMATS.has(member.format))) issues.push('type needs format: uri-reference');
  }
  const notRequired = REQUIRED.filter((name) => !missing.includes(name) && !effective.required.has(name));
  const out: string[] = [];
  if (missing.length > 0) out.push(`missing ${listing(missing)}`);
  out.push(...issues);
  if (notRequired.length > 0) out.push(`${listing(notRequired)} not required`);
  return out;
}

export function checkProblemSchema(contract: Contract, model: OpenApiModel): Violation[] {
  const list = new ViolationList();
  for (const { node } of errorSchemas(contract, model)) {
    const issues = problemIssues(contract, node);
    if (issues.length > 0) list.add(node, `error schema is not RFC 9457 Problem Details: ${issues.join('; ')}`);
  }
  for (const { operation, response } of errorResponses(model)) {
    if (operation.method === 'head') continue;
    for (const media of response.content) {
      if (media.schema === undefined && media.node !== undefined && isJsonMediaType(media.mediaType) && list.firstVisit(media.node)) {
        list.add(media.node, 'error content declares no schema; describe the Problem Details body');
      }
    }
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function problemSchema(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const model = openApiModelOf(contract);
  return model === undefined ? [] : reportViolations(fnContext, checkProblemSchema(contract, model));
});
