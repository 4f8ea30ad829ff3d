/**
 * naming-operation-id (error): every operation has an operationId, unique in the document (OpenAPI
 * paths, webhooks and callbacks; AsyncAPI 2.x operations; AsyncAPI 3 operations are keyed by id).
 * naming-operation-id-case (warn): operationIds are camelCase verb-noun (listOrders, placeOrder), and
 * OpenAPI header parameters are Hyphenated-Pascal-Case with no new X- prefix (registered lower-case
 * names such as traceparent keep their spelling). One function, two rules: the severities differ.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf, Reporter } from '../lint/context.js';
import { member } from '../model/located.js';
import { modelOf } from '../model/index.js';
import type { ResolvedNode } from '../document/source.js';
import { FindingSet } from './lib/findings.js';
import { valueViewOf } from './lib/values.js';
import { hasCase, splitWords, toCase } from './lib/words.js';

export interface OperationIdOptions {
  check: 'presence' | 'case';
}

interface OperationRef {
  id: string | undefined;
  label: string;
  node: ResolvedNode;
}

/** The message for an operationId that is not camelCase verb-noun, or undefined. */
export function operationIdCaseProblem(id: string, verbs: readonly string[]): string | undefined {
  const words = splitWords(id);
  if (!hasCase(id, 'camelCase')) return `operationId ${id} is not camelCase: use ${toCase(id, 'camelCase') || 'a verb-noun name such as listOrders'}`;
  if (words.length < 2) return `operationId ${id} is one word: use verb-noun, e.g. ${id}Orders or list${id.charAt(0).toUpperCase()}${id.slice(1)}`;
  if (!verbs.includes(words[0]!)) return `operationId ${id} does not start with a verb (listOrders, placeOrder); add "${words[0]}" to naming.operationVerbs if it is one`;
  return undefined;
}

/** A contract with this many non-camelCase operationIds, most of its ids, gets one summary finding. */
export const SUMMARY_MIN_IDS = 20;
export const SUMMARY_SHARE = 0.8;

const HYPHENATED_PASCAL = /^[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*$/;

/** The message for a header parameter name, or undefined. */
export function headerNameProblem(name: string, dict: CanonicalDictionary): string | undefined {
  const lower = name.toLowerCase();
  if ((dict.naming?.lowercaseHeaders ?? []).some((h) => h.toLowerCase() === lower)) return undefined;
  if (lower.startsWith('x-') && !(dict.naming?.legacyXHeaders ?? []).some((h) => h.toLowerCase() === lower)) {
    return `header ${name} uses the X- prefix, deprecated by RFC 6648: drop it (e.g. ${name.slice(2)})`;
  }
  if (HYPHENATED_PASCAL.test(name)) return undefined;
  const suggestion = splitWords(name).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-');
  return `header ${name} is not Hyphenated-Pascal-Case: use ${suggestion}`;
}

function operationsOf(fnContext: Parameters<typeof lintContextOf>[0]): OperationRef[] {
  const { contract } = lintContextOf(fnContext);
  const model = modelOf(contract);
  if (model.kind === 'openapi') {
    return model.operations.map((o) => ({
      id: o.operationId,
      label: o.kind === 'path' ? `${o.method.toUpperCase()} ${o.path}` : `${o.kind} ${o.method.toUpperCase()} ${o.path}`,
      node: o.node,
    }));
  }
  if (contract.formatId === 'asyncapi2') {
    return model.operations.map((o) => ({ id: o.id, label: `${o.actionSource} ${o.channel.address}`, node: o.node }));
  }
  return model.operations.map((o) => ({ id: o.id, label: `operation ${o.id ?? ''}`, node: o.node }));
}

export default createRulesetFunction<unknown, OperationIdOptions>(
  {
    input: null,
    options: {
      type: 'object',
      properties: { check: { enum: ['presence', 'case'] } },
      required: ['check'],
      additionalProperties: false,
    },
  },
  function namingOperationId(_input, options, fnContext) {
    const { contract } = lintContextOf(fnContext);
    const operations = operationsOf(fnContext);
    const v3Keys = contract.formatId === 'asyncapi3';
    if (options.check === 'presence') {
      const reporter = new Reporter(fnContext);
      const first = new Map<string, OperationRef>();
      for (const operation of operations) {
        if (operation.id === undefined || operation.id === '') {
          reporter.at(operation.node, `${operation.label} has no operationId`);
          continue;
        }
        const earlier = first.get(operation.id);
        if (earlier === undefined) first.set(operation.id, operation);
        else reporter.at(member(operation.node, 'operationId') ?? operation.node, `operationId ${operation.id} is also used by ${earlier.label}: operationIds are unique`);
      }
      return reporter.results;
    }
    const dict = canonicalOf(fnContext);
    const verbs = (dict.naming?.operationVerbs ?? []).map((v) => v.toLowerCase());
    const findings = new FindingSet();
    const named = operations.filter((o): o is OperationRef & { id: string } => o.id !== undefined && o.id !== '');
    // an AsyncAPI 3 operation's id is its key under `operations`
    const atId = (o: OperationRef) => (v3Keys ? o.node : (member(o.node, 'operationId') ?? o.node));
    // a contract that never uses camelCase ids (GitHub's repos/list-for-org) is told once, not per operation
    const notCamel = named.filter((o) => !hasCase(o.id, 'camelCase'));
    const summarize = notCamel.length >= SUMMARY_MIN_IDS && notCamel.length >= SUMMARY_SHARE * named.length;
    if (summarize) {
      const example = notCamel[0]!;
      findings.add(atId(example), 'summary', example.id, () =>
        `operationId ${example.id} and ${notCamel.length - 1} others are not camelCase: this contract does not follow the verb-noun camelCase convention (listOrders, placeOrder)`);
    }
    for (const operation of named) {
      if (summarize && !hasCase(operation.id, 'camelCase')) continue;
      const problem = operationIdCaseProblem(operation.id, verbs);
      if (problem !== undefined) findings.add(atId(operation), 'case', operation.id, () => problem);
    }
    if (modelOf(contract).kind === 'openapi') {
      for (const value of valueViewOf(fnContext).values) {
        if (value.kind !== 'header' || value.in !== 'header' || value.owner !== undefined) continue;
        if (member(value.at, 'in') === undefined) continue; // response headers are named by the map key, judged by the ops rules
        const problem = headerNameProblem(value.name, dict);
        if (problem !== undefined) findings.add(value.at, 'header', value.name, () => problem);
      }
    }
    return findings.results(fnContext);
  },
);
