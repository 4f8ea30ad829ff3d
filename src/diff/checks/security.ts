/**
 * Security: what credentials an operation accepts, and what the schemes themselves require.
 *
 * An operation accepts any one of its security alternatives. A caller holding what a base
 * alternative asks for can still call when some revision alternative asks for no other scheme and
 * no other scope. When none does, the requirement grew: a new scheme (or auth where there was none)
 * is `security-requirement-added`, more scopes of the same schemes is `security-scope-added`.
 * Schemes are matched by name, and a renamed scheme with the same definition is the same scheme.
 */
import type { NodeLocation } from '../../document/source.js';
import type { NSecurityScheme, SecurityAlternative } from '../normalize/index.js';
import { openapi } from './examples.js';
import type { ApiDifference, CheckContext, CheckDefinition, CheckFamily } from './types.js';

const loyalty = (security: string, schemes = OAUTH) =>
  openapi(`paths:
  /loyalty/accounts/{accountId}/redemptions:
    post:
      operationId: redeemPoints
${security
  .trim()
  .split('\n')
  .map((l) => '      ' + l)
  .join('\n')}
      parameters:
        - {name: accountId, in: path, required: true, schema: {type: string}}
      responses:
        '201': {description: Points redeemed}
components:
  securitySchemes:
${schemes
  .trim()
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}`);

const OAUTH = `loyaltyAuth:
  type: oauth2
  flows:
    clientCredentials:
      tokenUrl: https://auth.retail.example/token
      scopes:
        loyalty.points.read: Read balances
        loyalty.points.redeem: Redeem points`;
const API_KEY = (name = 'X-Store-Key', location = 'header') => `storeKey:\n  type: apiKey\n  in: ${location}\n  name: ${name}`;

export const definitions: CheckDefinition[] = [
  {
    id: 'security-requirement-added',
    level: 'breaking',
    family: 'security',
    description: 'An operation now requires credentials (a scheme) that existing callers may not have',
    docs: {
      what: 'A caller that satisfied one of the base security alternatives satisfies none in the revision because a scheme was added or replaced (including securing an operation that was open).',
      why: 'Existing tokens and keys get 401: the tills stop redeeming loyalty points until every store is re-provisioned.',
      bad: { base: loyalty('security: []'), revision: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]') },
      good: { base: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]'), revision: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]') },
    },
  },
  {
    id: 'security-scope-added',
    level: 'breaking',
    family: 'security',
    description: 'An operation now requires an OAuth scope that existing tokens may lack',
    docs: {
      what: 'The same schemes are required, but with more scopes than any base alternative asked for.',
      why: 'Tokens issued to existing clients lack the scope and get 403: the partner\'s point redemption stops until they re-consent.',
      bad: { base: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]'), revision: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem, loyalty.points.read]}]') },
      good: { base: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]'), revision: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}, {loyaltyAuth: [loyalty.points.read]}]') },
    },
  },
  {
    id: 'security-requirement-removed',
    level: 'info',
    family: 'security',
    description: 'An operation accepts weaker credentials than before (security removed or an alternative added): review it',
    docs: {
      what: 'The revision accepts callers the base did not: security was removed, or an alternative needs fewer schemes.',
      why: 'Nothing breaks for clients, but the security review must confirm the operation may be called this way (PCI scope, GDPR).',
      bad: { base: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]'), revision: loyalty('security: []') },
      good: { base: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]'), revision: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]\nsummary: Redeem points') },
    },
  },
  {
    id: 'security-scope-removed',
    level: 'info',
    family: 'security',
    description: 'An operation requires fewer OAuth scopes than before: review it',
    docs: {
      what: 'The same schemes are required with fewer scopes.',
      why: 'Nothing breaks, but least privilege is weaker: confirm with the security review.',
      bad: { base: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem, loyalty.points.read]}]'), revision: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]') },
      good: { base: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]'), revision: loyalty('security: [{loyaltyAuth: [loyalty.points.redeem]}]\nsummary: Redeem points') },
    },
  },
  {
    id: 'security-scheme-type-changed',
    level: 'breaking',
    family: 'security',
    description: 'A security scheme changed its type (e.g. apiKey → oauth2)',
    docs: {
      what: 'A security scheme with the same name now has a different `type`.',
      why: 'Every client authenticates the old way and gets 401.',
      bad: { base: loyalty('security: [{storeKey: []}]', API_KEY()), revision: loyalty('security: [{storeKey: []}]', 'storeKey:\n  type: http\n  scheme: bearer') },
      good: { base: loyalty('security: [{storeKey: []}]', API_KEY()), revision: loyalty('security: [{storeKey: []}]', `${API_KEY()}\n  description: Key issued per store`) },
    },
  },
  {
    id: 'security-scheme-changed',
    level: 'breaking',
    family: 'security',
    description: 'A security scheme changed how credentials are passed (apiKey name or location, HTTP scheme, OpenID Connect URL)',
    docs: {
      what: 'The same scheme expects credentials elsewhere: an apiKey in another header or in the query, HTTP `basic` instead of `bearer`, another OpenID Connect discovery URL.',
      why: 'Clients send credentials where the API no longer looks: every store terminal is locked out.',
      bad: { base: loyalty('security: [{storeKey: []}]', API_KEY()), revision: loyalty('security: [{storeKey: []}]', API_KEY('X-Api-Key')) },
      good: { base: loyalty('security: [{storeKey: []}]', API_KEY()), revision: loyalty('security: [{storeKey: []}]', API_KEY('x-store-key')) },
    },
  },
  {
    id: 'security-scheme-flow-changed',
    level: 'warning',
    family: 'security',
    description: 'An OAuth2 flow was removed or its URLs changed',
    docs: {
      what: 'An OAuth2 flow of a scheme was removed, or its authorization, token or refresh URL changed.',
      why: 'Clients fetch tokens from the old URL, or use a flow that is gone; tokens stop being issued when the old endpoint is switched off.',
      bad: { base: loyalty('security: [{loyaltyAuth: []}]'), revision: loyalty('security: [{loyaltyAuth: []}]', OAUTH.replace('auth.retail.example/token', 'login.retail.example/oauth2/token')) },
      good: { base: loyalty('security: [{loyaltyAuth: []}]'), revision: loyalty('security: [{loyaltyAuth: []}]', OAUTH.replace('Read balances', 'Read point balances')) },
    },
  },
];

