/** Config `overrides` apply where the node is defined, including `$ref`'d files (Spectral's do not). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers.js';

const api = `openapi: 3.0.3
info: {title: Orders, version: 1.0.0, x-owner: team-orders}
paths:
  /orders:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: 'shared/order.yaml#/Order'}
`;
const order = `Order:
  type: object
  properties:
    custId: {type: string, maxLength: 36}
`;

function findings(dir: string) {
  const result = runCli(['lint', 'contracts/orders.yaml', '-f', 'json'], { cwd: dir });
  return (JSON.parse(result.stdout).findings as Array<{ ruleId: string; severity: string; file: string }>).filter((f) => f.ruleId === 'ids-canonical-names');
}

describe('overrides', () => {
  it('reach findings inside a $ref\'d file, by that file\'s glob', () => {
    const plain = tempProject({ 'contracts/orders.yaml': api, 'contracts/shared/order.yaml': order });
    expect(findings(plain)).toEqual([expect.objectContaining({ severity: 'error', file: path.join('contracts', 'shared', 'order.yaml') })]);

    const overridden = tempProject({
      'contracts/orders.yaml': api,
      'contracts/shared/order.yaml': order,
      'apigov.yaml': "overrides:\n  - files: ['contracts/shared/**']\n    rules:\n      ids-canonical-names: warn\n",
    });
    expect(findings(overridden)).toEqual([expect.objectContaining({ severity: 'warn', file: path.join('contracts', 'shared', 'order.yaml') })]);

    const byPointer = tempProject({
      'contracts/orders.yaml': api,
      'contracts/shared/order.yaml': order,
      'apigov.yaml': "overrides:\n  - files: ['contracts/shared/order.yaml']\n    pointer: /Order/properties\n    rules:\n      ids-canonical-names: off\n",
    });
    expect(findings(byPointer)).toEqual([]);
  });
});
