/**
 * version-deprecated-sunset: whatever is `deprecated: true` (an operation, a parameter, a schema or
 * property; in AsyncAPI also a message) declares `x-sunset` (an RFC 3339 date) and its replacement:
 * `x-replaced-by` (an operationId of this document, or a URL), or a description that names it
 * ("use …", "replaced by …", "instead"). `x-sunset` may not precede `x-deprecated-at`.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { getChild, isObject } from '../document/pointer.js';
import { isRef } from '../document/resolve.js';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf, schemaInventoryOf, type ContractModel, type SchemaInventory } from '../model/index.js';
import { child, entries, locationKey, rootNode } from '../model/located.js';
import { dictionaryList } from './lib/dictionary.js';
import { parseRfc3339 } from './lib/rfc3339.js';
import { quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';

type Kind = 'operation' | 'parameter' | 'schema' | 'message';

interface Deprecated {
  node: ResolvedNode;
  kind: Kind;
}

function isDeprecated(node: ResolvedNode | undefined): node is ResolvedNode {
  return node !== undefined && getChild(node.value, 'deprecated') === true;
}

/** Everything marked deprecated, once per definition. */
export function deprecatedNodes(contract: Contract, model: ContractModel, inventory: SchemaInventory): Deprecated[] {
  const out: Deprecated[] = [];
  const seen = new Set<string>();
  const add = (node: ResolvedNode | undefined, kind: Kind) => {
    if (!isDeprecated(node)) return;
    const key = locationKey(node);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ node, kind });
  };
  if (model.kind === 'openapi') {
    for (const operation of model.operations) {
      add(operation.node, 'operation');
      for (const parameter of operation.parameters) add(parameter.node, 'parameter');
      if (operation.requestBody !== undefined && contract.formatId === 'oas2') add(operation.requestBody.node, 'parameter');
    }
    const root = rootNode(contract);
    const shared = contract.formatId === 'oas2' ? child(contract, root, 'parameters') : child(contract, child(contract, root, 'components'), 'parameters');
    for (const [, parameter] of entries(contract, shared)) add(parameter, 'parameter');
  } else {
    for (const operation of model.operations) add(operation.node, 'operation');
    for (const message of model.messages) add(message.node, 'message');
  }
  for (const schema of inventory.schemas) add(schema.node, 'schema');
  // OpenAPI 3.1 allows `deprecated` beside a `$ref`: the property is deprecated, not its target
  for (const property of inventory.properties) if (isRef(property.at.value)) add(property.at, 'schema');
  return out;
}

function replacementPattern(dictionary: CanonicalDictionary): RegExp | undefined {
  const phrases = dictionaryList(dictionary, ['deprecation', 'replacementPhrases']);
  if (phrases.length === 0) return undefined;
  const escaped = phrases.map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'i');
}

function looksLikeUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) || /^[/#.]/.test(value);
}

function operationIds(model: ContractModel): Set<string> {
  const ids = new Set<string>();
  if (model.kind === 'openapi') for (const o of model.operations) if (o.operationId !== undefined) ids.add(o.operationId);
  if (model.kind === 'asyncapi') for (const o of model.operations) if (o.id !== undefined) ids.add(o.id);
  return ids;
}

export function checkDeprecationSunset(contract: Contract, model: ContractModel, inventory: SchemaInventory, dictionary: CanonicalDictionary): Violation[] {
  const list = new ViolationList();
  const names = replacementPattern(dictionary);
  let ids: Set<string> | undefined;
  for (const { node, kind } of deprecatedNodes(contract, model, inventory)) {
    if (!isObject(node.value)) continue;
    const value = node.value;
    const issues: string[] = [];
    const sunsetRaw = value['x-sunset'];
    const sunset = typeof sunsetRaw === 'string' ? parseRfc3339(sunsetRaw) : undefined;
    if (sunsetRaw === undefined) issues.push('no x-sunset date');
    else if (sunset === undefined) issues.push(`x-sunset ${quote(sunsetRaw)} is not an RFC 3339 date`);
    const replacedBy = value['x-replaced-by'];
    if (replacedBy === undefined) {
      const description = value.description;
      if (typeof description !== 'string' || names === undefined || !names.test(description)) issues.push('no x-replaced-by, and the description names no replacement');
    } else if (typeof replacedBy !== 'string' || replacedBy.trim() === '') {
      issues.push('x-replaced-by must name an operationId or a URL');
    } else if (kind === 'operation' && !looksLikeUrl(replacedBy)) {
      ids ??= operationIds(model);
      if (!ids.has(replacedBy)) issues.push(`x-replaced-by ${quote(replacedBy)} is neither a URL nor an operationId of this document`);
    }
    const deprecatedAtRaw = value['x-deprecated-at'];
    if (deprecatedAtRaw !== undefined) {
      const deprecatedAt = typeof deprecatedAtRaw === 'string' ? parseRfc3339(deprecatedAtRaw) : undefined;
      if (deprecatedAt === undefined) issues.push(`x-deprecated-at ${quote(deprecatedAtRaw)} is not an RFC 3339 date`);
      else if (sunset !== undefined && sunset.epochMs < deprecatedAt.epochMs) issues.push(`x-sunset ${quote(sunsetRaw)} is earlier than x-deprecated-at ${quote(deprecatedAtRaw)}`);
    }
    if (issues.length > 0) list.add(node, `deprecated ${kind}: ${issues.join('; ')}`);
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function deprecationSunset(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  return reportViolations(fnContext, checkDeprecationSunset(contract, modelOf(contract), schemaInventoryOf(contract), canonicalOf(fnContext)));
});