export const securityFamily: CheckFamily = {
  definitions,
  run(diff, context) {
    const nameOf = diff.schemes.revNameOf;
    for (const { operation, base, rev, at } of operationsOf(diff)) checkRequirements(operation, base, rev, at, nameOf, context);
    // connecting to an AsyncAPI server is secured on the server itself
    if (diff.kind === 'event') {
      for (const { base, rev } of diff.servers.matched) {
        checkRequirements({ key: `server ${rev.name}`, label: `server ${rev.name}` }, base.security.alternatives, rev.security.alternatives, { base: base.security.at, rev: rev.security.at }, nameOf, context);
      }
    }
    for (const { base, rev } of diff.schemes.matched) checkScheme(base, rev, context);
  },
};

function operationsOf(diff: ApiDifference) {
  const out: Array<{ operation: { key: string; label: string }; base: SecurityAlternative[]; rev: SecurityAlternative[]; at: { base: NodeLocation | undefined; rev: NodeLocation | undefined } }> = [];
  for (const m of diff.operations.matched) {
    out.push({ operation: { key: m.key, label: m.rev.label }, base: m.base.security.alternatives, rev: m.rev.security.alternatives, at: { base: m.base.security.at, rev: m.rev.security.at } });
  }
  return out;
}

/** An alternative with its scheme names translated into the other document's names. */
function renamed(alternative: SecurityAlternative, nameOf: Map<string, string>): SecurityAlternative {
  const out: SecurityAlternative = new Map();
  for (const [name, scopes] of alternative) out.set(nameOf.get(name) ?? name, scopes);
  return out;
}

function satisfies(holder: SecurityAlternative, demand: SecurityAlternative, nameOf: Map<string, string>): 'yes' | 'scopes' | 'no' {
  const held = renamed(holder, nameOf);
  let scopesMissing = false;
  for (const [name, scopes] of demand) {
    const have = held.get(name);
    if (have === undefined) return 'no';
    for (const scope of scopes) if (!have.has(scope)) scopesMissing = true;
  }
  return scopesMissing ? 'scopes' : 'yes';
}

