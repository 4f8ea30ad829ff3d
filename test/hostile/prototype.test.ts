import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import { LintEngine } from '../../src/lint/engine.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { loadSettings } from '../../src/lint/settings.js';
import { modelOf, schemaInventoryOf } from '../../src/model/index.js';
import { diffContracts } from '../../src/diff/engine.js';
import { collectContract } from '../../src/catalog/collect.js';
import { buildCanonical } from '../../src/lint/canonical.js';
import { tempProject } from '../helpers.js';

describe('keys such as __proto__ and constructor', () => {
  it('are plain data through loading, the model and linting; no prototype is polluted', async () => {
    const dir = tempProject({
      'api.json': JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'x', version: '1.0.0', ['__proto__']: { polluted: 'info' } },
        paths: { '/__proto__': { get: { operationId: 'constructor', responses: { '200': { description: 'ok' } } } } },
        components: { schemas: { ['__proto__']: { type: 'object', properties: { constructor: { type: 'string' }, ['__proto__']: { type: 'string', polluted: 'schema' } } } } },
      }).replace('"info":{"title":"x","version":"1.0.0"}', '"info":{"title":"x","version":"1.0.0","__proto__":{"polluted":"info"}}'),
      'events.yaml': 'asyncapi: 3.0.0\ninfo: {title: e, version: 1.0.0, __proto__: {polluted: yaml}}\nchannels:\n  __proto__:\n    address: constructor\n    messages:\n      __proto__: {payload: {type: object, properties: {__proto__: {type: string}}}}\n',
    });
    const { contracts, errors } = await loadContracts(['api.json', 'events.yaml'], { cwd: dir });
    expect(errors).toEqual([]);
    const loaded = await buildRuleset(['apigov:retail'], {}, dir);
    const engine = new LintEngine(loaded.ruleset, loadSettings({}, dir), loaded.docsUrls);
    for (const contract of contracts) {
      modelOf(contract);
      schemaInventoryOf(contract);
      await engine.lint(contract);
      diffContracts(contract, contract);
      collectContract(contract, { canonical: buildCanonical(undefined), ruledAreas: [] });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const model = modelOf(contracts[0]!);
    expect(model.kind === 'openapi' && model.operations.map((o) => o.path)).toEqual(['/__proto__']);
    const names = schemaInventoryOf(contracts[0]!).properties.map((p) => p.name).sort();
    expect(names).toEqual(['__proto__', 'constructor']);
  });
});
