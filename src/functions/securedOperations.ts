/**
 * security-every-operation: every operation has a non-empty effective security requirement.
 * OpenAPI: its own `security`, else the document's; `[]`, or an anonymous `{}` alternative, needs
 * `x-public: true` plus `x-public-reason` on the operation (or its path item). AsyncAPI: the
 * operation's own `security`, else that of every server its channel is available on.
 */
import { createRulesetFunction } from '@stoplight/spectral-core';
import type { Contract } from '../document/contract.js';
import { isRef } from '../document/resolve.js';
import { lintContextOf } from '../lint/context.js';
import { modelOf, type AsyncApiModel, type ContractModel, type OpenApiModel } from '../model/index.js';
import { servedOperations } from './lib/http.js';
import { demandsSecurity, publicWaiver, serversOfChannel } from './lib/security.js';
import { listing, quote, reportViolations, ViolationList, type Violation } from './lib/violations.js';

const WAIVER = 'declare a requirement, or x-public: true with an x-public-reason';
const NO_REASON = 'x-public: true needs an x-public-reason saying why the operation is open';

function checkOpenApi(model: OpenApiModel, list: ViolationList): void {
  for (const operation of servedOperations(model)) {
    const { requirements, declaredAt, own } = operation.security;
    const anonymous = requirements.length === 0 || requirements.some((r) => Object.keys(r).length === 0);
    if (!anonymous) continue;
    const waiver = publicWaiver(operation.node, operation.pathItem);
    if (waiver === 'waived') continue;
    if (waiver === 'no-reason') list.add(operation.node, NO_REASON);
    else if (declaredAt === undefined) list.add(operation.node, `no security requirement: neither the operation nor the document declares security; ${WAIVER}`);
    else if (requirements.length === 0) list.add(operation.node, `${own ? 'security: [] on the operation' : 'the document security: []'} leaves it open; ${WAIVER}`);
    else list.add(operation.node, `security allows anonymous access (an empty {} alternative); ${WAIVER}`);
  }
}

function checkAsyncApi(contract: Contract, model: AsyncApiModel, list: ViolationList): void {
  for (const operation of model.operations) {
    if (demandsSecurity(contract, operation.security)) continue;
    const servers = serversOfChannel(model, operation.channel.servers);
    // a server behind an unresolvable $ref is not judged here (structure-ref-resolvable reports it)
    const open = servers.filter((s) => !isRef(s.node.value) && !demandsSecurity(contract, s.security));
    if (servers.length > 0 && open.length === 0) continue;
    const waiver = publicWaiver(operation.node);
    if (waiver === 'waived') continue;
    if (waiver === 'no-reason') list.add(operation.node, NO_REASON);
    else if (servers.length === 0) list.add(operation.node, 'no security: the operation declares none and the document declares no servers');
    else {
      const names = listing(open.map((s) => quote(s.name, 30)));
      list.add(operation.node, `no security: the operation declares none, and server${open.length > 1 ? 's' : ''} ${names} of its channel declare${open.length > 1 ? '' : 's'} none`);
    }
  }
}

export function checkSecuredOperations(contract: Contract, model: ContractModel): Violation[] {
  const list = new ViolationList();
  if (model.kind === 'openapi') checkOpenApi(model, list);
  else checkAsyncApi(contract, model, list);
  return list.items;
}

export default createRulesetFunction<unknown, null>({ input: null, options: null }, function securedOperations(_input, _options, fnContext) {
  const { contract } = lintContextOf(fnContext);
  return reportViolations(fnContext, checkSecuredOperations(contract, modelOf(contract)));
});
