/**
 * `apigov lint` over an estate holds one parsed contract at a time: lintAll asks for the next
 * contract only once the previous one is linted, and keeps what the baseline needs (the operationIds
 * of each file) instead of the documents.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/document/discover.js';
import type { InputError } from '../../src/document/errors.js';
import { streamContracts } from '../../src/document/load.js';
import { anchorFor } from '../../src/lint/baseline.js';
import { lintAll } from '../../src/lint/lint-all.js';
import { setupLint } from '../../src/lint/setup.js';
import { MINIMAL_CONFIG, minimalOpenApi, tempProject } from '../helpers.js';

describe('lintAll', () => {
  it('lints each contract before the next one is loaded, and keeps operationIds for anchors', async () => {
    const dir = tempProject({
      'apigov.yaml': MINIMAL_CONFIG,
      'a.yaml': minimalOpenApi(),
      'b.yaml': minimalOpenApi().replace('paths: {}', 'paths:\n  /orders:\n    get:\n      operationId: listOrders\n      responses: {"200": {description: ok}}'),
      'notes.yaml': 'title: not a contract\n',
    });
    const setup = await setupLint({ cwd: dir });
    const events: string[] = [];
    const lint = setup.engine.lint.bind(setup.engine);
    setup.engine.lint = async (contract) => {
      events.push(`lint ${path.basename(contract.file)}`);
      return lint(contract);
    };
    const errors: InputError[] = [];
    async function* recorded() {
      for await (const contract of streamContracts(discover(['.'], dir), setup.loadOptions, errors)) {
        events.push(`load ${path.basename(contract.file)}`);
        yield contract;
      }
    }
    const result = await lintAll(recorded(), setup, { waivers: false });
    expect(events).toEqual(['load a.yaml', 'lint a.yaml', 'load b.yaml', 'lint b.yaml']);
    expect(errors).toEqual([]);
    expect(result.contracts).toEqual(['a.yaml', 'b.yaml']);
    expect([...result.checkedFiles].sort()).toEqual(['a.yaml', 'b.yaml']);
    expect(anchorFor(result.anchorData.get('b.yaml'), '/paths/~1orders/get/responses/200')).toBe('op:listOrders/responses/200');
  });
});
