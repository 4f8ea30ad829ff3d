import { describe, expect, it } from 'vitest';
import { defaultCanonical } from '../../src/lint/canonical.js';
import { headerNameProblem, operationIdCaseProblem } from '../../src/functions/namingOperationId.js';

const dict = defaultCanonical();
const verbs = dict.naming.operationVerbs;

describe('naming-operation-id-case', () => {
  it.each(['listOrders', 'placeOrder', 'captureBasketPayment', 'redeemPoints', 'getOrderById'])('%s is verb-noun camelCase', (id) => {
    expect(operationIdCaseProblem(id, verbs)).toBeUndefined();
  });
  it('reports case, one-word ids and missing verbs', () => {
    expect(operationIdCaseProblem('GetOrders', verbs)).toBe('operationId GetOrders is not camelCase: use getOrders');
    expect(operationIdCaseProblem('repos/list-for-org', verbs)).toBe('operationId repos/list-for-org is not camelCase: use reposListForOrg');
    expect(operationIdCaseProblem('orders', verbs)).toContain('is one word');
    expect(operationIdCaseProblem('orderPlacement', verbs)).toContain('does not start with a verb');
  });
  it('wants Hyphenated-Pascal-Case headers without new X- prefixes', () => {
    for (const name of ['Idempotency-Key', 'If-Match', 'ETag', 'traceparent', 'Accept-Language', 'X-Forwarded-For']) expect(headerNameProblem(name, dict)).toBeUndefined();
    expect(headerNameProblem('idempotency-key', dict)).toBe('header idempotency-key is not Hyphenated-Pascal-Case: use Idempotency-Key');
    expect(headerNameProblem('X-Store-Id', dict)).toBe('header X-Store-Id uses the X- prefix, deprecated by RFC 6648: drop it (e.g. Store-Id)');
  });
});
