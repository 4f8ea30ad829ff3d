import { describe, expect, it } from 'vitest';
import { isCreateOperation, isReadOnlyPost } from '../../../src/functions/lib/creates.js';
import { opsHeuristicsFrom } from '../../../src/functions/lib/heuristics.js';
import { dictionary, openApi } from '../fixtures.js';

const doc = `openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /orders:
    post: {operationId: placeOrder, responses: {'200': {description: ok}}}
  /returns:
    post: {responses: {'201': {description: created}}}
  /payments/{paymentId}/capture:
    post: {responses: {'200': {description: ok}}}
  /v1/charges/{charge}/refunds:
    post: {operationId: PostChargesChargeRefunds, responses: {'200': {description: ok}}}
  /loyalty/points:
    post: {summary: Earns points for a purchase, responses: {'200': {description: ok}}}
  /products/search:
    post: {responses: {'201': {description: a saved search}}}
  /orders:search:
    post: {responses: {'200': {description: ok}}}
  /stock/query:
    post: {operationId: createStockQuery, responses: {'200': {description: ok}}}
  /prices/calculate:
    post: {summary: Calculate basket prices, responses: {'200': {description: ok}}}
  /orders/{orderId}:
    post: {operationId: PostOrdersOrder, description: <p>Updates an order.</p>, responses: {'200': {description: ok}}}
  /orders/{orderId}/notes:
    get: {operationId: createNotesReport, responses: {'200': {description: ok}}}
  /carts/{cartId}:place:
    post: {responses: {'200': {description: ok}}}
`;

describe('isCreateOperation', () => {
  it('recognises creates by 201, verb in operationId, summary, description or action segment', async () => {
    const model = await openApi(doc);
    const h = opsHeuristicsFrom(dictionary());
    const creates = model.operations.filter((op) => isCreateOperation(op, h)).map((op) => op.path);
    expect(creates).toEqual(['/orders', '/returns', '/payments/{paymentId}/capture', '/v1/charges/{charge}/refunds', '/loyalty/points', '/carts/{cartId}:place']);
  });

  it('never treats search, query or calculation POSTs as creates', async () => {
    const model = await openApi(doc);
    const h = opsHeuristicsFrom(dictionary());
    const readOnly = model.operations.filter((op) => op.method === 'post' && isReadOnlyPost(op, h)).map((op) => op.path);
    expect(readOnly).toEqual(['/products/search', '/orders:search', '/stock/query', '/prices/calculate']);
  });

  it('takes its verbs from the dictionary', async () => {
    const model = await openApi(doc);
    const h = opsHeuristicsFrom(dictionary({ creates: { verbs: ['cancel'] } }));
    expect(model.operations.filter((op) => isCreateOperation(op, h)).map((op) => op.path)).toEqual(['/returns']);
  });
});
