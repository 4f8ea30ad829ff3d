/**
 * Config `overrides`: severity changes for files matching a glob, optionally below a JSON pointer.
 * Applied to findings, which already name the file where the node is defined, so an override for
 * `schemas/**` reaches findings inside `$ref`'d schema files (Spectral's own overrides do not).
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { isRemote } from '../document/resolve.js';
import type { ConfigOverride } from './config.js';
import type { Finding } from './finding.js';

export function applyOverrides(findings: Finding[], overrides: readonly ConfigOverride[] | undefined, configDir: string, cwd: string): Finding[] {
  if (overrides === undefined || overrides.length === 0) return findings;
  const compiled = overrides.map((o) => ({ ...o, match: picomatch(o.files, { dot: true }) }));
  const out: Finding[] = [];
  for (const finding of findings) {
    if (isRemote(finding.file)) {
      out.push(finding);
      continue;
    }
    const relative = path.relative(configDir, path.resolve(cwd, finding.file)).split(path.sep).join('/');
    let severity: Finding['severity'] | 'off' = finding.severity;
    for (const o of compiled) {
      if (!o.match(relative)) continue;
      if (o.pointer !== undefined && o.pointer !== '' && finding.pointer !== o.pointer && !finding.pointer.startsWith(o.pointer + '/')) continue;
      const setting = o.rules[finding.ruleId];
      if (setting === undefined || setting === true) continue;
      severity = setting === false ? 'off' : setting;
    }
    if (severity === 'off') continue;
    out.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return out;
}
