/** Load a contract snippet and build its model, for unit tests of rule functions and helpers. */
import { expect } from 'vitest';
import { loadContracts } from '../../src/document/load.js';
import type { Contract } from '../../src/document/contract.js';
import { buildCanonical, type CanonicalDictionary } from '../../src/lint/canonical.js';
import { asyncApiModelOf, openApiModelOf, type AsyncApiModel, type OpenApiModel } from '../../src/model/index.js';
import { toPointer } from '../../src/document/pointer.js';
import type { Problem } from '../../src/functions/lib/problems.js';
import { tempProject } from '../helpers.js';

export async function loadContract(text: string, files: Record<string, string> = {}, file = 'api.yaml'): Promise<Contract> {
  const dir = tempProject({ [file]: text, ...files });
  const { contracts, errors } = await loadContracts([file], { cwd: dir });
  expect(errors).toEqual([]);
  return contracts[0]!;
}

export async function openApi(text: string, files: Record<string, string> = {}): Promise<OpenApiModel> {
  const model = openApiModelOf(await loadContract(text, files));
  expect(model).toBeDefined();
  return model!;
}

export async function asyncApi(text: string, files: Record<string, string> = {}): Promise<AsyncApiModel> {
  const model = asyncApiModelOf(await loadContract(text, files));
  expect(model).toBeDefined();
  return model!;
}

/** The shipped dictionary, or it merged with an apigov.yaml `canonical:` section. */
export function dictionary(overrides?: Record<string, unknown>): CanonicalDictionary {
  return buildCanonical(overrides);
}

/** Problems as `pointer: message` lines, sorted, for compact assertions. */
export function pointers(problems: readonly Problem[]): string[] {
  return problems.map((p) => toPointer(p.at.path)).sort();
}
