/** `apigov rules --diff`: the breaking-change checks with their level (after apigov.yaml overrides). */
import { loadConfig } from '../lint/config.js';
import { checkRegistry } from '../diff/registry.js';

export function listDiffChecks(options: { config?: string; format: 'text' | 'json'; all?: boolean }): string {
  const overrides = loadConfig(process.cwd(), options.config).config.diff?.checks ?? {};
  const checks = [...checkRegistry().values()]
    .map((c) => ({ id: c.id, level: Object.hasOwn(overrides, c.id) ? overrides[c.id]! : c.level, defaultLevel: c.level, family: c.family, description: c.description }))
    .filter((c) => options.all || c.level !== 'off');
  if (options.format === 'json') return JSON.stringify({ checks }, null, 2) + '\n';
  const width = Math.max(...checks.map((c) => c.id.length));
  const lines = checks.map((c) => `${c.id.padEnd(width)}  ${c.level.padEnd(8)}  ${c.family.padEnd(12)}  ${c.description}`);
  return `${lines.join('\n')}\n\n${checks.length} checks. Details: apigov explain <check-id>\n`;
}
