/**
 * Property-based robustness: mutate the example contracts (delete, duplicate, retype and nest nodes,
 * break $refs, hostile keys and text) and require that loading and linting always end in findings or
 * an input error, never a crash, and that the JSON report stays well-formed.
 * Bounded in CI; `npm run fuzz` runs many more cases (FUZZ_RUNS).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/document/errors.js';
import { loadContracts } from '../../src/document/load.js';
import { LintEngine } from '../../src/lint/engine.js';
import { buildRuleset } from '../../src/lint/ruleset-loader.js';
import { loadSettings } from '../../src/lint/settings.js';
import { formatLintReport } from '../../src/report/index.js';
import { diffContracts } from '../../src/diff/engine.js';
import { formatDiffReport } from '../../src/diff/report/index.js';
import { PROJECT_ROOT, tempProject } from '../helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const EXAMPLES = fs.existsSync(path.join(PROJECT_ROOT, 'examples'))
  ? fs.readdirSync(path.join(PROJECT_ROOT, 'examples')).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(PROJECT_ROOT, 'examples', f))
  : [];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const hostileValues: Json[] = [null, 0, -1, 1e308, true, '', 'x'.repeat(2000), '\u001b[2J\u202e', '#/components/schemas/Nope', { $ref: '#/nope' }, { $ref: '../../../../etc/passwd' }, [], {}, [[[[]]]], { __proto__: { x: 1 } } as unknown as Json];
const hostileKeys = ['__proto__', 'constructor', 'prototype', '$ref', 'x-apigov-ignore', '', '/', '~1', 'paths', 'get'];

interface Mutation {
  kind: 'delete' | 'retype' | 'duplicate' | 'nest' | 'break-ref' | 'add-key';
  target: number;
  other: number;
  value: number;
}

const mutation = fc.record<Mutation>({
  kind: fc.constantFrom('delete', 'retype', 'duplicate', 'nest', 'break-ref', 'add-key'),
  target: fc.nat(),
  other: fc.nat(),
  value: fc.nat(),
});

/** Every container node with the key to reach it from its parent. */
function slots(root: Json): Array<[Json[] | Record<string, Json>, string | number]> {
  const out: Array<[Json[] | Record<string, Json>, string | number]> = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Array.isArray(node)) node.forEach((child, i) => { out.push([node, i]); if (child !== null && typeof child === 'object') stack.push(child); });
    else if (node !== null && typeof node === 'object') for (const key of Object.keys(node)) { out.push([node, key]); const child = node[key]!; if (child !== null && typeof child === 'object') stack.push(child); }
  }
  return out;
}

function setOwn(container: Json[] | Record<string, Json>, key: string | number, value: Json): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(root: Json, m: Mutation): void {
  const all = slots(root);
  if (all.length === 0) return;
  const [container, key] = all[m.target % all.length]!;
  const current = (container as Record<string | number, Json>)[key]!;
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
      break;
    case 'retype':
      setOwn(container, key, structuredClone(hostileValues[m.value % hostileValues.length]!));
      break;
    case 'duplicate': {
      const [otherContainer, otherKey] = all[m.other % all.length]!;
      setOwn(otherContainer, otherKey, structuredClone(current));
      break;
    }
    case 'nest':
      setOwn(container, key, m.value % 2 === 0 ? [current] : { nested: current });
      break;
    case 'break-ref': {
      const refs = all.filter(([c, k]) => k === '$ref' && !Array.isArray(c));
      if (refs.length === 0) break;
      const [refContainer] = refs[m.other % refs.length]!;
      setOwn(refContainer, '$ref', ['#/components/schemas/Missing', 'missing.yaml#/X', '/etc/passwd', 'http://127.0.0.1:1/x.yaml', '#', '#/paths', '%%%'][m.value % 7]!);
      break;
    }
    case 'add-key':
      if (!Array.isArray(container) && current !== null && typeof current === 'object' && !Array.isArray(current)) {
        setOwn(current, hostileKeys[m.value % hostileKeys.length]!, structuredClone(hostileValues[m.other % hostileValues.length]!));
      }
      break;
  }
}

describe.skipIf(EXAMPLES.length === 0)('fuzzing the examples', () => {
  let engine: LintEngine;
  beforeAll(async () => {
    const loaded = await buildRuleset(['apigov:retail'], {}, PROJECT_ROOT);
    engine = new LintEngine(loaded.ruleset, loadSettings({}, PROJECT_ROOT), loaded.docsUrls);
  });

  it('lint always ends in findings or an input error, with well-formed JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), async (file, mutations, asJson) => {
        const doc = jsyaml.load(fs.readFileSync(file, 'utf8')) as Json;
        for (const m of mutations) mutate(doc, m);
        const name = asJson ? 'api.json' : 'api.yaml';
        let text: string;
        try {
          text = asJson ? JSON.stringify(doc) : jsyaml.dump(doc, { noRefs: true, lineWidth: -1 });
        } catch {
          return; // a mutation the serializer itself cannot write is not an input apigov can receive
        }
        const dir = tempProject({ [name]: text ?? 'null' });
        const { contracts, errors } = await loadContracts([name], { cwd: dir });
        for (const error of errors) expect(error).toBeInstanceOf(InputError);
        for (const contract of contracts) {
          const findings = await engine.lint(contract);
          const json = formatLintReport('json', { toolVersion: '0', files: 1, findings, rules: [], failSeverity: 'error' }, { color: false, cwd: dir });
          const parsed = JSON.parse(json);
          expect(parsed.findings.length).toBe(findings.length);
        }
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  }, 600_000);

  it('diff of an example against a mutation always ends in changes or an input error, with well-formed JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (file, mutations) => {
        const original = fs.readFileSync(file, 'utf8');
        const doc = jsyaml.load(original) as Json;
        for (const m of mutations) mutate(doc, m);
        let text: string;
        try {
          text = jsyaml.dump(doc, { noRefs: true, lineWidth: -1 });
        } catch {
          return;
        }
        const dir = tempProject({ 'base.yaml': original, 'revision.yaml': text ?? 'null' });
        const base = await loadContracts(['base.yaml'], { cwd: dir });
        const revision = await loadContracts(['revision.yaml'], { cwd: dir });
        for (const error of revision.errors) expect(error).toBeInstanceOf(InputError);
        if (revision.contracts.length === 0) return;
        if (base.contracts[0]!.format !== revision.contracts[0]!.format) return;
        const result = diffContracts(base.contracts[0]!, revision.contracts[0]!);
        const json = formatDiffReport('json', { toolVersion: '0', contracts: [{ ...result, status: 'modified' }], failOn: 'breaking', includeInfo: true, versionCheck: true, multi: false }, { color: false, cwd: dir });
        expect(JSON.parse(json).changes.length).toBe(result.changes.length);
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 2)), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  }, 600_000);
});
