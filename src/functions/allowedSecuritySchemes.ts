/**
 * security-scheme-allowed: every security scheme is OAuth2, OpenID Connect, mutual TLS (`mutualTLS`,
 * AsyncAPI `X509`) or HTTP bearer; AsyncAPI may also use SASL SCRAM-SHA-256/512 or GSSAPI, but only on
 * servers whose transport is TLS. HTTP basic, SASL PLAIN, user/password and API keys in the query are
 * the worst offenders; other API keys are not allowed either. Reported at the scheme's definition.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { getChild } from '../document/pointer.js';
import type { ResolvedNode } from '../document/source.js';
import { canonicalOf, type CanonicalDictionary } from '../lint/canonical.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf, type ContractModel } from '../model/index.js';
import { asyncSchemes, serversUsing, transportOf } from './lib/security.js';
import { listing, quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';

const USE = 'use OAuth2, OpenID Connect, mutual TLS or HTTP bearer';
const SASL_OVER_TLS = new Set(['scramsha256', 'scramsha512', 'gssapi', 'oauthbearer']);

function lower(node: ResolvedNode, key: string): string | undefined {
  const value = getChild(node.value, key);
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

/** Why a scheme is not allowed, or undefined when it is (transport checks aside). */
export function schemeProblem(node: ResolvedNode, isOas2: boolean): string | undefined {
  const type = lower(node, 'type');
  switch (type) {
    case 'oauth2':
    case 'openidconnect':
    case 'mutualtls':
    case 'x509':
      return undefined;
    case 'http': {
      const scheme = lower(node, 'scheme');
      if (scheme === 'bearer') return undefined;
      if (scheme === 'basic') return `HTTP basic sends a reusable password with every request; ${USE}`;
      return `HTTP ${scheme === undefined ? 'without a scheme' : quote(scheme)} is not an allowed scheme; ${USE}`;
    }
    case 'basic':
      return `HTTP basic sends a reusable password with every request; ${USE}`;
    case 'apikey':
    case 'httpapikey': {
      const location = lower(node, 'in');
      if (location === 'query') return `an API key in the query string is logged by CDNs, proxies and gateways; ${USE}`;
      // Swagger 2.0 cannot say "bearer": an Authorization header key is its conventional spelling
      if (isOas2 && location === 'header' && lower(node, 'name') === 'authorization') return undefined;
      const where = location === 'user' || location === 'password' ? ` sent as the ${location}` : location === undefined ? '' : ` in the ${location}`;
      return `a static API key${where} identifies no user and never expires; ${USE}`;
    }
    case 'userpassword':
      return `user/password credentials are reusable secrets; ${USE}, or SASL SCRAM over TLS`;
    case 'plain':
      return 'SASL PLAIN sends the password as written; use SASL SCRAM-SHA-512 or OAUTHBEARER over TLS, or mutual TLS';
    case 'scramsha256':
    case 'scramsha512':
    case 'gssapi':
    case 'oauthbearer':
      return undefined;
    default:
      return `security scheme type ${type === undefined ? '(none)' : quote(getChild(node.value, 'type'))} is not allowed; ${USE}`;
  }
}

export function checkAllowedSecuritySchemes(contract: Contract, model: ContractModel, dictionary: CanonicalDictionary): Violation[] {
  const list = new ViolationList();
  if (model.kind === 'openapi') {
    for (const scheme of model.securitySchemes) {
      const problem = schemeProblem(scheme.node, contract.formatId === 'oas2');
      if (problem !== undefined) list.add(scheme.node, problem);
    }
    return list.items;
  }
  for (const scheme of asyncSchemes(contract, model)) {
    const problem = schemeProblem(scheme.node, false);
    if (problem !== undefined) {
      list.add(scheme.node, problem);
      continue;
    }
    if (!SASL_OVER_TLS.has(scheme.type?.toLowerCase() ?? '')) continue;
    const plaintext = serversUsing(contract, model, scheme).filter((server) => !transportOf(contract, server, dictionary).tls);
    if (plaintext.length > 0) {
      list.add(scheme.node, `SASL ${scheme.type} is used on ${listing(plaintext.map((s) => quote(s.name, 30)))} without TLS; use a TLS protocol such as kafka-secure`);
    }
  }
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function allowedSecuritySchemes(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  return reportViolations(fnContext, checkAllowedSecuritySchemes(contract, modelOf(contract), canonicalOf(fnContext)));
});
