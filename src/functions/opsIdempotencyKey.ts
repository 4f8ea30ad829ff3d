/**
 * ops-idempotency-key: creating POSTs and every PATCH accept an `Idempotency-Key` header (a string
 * with maxLength), required where the domain handles money or orders (order, payment, loyalty).
 */
import type { CanonicalDictionary } from '../lint/canonical.js';
import { effectiveSchema, type OpenApiModel, type Operation } from '../model/index.js';
import { isCreateOperation } from './lib/creates.js';
import { opsHeuristicsFrom } from './lib/heuristics.js';
import { domainOf, headerParameter, operationLocation, servedOperations, upperMethod } from './lib/http.js';
import { listing, openApiCheck, type Problem } from './lib/problems.js';
import { wordSet } from './lib/words.js';

/** An idempotency key sent in the body instead (Square's `idempotency_key`), named in the message. */
function bodyKeyMember(model: OpenApiModel, op: Operation): string | undefined {
  for (const media of op.requestBody?.content ?? []) {
    if (media.schema === undefined) continue;
    for (const name of effectiveSchema(model.contract, media.schema).properties.keys()) {
      if (/^idempotency[-_]?key$/i.test(name)) return name;
    }
  }
  return undefined;
}

export function checkIdempotencyKey(model: OpenApiModel, dictionary: CanonicalDictionary): Problem[] {
  const h = opsHeuristicsFrom(dictionary);
  const requiredDomains = wordSet(h.idempotencyRequiredDomains);
  const problems: Problem[] = [];
  for (const op of servedOperations(model)) {
    const isPatch = op.method === 'patch';
    if (!isPatch && !isCreateOperation(op, h)) continue;
    const domain = domainOf(model, op);
    const mustRequire = domain !== undefined && requiredDomains.has(domain.toLowerCase());
    const header = headerParameter(op, h.idempotencyHeader);
    if (header === undefined) {
      const need = mustRequire ? `a required ${h.idempotencyHeader} header (domain ${domain})` : `an ${h.idempotencyHeader} header`;
      const what = isPatch ? `PATCH ${op.path}` : `${upperMethod(op)} ${op.path} (a create: 201 or a create verb)`;
      const body = bodyKeyMember(model, op);
      const note = body === undefined ? '' : ` (the body member ${body} does not let gateways and retries deduplicate)`;
      problems.push({ at: operationLocation(op), message: `${what} must accept ${need}${note}` });
      continue;
    }
    const faults: string[] = [];
    if (mustRequire && !header.required) faults.push(`required: true (domain ${domain})`);
    const shape = header.schema === undefined ? undefined : effectiveSchema(model.contract, header.schema);
    if (shape === undefined || !shape.types.has('string') || shape.types.size > 1) faults.push('type: string');
    if (typeof shape?.keyword('maxLength') !== 'number') faults.push('maxLength');
    if (faults.length > 0) {
      problems.push({ at: { source: header.node.source, path: header.node.path }, message: `${h.idempotencyHeader} header needs ${listing(faults)}` });
    }
  }
  return problems;
}

export default openApiCheck(checkIdempotencyKey);
