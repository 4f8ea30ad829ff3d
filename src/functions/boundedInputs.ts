/**
 * security-bounded-inputs: every schema a client sends (request bodies and parameters, through every
 * `$ref`) bounds its size: strings have `maxLength`, arrays `maxItems`, integers a minimum and a
 * maximum. Inherently bounded values pass: `enum`/`const`, fixed-size formats (date-time, uuid, …
 * from the dictionary), anchored patterns without open-ended repetition, and `readOnly` members.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { isObject } from '../document/pointer.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { effectiveSchema, schemaInventoryOf, type SchemaInventory } from '../model/index.js';
import { dictionaryList } from './lib/dictionary.js';
import { listing, reportViolations, ViolationList, type Violation } from './lib/violations.js';

/** `^[A-Z]{3}$` bounds a string; `^[a-z]+$` or an unanchored pattern does not. */
export function isBoundedPattern(pattern: unknown): boolean {
  if (typeof pattern !== 'string') return false;
  const plain = pattern.replace(/\\./g, 'x');
  return plain.startsWith('^') && plain.endsWith('$') && !/[*+]|\{\d*,\}/.test(plain);
}

function typesOf(value: Record<string, unknown>): string[] {
  return typeof value.type === 'string' ? [value.type] : Array.isArray(value.type) ? value.type.filter((t): t is string => typeof t === 'string') : [];
}

export function checkBoundedInputs(contract: Contract, inventory: SchemaInventory, dictionary: CanonicalDictionary): Violation[] {
  const boundedFormats = new Set(dictionaryList(dictionary, ['security', 'boundedStringFormats']));
  const list = new ViolationList();
  for (const schema of inventory.schemas) {
    if (!schema.usages.has('request')) continue;
    const value = schema.node.value;
    if (!isObject(value) || value.readOnly === true || 'const' in value || Array.isArray(value.enum)) continue;
    const types = typesOf(value);
    if (!types.some((t) => t === 'string' || t === 'array' || t === 'integer')) continue;
    // constraints may sit in allOf parts
    const keyword = Array.isArray(value.allOf) ? effectiveSchema(contract, schema.node).keyword : (name: string) => value[name];
    const has = (name: string) => keyword(name) !== undefined;
    if (types.includes('string') && !has('maxLength')) {
      const format = keyword('format');
      if (!(typeof format === 'string' && boundedFormats.has(format)) && !isBoundedPattern(keyword('pattern'))) list.add(schema.node, 'request string has no maxLength');
    }
    if (types.includes('array') && !has('maxItems')) list.add(schema.node, 'request array has no maxItems');
    if (types.includes('integer')) {
      const lacks = [has('minimum') || typeof keyword('exclusiveMinimum') === 'number' ? '' : 'minimum', has('maximum') || typeof keyword('exclusiveMaximum') === 'number' ? '' : 'maximum'].filter((x) => x !== '');
      if (lacks.length > 0) list.add(schema.node, `request integer has no ${listing(lacks)}`);
    }
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function boundedInputs(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  return reportViolations(fnContext, checkBoundedInputs(contract, schemaInventoryOf(contract), canonicalOf(fnContext)));
});
