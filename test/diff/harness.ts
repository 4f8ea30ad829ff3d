/** Diff two contract texts the way the CLI does (parse, resolve, normalize, check), without a process. */
import path from 'node:path';
import { expect } from 'vitest';
import { loadContractText } from '../../src/document/load.js';
import type { Contract } from '../../src/document/contract.js';
import { diffContracts, type DiffOptions } from '../../src/diff/engine.js';
import type { Change, DiffResult, Level } from '../../src/diff/types.js';
import { tempProject, writeFiles } from '../helpers.js';

/** Load contract text as `name` in a temporary project (extra files may be `$ref`'d from it). */
export async function loadText(text: string, name = 'api.yaml', files: Record<string, string> = {}, dir = tempProject()): Promise<Contract> {
  writeFiles(dir, { ...files, [name]: text });
  const contract = await loadContractText(text, { display: name, uri: path.join(dir, name), projectRoot: dir, explicit: true }, { cwd: dir });
  if (contract === undefined) throw new Error('not a contract');
  return contract;
}

export async function diffTexts(base: string, revision: string, options: DiffOptions & { files?: Record<string, string> } = {}): Promise<DiffResult> {
  const dir = tempProject();
  const b = await loadText(base, 'base.yaml', options.files ?? {}, dir);
  const r = await loadText(revision, 'revision.yaml', options.files ?? {}, dir);
  return diffContracts(b, r, options);
}

export function ids(result: DiffResult, level?: Level): string[] {
  return result.changes.filter((c) => level === undefined || c.level === level).map((c) => c.checkId);
}

export function breaking(result: DiffResult): Change[] {
  return result.changes.filter((c) => c.level === 'breaking');
}

/** No breaking change, with the changes in the failure message when there are some. */
export function expectNoBreaking(result: DiffResult): void {
  expect(breaking(result).map((c) => `${c.checkId}: ${c.message}`)).toEqual([]);
}

export function expectChange(result: DiffResult, checkId: string, level?: Level, messagePart?: string): Change {
  const found = result.changes.filter((c) => c.checkId === checkId && (messagePart === undefined || c.message.includes(messagePart)));
  expect(found.map((c) => c.checkId), `expected ${checkId} among: ${result.changes.map((c) => `${c.checkId} (${c.message})`).join('; ')}`).toContain(checkId);
  if (level !== undefined) expect(found[0]!.level).toBe(level);
  return found[0]!;
}
