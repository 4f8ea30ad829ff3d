/**
 * security-oauth-scopes: an OAuth2 requirement in force for a served operation lists at least one
 * scope (reported where the requirement is written, so a document-level one is reported once), and
 * every scope an OAuth2 scheme declares is named `<domain>.<resource>.<read|write|admin>`.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { getAtPath, isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { openApiModelOf, type OpenApiModel } from '../model/index.js';
import { child, entries, member } from '../model/located.js';
import { dictionaryPattern } from './lib/dictionary.js';
import { servedOperations } from './lib/http.js';
import { quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';

/** The `scopes` maps of an OAuth2 scheme: Swagger 2.0 has one, OpenAPI 3 one per flow. */
function scopeMaps(contract: Contract, scheme: ResolvedNode): ResolvedNode[] {
  if (contract.formatId === 'oas2') return [child(contract, scheme, 'scopes')].filter((n): n is ResolvedNode => n !== undefined);
  return entries(contract, child(contract, scheme, 'flows')).flatMap(([, flow]) => child(contract, flow, 'scopes') ?? []);
}

export function checkOauthScopes(contract: Contract, model: OpenApiModel, dictionary: CanonicalDictionary): Violation[] {
  const list = new ViolationList();
  const oauth = new Set(model.securitySchemes.filter((s) => s.type?.toLowerCase() === 'oauth2').map((s) => s.name));
  if (oauth.size === 0) return list.items;
  for (const operation of servedOperations(model)) {
    const declared = operation.security.declaredAt;
    if (declared === undefined || !list.firstVisit(declared)) continue;
    const requirements = getAtPath(declared.source.data, declared.path);
    if (!Array.isArray(requirements)) continue;
    requirements.forEach((requirement, index) => {
      if (!isObject(requirement)) return;
      for (const [name, scopes] of Object.entries(requirement)) {
        if (oauth.has(name) && (!Array.isArray(scopes) || scopes.length === 0)) {
          list.add({ source: declared.source, path: [...declared.path, String(index), name] }, `OAuth2 requirement ${quote(name)} lists no scope; name the least privilege the operation needs`);
        }
      }
    });
  }
  const pattern = dictionaryPattern(dictionary, ['security', 'oauthScopePattern']);
  if (pattern === undefined) return list.items;
  for (const scheme of model.securitySchemes) {
    if (!oauth.has(scheme.name)) continue;
    for (const scopes of scopeMaps(contract, scheme.node)) {
      if (!isObject(scopes.value)) continue;
      for (const scope of Object.keys(scopes.value)) {
        if (!pattern.test(scope)) list.add(member(scopes, scope)!, `scope ${quote(scope)} does not match ${pattern.source} (e.g. order.orders.write)`);
      }
    }
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function oauthScopes(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  const model = openApiModelOf(contract);
  return model === undefined ? [] : reportViolations(fnContext, checkOauthScopes(contract, model, canonicalOf(fnContext)));
});
