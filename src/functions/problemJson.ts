/**
 * errors-problem-json: every 4xx, 5xx and `default` response of a served operation returns
 * `application/problem+json` (RFC 9457). Swagger 2.0 has no per-response media types, so there the
 * operation's `produces` (or the document's) must list it.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { openApiModelOf, type OpenApiModel } from '../model/index.js';
import { member, rootNode } from '../model/located.js';
import { dictionaryList } from './lib/dictionary.js';
import { baseMediaType, errorResponses } from './lib/error-responses.js';
import { listing, reportViolations, ViolationList, type Violation } from './lib/violations.js';

export function checkProblemJson(contract: Contract, model: OpenApiModel, dictionary: CanonicalDictionary): Violation[] {
  const problemTypes = new Set(dictionaryList(dictionary, ['errors', 'problemMediaTypes']).map(baseMediaType));
  const wanted = listing([...problemTypes]);
  const isProblem = (mediaType: string) => problemTypes.has(baseMediaType(mediaType));
  const list = new ViolationList();
  for (const { operation, response } of errorResponses(model)) {
    // HEAD responses never carry a body
    if (operation.method === 'head') continue;
    if (response.content.length === 0) {
      if (list.firstVisit(response.node)) list.add(response.node, `error response has no body; return ${wanted} (RFC 9457)`);
      continue;
    }
    const mediaTypes = response.content.map((m) => m.mediaType);
    if (mediaTypes.some(isProblem)) continue;
    if (contract.formatId === 'oas2') {
      // an empty operation-level list falls back to the document's, as the model does
      const own = member(operation.node, 'produces');
      const produces = own !== undefined && Array.isArray(own.value) && own.value.length > 0 ? own : member(rootNode(contract), 'produces');
      const declared = mediaTypes.filter((m) => m !== '');
      if (produces === undefined || declared.length === 0) list.add(operation.node, `no produces declared for the error responses; declare ${wanted}`);
      else list.add(produces, `produces ${listing(declared)} but not ${wanted}, so error responses are not Problem Details`);
      continue;
    }
    const content = member(response.node, 'content') ?? response.node;
    list.add(content, `error response content is ${listing(mediaTypes)}; use ${wanted} (RFC 9457)`);
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function problemJson(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const model = openApiModelOf(contract);
  return model === undefined ? [] : reportViolations(fnContext, checkProblemJson(contract, model, canonicalOf(fnContext)));
});
