/**
 * structure-asyncapi-message-id-unique and structure-asyncapi-operation-id-unique. Ids must name
 * one definition each, compared case-insensitively (generated code and file names collide on case).
 * 2.x: `messageId` / `operationId` (a trait's value wins, as traits apply over the object); a
 * message `$ref`'d from several channels is one definition, not a duplicate.
 * 3.x: the id is the key in `operations`, `components.messages` or a channel's `messages`; one key
 * used for two different message definitions is a duplicate.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { toPointer } from '../document/pointer.js';
import type { NodeLocation, ResolvedNode } from '../document/source.js';
import { lintContextOf } from '../lint/context.js';
import { child, entries, locationKey, member, rootNode } from '../model/located.js';
import { asyncApiModelOf, type AsyncApiModel } from '../model/index.js';
import { rootAndComponentEntries } from './lib/asyncapi-nodes.js';
import { report, type Problem } from './lib/problems.js';

export interface IdUse {
  id: string;
  /** where the id is written (the messageId member, or the map key's member) */
  at: NodeLocation;
  /** identity of the definition it names */
  definition: string;
}

/** Later uses of an id (or a case variant) that name a different definition than the first use. */
export function duplicateIds(uses: readonly IdUse[], what: string): Problem[] {
  const first = new Map<string, IdUse>();
  const problems: Problem[] = [];
  for (const use of uses) {
    const key = use.id.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, use);
      continue;
    }
    if (earlier.definition === use.definition) continue;
    const where = `${earlier.at.source.file === use.at.source.file ? '' : earlier.at.source.file}#${toPointer(earlier.at.path)}`;
    const how = earlier.id === use.id ? `${what} "${use.id}" is also used by` : `${what} "${use.id}" differs only in case from "${earlier.id}" of`;
    problems.push({ at: use.at, message: `${how} ${where}` });
  }
  return problems;
}

/** The member a trait sets last, else the object's own (2.x traits apply over the object). */
function idMember(node: ResolvedNode, traits: readonly ResolvedNode[], key: string): ResolvedNode | undefined {
  for (let i = traits.length - 1; i >= 0; i--) {
    const value = member(traits[i], key);
    if (typeof value?.value === 'string') return value;
  }
  const own = member(node, key);
  return typeof own?.value === 'string' ? own : undefined;
}

export function messageIdUses(model: AsyncApiModel): IdUse[] {
  const { contract } = model;
  if (contract.formatId === 'asyncapi2') {
    return model.messages.flatMap((m) => {
      const at = idMember(m.node, m.traits, 'messageId');
      return at === undefined ? [] : [{ id: at.value as string, at, definition: locationKey(m.node) }];
    });
  }
  const uses: IdUse[] = [];
  const seen = new Set<string>();
  const add = (holder: ResolvedNode | undefined) => {
    for (const [key, message] of entries(contract, holder)) {
      const at = member(holder, key)!;
      if (seen.has(locationKey(at))) continue;
      seen.add(locationKey(at));
      uses.push({ id: key, at, definition: locationKey(message) });
    }
  };
  add(child(contract, child(contract, rootNode(contract), 'components'), 'messages'));
  for (const [, channel] of rootAndComponentEntries(contract, 'channels')) add(child(contract, channel, 'messages'));
  return uses;
}

export function operationIdUses(model: AsyncApiModel): IdUse[] {
  const { contract } = model;
  if (contract.formatId === 'asyncapi2') {
    return model.operations.flatMap((op) => {
      const at = idMember(op.node, op.traits, 'operationId');
      return at === undefined ? [] : [{ id: at.value as string, at, definition: locationKey(op.node) }];
    });
  }
  const operations = child(contract, rootNode(contract), 'operations');
  return entries(contract, operations).map(([key, node]) => ({ id: key, at: member(operations, key)!, definition: locationKey(node) + '#' + key }));
}

function idRule(kind: 'message' | 'operation') {
  return createRulesetFunction<unknown, null>({ input: null, options: null }, function asyncapiIdUnique(_input, _options, fnContext) {
    const model = asyncApiModelOf(lintContextOf(fnContext).contract);
    if (model === undefined) return [];
    const v2 = model.contract.formatId === 'asyncapi2';
    const problems =
      kind === 'message'
        ? duplicateIds(messageIdUses(model), v2 ? 'messageId' : 'message key')
        : duplicateIds(operationIdUses(model), v2 ? 'operationId' : 'operation id');
    return report(fnContext, problems);
  });
}

export const asyncapiMessageIdUnique = idRule('message');
export const asyncapiOperationIdUnique = idRule('operation');
