/**
 * structure-asyncapi-message-examples: each message example's `payload` and `headers` are valid
 * against the message's payload and headers schemas (traits merged: in 2.x traits are applied over
 * the message, in 3.x the message's own values win). Non-JSON-Schema payloads are not judged.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { getChild, hasChild, isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { lintContextOf } from '../lint/context.js';
import { child, items, locationKey } from '../model/located.js';
import { asyncApiModelOf, type AsyncApiModel, type Message } from '../model/index.js';
import { validatorFor } from './asyncapiSchemaValues.js';
import { hasOpaquePayload, jsonPayload, messageLabel } from './lib/messages.js';
import { report, type Problem } from './lib/problems.js';
import type { SchemaValueValidator } from './lib/schema-values.js';

/** RFC 7386 merge of two plain JSON values (patch wins; null removes). */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value === null) delete out[key];
    else Object.defineProperty(out, key, { value: mergePatch(getChild(out, key), value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function headerCheck(model: AsyncApiModel, validator: SchemaValueValidator, message: Message, value: unknown): string | undefined {
  const { contract } = model;
  const own = child(contract, message.node, 'headers');
  const fromTraits = message.traits.map((t) => child(contract, t, 'headers')).filter((h): h is ResolvedNode => h !== undefined);
  if (own === undefined && fromTraits.length === 0) return undefined;
  if (fromTraits.length === 0) return validator.check(own!, value);
  if (own === undefined && fromTraits.length === 1) return validator.check(fromTraits[0]!, value);
  const build = () => {
    const inline = (n: ResolvedNode) => validator.inline(n, new Set(), 0);
    const traits = fromTraits.map(inline);
    const ownCopy = own === undefined ? undefined : inline(own);
    // 2.x: traits are merged onto the message; 3.x: the message's own definition takes precedence
    const layers = contract.formatId === 'asyncapi2' ? [ownCopy, ...traits] : [...traits, ownCopy];
    return layers.reduce<unknown>((acc, layer) => (layer === undefined ? acc : mergePatch(acc, layer)), {});
  };
  return validator.checkBuilt(`${locationKey(message.node)}#merged-headers`, build, value);
}

export function checkMessageExamples(model: AsyncApiModel, validator: SchemaValueValidator): Problem[] {
  const { contract } = model;
  const problems: Problem[] = [];
  for (const message of model.messages) {
    const payload = jsonPayload(message);
    const opaque = hasOpaquePayload(message);
    for (const holder of [message.node, ...message.traits]) {
      items(contract, child(contract, holder, 'examples')).forEach((example) => {
        if (!isObject(example.value)) return;
        const label = `example${typeof example.value.name === 'string' ? ` "${example.value.name}"` : ''} of message ${messageLabel(message)}`;
        if (hasChild(example.value, 'payload') && payload !== undefined && !opaque) {
          const reason = validator.check(payload, getChild(example.value, 'payload'));
          if (reason !== undefined) problems.push({ at: { source: example.source, path: [...example.path, 'payload'] }, message: `payload of ${label} is not valid against the payload schema: ${reason}` });
        }
        if (hasChild(example.value, 'headers')) {
          const reason = headerCheck(model, validator, message, getChild(example.value, 'headers'));
          if (reason !== undefined) problems.push({ at: { source: example.source, path: [...example.path, 'headers'] }, message: `headers of ${label} are not valid against the headers schema: ${reason}` });
        }
      });
    }
  }
  return problems;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function asyncapiMessageExamples(_input, _options, fnContext) {
  const context = lintContextOf(fnContext);
  const model = asyncApiModelOf(context.contract);
  return model === undefined ? [] : report(fnContext, checkMessageExamples(model, validatorFor(context)));
});
