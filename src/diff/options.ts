/**
 * How apigov.yaml and the waivers file shape a diff: `diff.checks` levels and waivers over changes.
 * Shared by every command that diffs (diff, catalog --previous), so a change is judged and waived
 * the same way everywhere.
 */
import { InputError } from '../document/errors.js';
import type { DiffConfig } from '../lint/config.js';
import { toWaiver, type WaivableItem, type WaiverMatcher } from '../lint/waivers.js';
import type { DiffOptions } from './engine.js';
import { checkRegistry, type LevelSetting } from './registry.js';
import type { Change } from './types.js';

/** apigov.yaml `diff.checks`, with unknown ids refused so a typo does not silently do nothing. */
export function diffLevels(config: DiffConfig | undefined): Record<string, LevelSetting> {
  const registry = checkRegistry();
  const levels: Record<string, LevelSetting> = Object.create(null) as Record<string, LevelSetting>;
  for (const [id, level] of Object.entries(config?.checks ?? {})) {
    if (!registry.has(id)) throw new InputError('config', `diff.checks: unknown check "${id}" (apigov rules --diff lists them)`);
    levels[id] = level;
  }
  return levels;
}

/**
 * What a waiver is matched against for a change: check id, file (glob), pointer and fingerprint. The
 * contract under change is the revision (a removed node only has a base pointer).
 */
export function waivableChange(change: Change, files: { revisionFile: string }): WaivableItem {
  return { rule: change.checkId, file: files.revisionFile, pointer: (change.revision ?? change.base)?.pointer ?? '', fingerprint: change.fingerprint };
}

/** The diff engine's `waive` option over a waivers file. */
export function waiveWith(waivers: WaiverMatcher): NonNullable<DiffOptions['waive']> {
  return (change, files) => {
    const entry = waivers.match(waivableChange(change, files));
    return entry === undefined ? undefined : toWaiver(entry);
  };
}
