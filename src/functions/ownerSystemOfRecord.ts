/**
 * owner-system-of-record: `info.x-system-of-record` is a list (possibly empty) of canonical entities
 * (dictionary `entities`) the API is the source of truth for; each one is defined as a schema of the
 * document (components.schemas, Swagger 2.0 definitions), by the same name, ignoring case.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf, type ContractModel } from '../model/index.js';
import { member } from '../model/located.js';
import { dictionaryList } from './lib/dictionary.js';
import { quote, reportViolations, type Violation } from './lib/violations.js';

export function checkOwnerSystemOfRecord(model: ContractModel, dictionary: CanonicalDictionary): Violation[] {
  const info = model.info;
  if (info === undefined) return [];
  const claims = member(info, 'x-system-of-record');
  if (claims === undefined) return [{ at: info, message: 'info.x-system-of-record is missing: list the entities this API is the source of truth for ([] for none)' }];
  if (!Array.isArray(claims.value)) return [{ at: claims, message: `info.x-system-of-record must be a list of entity names, not ${quote(claims.value)}` }];
  const entities = dictionaryList(dictionary, ['entities']);
  const schemaNames = new Set(model.schemas.map(([name]) => name.toLowerCase()));
  const out: Violation[] = [];
  claims.value.forEach((entity, index) => {
    const at = member(claims, index)!;
    if (typeof entity !== 'string' || !entities.includes(entity)) {
      out.push({ at, message: `${quote(entity)} is not a canonical entity (see entities in the canonical dictionary)` });
    } else if (!schemaNames.has(entity.toLowerCase())) {
      out.push({ at, message: `claims ${entity} but defines no ${entity} schema` });
    }
  });
  return out;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function ownerSystemOfRecord(_input, _options, fnContext) {
  return reportViolations(fnContext, checkOwnerSystemOfRecord(modelOf(lintContextOf(fnContext).contract), canonicalOf(fnContext)));
});
