/** Unit-test helpers for rule functions: load a contract snippet, show violations as plain strings. */
import { expect } from 'vitest';
import type { Contract } from '../../src/document/contract.js';
import { loadContracts } from '../../src/document/load.js';
import { toPointer } from '../../src/document/pointer.js';
import type { Violation } from '../../src/functions/lib/violations.js';
import { buildCanonical, type CanonicalDictionary } from '../../src/lint/canonical.js';
import { tempProject } from '../helpers.js';
import { toYaml, type Doc } from '../rules/governed-contracts.js';

export async function loadContract(doc: Doc | string, files: Record<string, string> = {}): Promise<Contract> {
  const dir = tempProject({ 'api.yaml': typeof doc === 'string' ? doc : toYaml(doc), ...files });
  const { contracts, errors } = await loadContracts(['api.yaml'], { cwd: dir });
  expect(errors).toEqual([]);
  return contracts[0]!;
}

/** `pointer: message`, prefixed with the file when it is not the contract itself. */
export function shown(violations: Violation[]): string[] {
  return violations.map((v) => `${v.at.source.file === 'api.yaml' ? '' : `${v.at.source.file}#`}${toPointer(v.at.path)}: ${v.message}`);
}

/** Pointers only. */
export function pointers(violations: Violation[]): string[] {
  return violations.map((v) => toPointer(v.at.path)).sort();
}

export function dictionary(overrides?: Record<string, unknown>): CanonicalDictionary {
  return buildCanonical(overrides);
}
