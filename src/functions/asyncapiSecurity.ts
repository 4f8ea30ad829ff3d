/**
 * structure-asyncapi-security (AsyncAPI 3): every entry of a server's, operation's or operation
 * trait's `security` is a Security Scheme (inline or `$ref`), not a 2.x-style `{name: [scopes]}`
 * requirement, and the `scopes` an OAuth2 scheme asks for are among its flows' `availableScopes`.
 */
import { getChild, isObject } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { child, entries, items, locationKey } from '../model/located.js';
import type { AsyncApiModel } from '../model/index.js';
import { componentEntries, rootAndComponentEntries, uniqueNodes } from './lib/asyncapi-nodes.js';
import { asyncApiCheck, type Problem } from './lib/problems.js';

/** Security Scheme types of AsyncAPI 3 (Security Scheme Object `type`). */
const SCHEME_TYPES = new Set(['userPassword', 'apiKey', 'X509', 'symmetricEncryption', 'asymmetricEncryption', 'httpApiKey', 'http', 'oauth2', 'openIdConnect', 'plain', 'scramSha256', 'scramSha512', 'gssapi']);

function securityHolders(model: AsyncApiModel): ResolvedNode[] {
  const { contract } = model;
  const operations = rootAndComponentEntries(contract, 'operations').map(([, o]) => o);
  return uniqueNodes([
    ...rootAndComponentEntries(contract, 'servers').map(([, s]) => s),
    ...operations,
    ...operations.flatMap((o) => items(contract, child(contract, o, 'traits'))),
    ...componentEntries(contract, 'operationTraits').map(([, t]) => t),
  ]);
}

function availableScopes(model: AsyncApiModel, scheme: ResolvedNode): Set<string> {
  const scopes = new Set<string>();
  for (const [, flow] of entries(model.contract, child(model.contract, scheme, 'flows'))) {
    const available = getChild(flow.value, 'availableScopes');
    if (isObject(available)) for (const name of Object.keys(available)) scopes.add(name);
  }
  return scopes;
}

export function checkSecurity(model: AsyncApiModel): Problem[] {
  if (model.contract.formatId !== 'asyncapi3') return [];
  const { contract } = model;
  const problems: Problem[] = [];
  const schemes = new Map<string, ResolvedNode>();
  for (const holder of securityHolders(model)) {
    const security = child(contract, holder, 'security');
    for (const [i, entry] of items(contract, security).entries()) {
      const written = { source: security!.source, path: [...security!.path, String(i)] };
      if (!isObject(entry.value) || typeof entry.value.type !== 'string' || !SCHEME_TYPES.has(entry.value.type)) {
        const looksV2 = isObject(entry.value) && Object.values(entry.value).every(Array.isArray) && Object.keys(entry.value).length > 0;
        problems.push({
          at: written,
          message: looksV2
            ? 'AsyncAPI 3 security lists Security Scheme objects or $refs to them, not {name: [scopes]} requirements'
            : 'security entry is not a Security Scheme object (no Security Scheme type such as oauth2, scramSha512 or X509)',
        });
        continue;
      }
      schemes.set(locationKey(entry), entry);
    }
  }
  for (const scheme of schemes.values()) {
    if (getChild(scheme.value, 'type') !== 'oauth2') continue;
    const wanted = getChild(scheme.value, 'scopes');
    if (!Array.isArray(wanted)) continue;
    const available = availableScopes(model, scheme);
    wanted.forEach((scope, i) => {
      if (typeof scope === 'string' && !available.has(scope)) {
        problems.push({ at: { source: scheme.source, path: [...scheme.path, 'scopes', String(i)] }, message: `scope ${scope} is not among the availableScopes of the scheme's flows (${[...available].join(', ') || 'none'})` });
      }
    });
  }
  return problems;
}

export default asyncApiCheck((model) => checkSecurity(model));
