/**
 * security-no-sensitive-in-url: no path or query parameter is named after a credential or personal
 * datum from the dictionary's `sensitiveParameters` (email, password, cardNumber, …). Names compare
 * whole, ignoring case, `_` and `-` (`card_number` is `cardNumber`); `pageToken` is not `token`.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { openApiModelOf, type OpenApiModel } from '../model/index.js';
import { normalizeName } from './lib/dictionary.js';
import { quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';

export function checkSensitiveUrlParameters(model: OpenApiModel, dictionary: CanonicalDictionary): Violation[] {
  const sensitive = new Map<string, string>();
  for (const name of Array.isArray(dictionary.sensitiveParameters) ? dictionary.sensitiveParameters : []) {
    if (typeof name === 'string') sensitive.set(normalizeName(name), name);
  }
  const list = new ViolationList();
  for (const operation of model.operations) {
    // a webhook's URL belongs to the consumer
    if (operation.kind === 'webhook') continue;
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      const match = sensitive.get(normalizeName(parameter.name));
      if (match === undefined || !list.firstVisit(parameter.node)) continue;
      const alias = match === parameter.name ? '' : ` (${match})`;
      list.add(parameter.node, `${parameter.in} parameter ${quote(parameter.name)}${alias} puts sensitive data in the URL, which CDNs and gateways log; send it in the request body or a header`);
    }
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function sensitiveUrlParameters(_input, _options, fnContext) {
  const model = openApiModelOf(lintContextOf(fnContext).contract);
  return model === undefined ? [] : reportViolations(fnContext, checkSensitiveUrlParameters(model, canonicalOf(fnContext)));
});