function describeAlternative(alternative: SecurityAlternative): string {
  if (alternative.size === 0) return 'no credentials';
  return [...alternative].map(([name, scopes]) => (scopes.size > 0 ? `${name} [${[...scopes].join(', ')}]` : name)).join(' + ');
}

function checkRequirements(
  operation: { key: string; label: string },
  base: SecurityAlternative[],
  rev: SecurityAlternative[],
  at: { base: NodeLocation | undefined; rev: NodeLocation | undefined },
  nameOf: Map<string, string>,
  { report }: CheckContext,
): void {
  const where = { ...(at.base ? { base: at.base } : {}), ...(at.rev ? { revision: at.rev } : {}) };
  for (const alternative of base) {
    const outcomes = rev.map((demand) => satisfies(alternative, demand, nameOf));
    if (outcomes.includes('yes')) continue;
    const now = rev.map(describeAlternative).join(' or ');
    if (outcomes.includes('scopes')) {
      const held = renamed(alternative, nameOf);
      const missing = new Set<string>();
      rev.forEach((demand, i) => {
        if (outcomes[i] !== 'scopes') return;
        for (const [name, scopes] of demand) for (const scope of scopes) if (!held.get(name)?.has(scope)) missing.add(scope);
      });
      report({ checkId: 'security-scope-added', message: `${operation.label}: callers with ${describeAlternative(alternative)} now also need scope ${[...missing].join(', ')}`, operation, ...where, at: `security:${describeAlternative(alternative)}` });
    } else {
      report({ checkId: 'security-requirement-added', message: `${operation.label}: callers with ${describeAlternative(alternative)} are no longer accepted (now: ${now})`, operation, ...where, at: `security:${describeAlternative(alternative)}` });
    }
  }
  const reverse = new Map([...nameOf].map(([b, r]) => [r, b]));
  for (const demand of rev) {
    const outcomes = base.map((old) => satisfies(demand, old, reverse));
    if (outcomes.includes('yes')) continue;
    const detail = `now accepts callers with ${describeAlternative(demand)} (before: ${base.map(describeAlternative).join(' or ')})`;
    const checkId = outcomes.includes('scopes') ? 'security-scope-removed' : 'security-requirement-removed';
    report({ checkId, message: `${operation.label}: ${detail}`, operation, ...where, at: `security-relaxed:${describeAlternative(demand)}` });
  }
}

function checkScheme(base: NSecurityScheme, rev: NSecurityScheme, { report }: CheckContext): void {
  const at = `scheme:${rev.name}`;
  const where = { base: base.node, revision: rev.node };
  if (base.type !== rev.type) {
    report({ checkId: 'security-scheme-type-changed', message: `security scheme '${rev.name}': type changed from ${base.type} to ${rev.type}`, ...where, at });
    return;
  }
  const changes: string[] = [];
  if (base.in !== rev.in) changes.push(`passed in ${base.in ?? 'none'} → ${rev.in ?? 'none'}`);
  if (base.paramName !== rev.paramName) changes.push(`name ${base.paramName ?? 'none'} → ${rev.paramName ?? 'none'}`);
  if (base.scheme !== rev.scheme) changes.push(`HTTP scheme ${base.scheme ?? 'none'} → ${rev.scheme ?? 'none'}`);
  if (base.openIdConnectUrl !== rev.openIdConnectUrl) changes.push(`OpenID Connect URL ${base.openIdConnectUrl ?? 'none'} → ${rev.openIdConnectUrl ?? 'none'}`);
  if (changes.length > 0) report({ checkId: 'security-scheme-changed', message: `security scheme '${rev.name}': ${changes.join('; ')}`, ...where, at });
  const flowChanges: string[] = [];
  for (const [name, flow] of base.flows) {
    const other = rev.flows.get(name);
    if (other === undefined) {
      flowChanges.push(`flow ${name} removed`);
      continue;
    }
    for (const url of ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const) {
      if (flow[url] !== other[url]) flowChanges.push(`${name} ${url} ${flow[url] ?? 'none'} → ${other[url] ?? 'none'}`);
    }
  }
  if (flowChanges.length > 0) report({ checkId: 'security-scheme-flow-changed', message: `security scheme '${rev.name}': ${flowChanges.join('; ')}`, ...where, at: `${at}:flows` });
}
