/** ops-collection-envelope: a collection's 200 body is an object (items plus page metadata), not a bare array. */
import type { CanonicalDictionary } from '../lint/canonical.js';
import type { OpenApiModel } from '../model/index.js';
import { collectionShapeOf } from './lib/collections.js';
import { opsHeuristicsFrom } from './lib/heuristics.js';
import { responseLocation, servedOperations } from './lib/http.js';
import { openApiCheck, type Problem } from './lib/problems.js';

export function checkCollectionEnvelope(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    const shape = collectionShapeOf(model.contract, op, h);
    if (shape?.kind !== 'array') continue;
    problems.push({ at: responseLocation(shape.response), message: 'collection response is a top-level array: wrap it in an object with items and paging members' });
  }
  return problems;
}

export default openApiCheck(checkCollectionEnvelope);
