/**
 * Data the rule functions read (the canonical dictionary and heuristics), merged from the shipped
 * defaults and apigov.yaml. Kept apart from the ruleset so a team can adapt names and patterns
 * without rewriting rules.
 */
import { buildCanonical } from './canonical.js';
import type { ApigovConfig } from './config.js';
import type { LintSettings } from './context.js';

export function loadSettings(config: ApigovConfig, configDir: string): LintSettings {
  return { configDir, canonical: buildCanonical(config.canonical) };
}
