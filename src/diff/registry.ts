/**
 * Every breaking-change check apigov knows, by family. `apigov rules --diff` lists them, every one
 * has a page in docs/checks/<id>.md, and apigov.yaml can change the level of any of them.
 */
import { asyncapiFamily } from './checks/asyncapi.js';
import { lifecycleFamily } from './checks/lifecycle.js';
import { parametersFamily } from './checks/parameters.js';
import { pathsFamily } from './checks/paths.js';
import { requestBodyFamily } from './checks/request-body.js';
import { responsesFamily } from './checks/responses.js';
import { schemaFamily } from './checks/schemas.js';
import { securityFamily } from './checks/security.js';
import type { CheckDefinition, CheckFamily } from './checks/types.js';
import type { Level } from './types.js';

export const FAMILIES: readonly CheckFamily[] = [pathsFamily, parametersFamily, requestBodyFamily, responsesFamily, schemaFamily, securityFamily, lifecycleFamily, asyncapiFamily];

let byId: Map<string, CheckDefinition> | undefined;

/** All checks by id, in family order. */
export function checkRegistry(): ReadonlyMap<string, CheckDefinition> {
  if (byId === undefined) {
    byId = new Map();
    for (const family of FAMILIES) {
      for (const definition of family.definitions) {
        if (byId.has(definition.id)) throw new Error(`duplicate check id ${definition.id}`);
        byId.set(definition.id, definition);
      }
    }
  }
  return byId;
}

export type LevelSetting = Level | 'off';

