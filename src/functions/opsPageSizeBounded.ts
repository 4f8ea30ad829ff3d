/** ops-page-size-bounded: a page-size parameter is an optional integer with minimum 1, a maximum and a default. */
import type { CanonicalDictionary } from '../lint/canonical.js';
import { effectiveSchema, type OpenApiModel } from '../model/index.js';
import { opsHeuristicsFrom } from './lib/heuristics.js';
import { servedOperations } from './lib/http.js';
import { listing, openApiCheck, type Problem } from './lib/problems.js';
import { wordSet } from './lib/words.js';

export function checkPageSizeBounded(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const names = wordSet(h.pageSizeParameters);
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    for (const param of op.parameters) {
      if (param.in !== 'query' || !names.has(param.name.toLowerCase())) continue;
      const shape = param.schema === undefined ? undefined : effectiveSchema(model.contract, param.schema);
      const faults: string[] = [];
      if (shape === undefined || !shape.types.has('integer')) faults.push('type: integer');
      if (param.required) faults.push('to be optional');
      const minimum = shape?.keyword('minimum');
      if (typeof minimum !== 'number' || minimum < 1) faults.push('minimum: 1');
      if (typeof shape?.keyword('maximum') !== 'number') faults.push('a maximum');
      if (shape?.keyword('default') === undefined) faults.push('a default');
      if (faults.length > 0) {
        problems.push({ at: { source: param.node.source, path: param.node.path }, message: `page-size parameter ${param.name} needs ${listing(faults)}` });
      }
    }
  }
  return problems;
}

export default openApiCheck(checkPageSizeBounded);
