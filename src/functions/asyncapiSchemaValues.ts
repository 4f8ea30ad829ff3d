/**
 * structure-asyncapi-payload-examples / -payload-default / -schema-examples / -schema-default:
 * `examples` and `default` values are valid against the schema that declares them, at any depth.
 * Payload scope: every schema reachable from a message payload (JSON Schema formats only) or its
 * headers, traits included. Schema scope: the other schemas (components.schemas, channel
 * parameters), and AsyncAPI 3 parameter `default`/`examples`, which must be in the parameter's `enum`.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { getChild, hasChild, isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { lintContextOf, memoized, type LintContext } from '../lint/context.js';
import { child, entries, member } from '../model/located.js';
import { asyncApiModelOf, visitSchemas, type AsyncApiModel } from '../model/index.js';
import { componentEntries, rootAndComponentEntries, uniqueNodes } from './lib/asyncapi-nodes.js';
import { jsonPayload } from './lib/messages.js';
import { report, type Problem } from './lib/problems.js';
import { SchemaValueValidator } from './lib/schema-values.js';

export interface SchemaValuesOptions {
  keyword: 'examples' | 'default';
  scope: 'payload' | 'schema';
}

/** One validator (and compile cache) per lint run, shared by the four rules and message examples. */
export function validatorFor(context: LintContext): SchemaValueValidator {
  return memoized(context, 'apigov.schema-value-validator', () => new SchemaValueValidator(context.contract));
}

function payloadRoots(model: AsyncApiModel): ResolvedNode[] {
  return model.messages.flatMap((m) => [jsonPayload(m), ...m.headerSources].filter((n): n is ResolvedNode => n !== undefined));
}

function valueProblems(validator: SchemaValueValidator, node: ResolvedNode, keyword: 'examples' | 'default'): Problem[] {
  const problems: Problem[] = [];
  if (keyword === 'default') {
    if (!hasChild(node.value, 'default')) return problems;
    const reason = validator.check(node, getChild(node.value, 'default'));
    if (reason !== undefined) problems.push({ at: { source: node.source, path: [...node.path, 'default'] }, message: `default is not valid against its schema: ${reason}` });
    return problems;
  }
  const examples = getChild(node.value, 'examples');
  if (!Array.isArray(examples)) return problems;
  examples.forEach((example, i) => {
    const reason = validator.check(node, example);
    if (reason !== undefined) problems.push({ at: { source: node.source, path: [...node.path, 'examples', String(i)] }, message: `example is not valid against its schema: ${reason}` });
  });
  return problems;
}

/** AsyncAPI 3 Parameter Objects carry enum/default/examples themselves (strings, no schema). */
function parameterProblems(parameter: ResolvedNode, keyword: 'examples' | 'default'): Problem[] {
  const allowed = getChild(parameter.value, 'enum');
  if (!Array.isArray(allowed)) return [];
  const listed = allowed.map((v) => JSON.stringify(v)).join(', ');
  const values: Array<[string[], unknown]> = [];
  if (keyword === 'default' && hasChild(parameter.value, 'default')) values.push([['default'], getChild(parameter.value, 'default')]);
  const examples = getChild(parameter.value, 'examples');
  if (keyword === 'examples' && Array.isArray(examples)) examples.forEach((v, i) => values.push([['examples', String(i)], v]));
  return values
    .filter(([, v]) => !allowed.includes(v))
    .map(([path, v]) => ({ at: { source: parameter.source, path: [...parameter.path, ...path] }, message: `parameter ${path[0]} ${JSON.stringify(v)} is not one of its enum values (${listed})` }));
}

export function checkSchemaValues(model: AsyncApiModel, validator: SchemaValueValidator, options: SchemaValuesOptions): Problem[] {
  const { contract } = model;
  const problems: Problem[] = [];
  const visit = (node: ResolvedNode) => {
    for (const problem of valueProblems(validator, node, options.keyword)) problems.push(problem);
  };
  const payloadSeen = visitSchemas(contract, payloadRoots(model), options.scope === 'payload' ? visit : () => undefined);
  if (options.scope === 'payload') return problems;
  const v3 = contract.formatId === 'asyncapi3';
  const channels = uniqueNodes(rootAndComponentEntries(contract, 'channels').map(([, c]) => c));
  const parameters = uniqueNodes([
    ...channels.flatMap((c) => entries(contract, child(contract, c, 'parameters')).map(([, p]) => p)),
    ...componentEntries(contract, 'parameters').map(([, p]) => p),
  ]);
  const roots: ResolvedNode[] = [...model.schemas.map(([, s]) => s)];
  for (const parameter of parameters) {
    if (v3) for (const item of parameterProblems(parameter, options.keyword)) problems.push(item);
    else if (isObject(getChild(parameter.value, 'schema'))) roots.push(member(parameter, 'schema')!);
  }
  visitSchemas(contract, roots, visit, new Set(payloadSeen));
  return problems;
}

export default createRulesetFunction<unknown, SchemaValuesOptions>(
  {
    input: null,
    options: {
      type: 'object',
      properties: { keyword: { enum: ['examples', 'default'] }, scope: { enum: ['payload', 'schema'] } },
      required: ['keyword', 'scope'],
      additionalProperties: false,
    },
  },
  function asyncapiSchemaValues(_input, options, fnContext) {
    const context = lintContextOf(fnContext);
    const model = asyncApiModelOf(context.contract);
    if (model === undefined) return [];
    return report(fnContext, checkSchemaValues(model, validatorFor(context), options));
  },
);
