/**
 * Output of `apigov check`. Machine formats (sarif, github) reuse the lint reporters: new findings,
 * breaking changes, estate findings and freeze violations all become findings with a rule or check
 * id and a location. Markdown is a ready pull-request comment; json the full result.
 */
import { escapeControl } from '../document/errors.js';
import { LEVEL_SEVERITY } from '../diff/types.js';
import { fails, shown } from '../diff/report/types.js';
import { activeFindings, countBySeverity, meetsThreshold, type Finding, type Severity } from '../lint/finding.js';
import { formatLintReport } from '../report/index.js';
import { inlineText } from '../report/markdown.js';
import { plural } from '../report/summary.js';
import type { FormatOptions, RuleMeta } from '../report/types.js';
import type { CheckedChange, CheckReport, Consumer } from './types.js';

import type { CheckFormat } from './formats.js';
import { primaryLocation } from '../catalog/estate.js';

/** The changes a run shows: info only on request, waived ones marked. */
const shownChanges = (report: CheckReport, changes: readonly CheckedChange[]): CheckedChange[] => shown(report, changes, true);

/** Why the gate fails, one line each; empty when it passes. */
export function failureReasons(report: CheckReport): string[] {
  const reasons: string[] = [];
  const findings = report.contracts.flatMap((c) => activeFindings(c.newFindings)).filter((f) => meetsThreshold(f.severity, report.failSeverity));
  if (findings.length > 0) reasons.push(`${plural(findings.length, 'new lint finding')} at or above ${report.failSeverity}`);
  const failing = report.contracts.flatMap((c) => c.changes.filter((ch) => fails(report, ch)));
  if (failing.length > 0) reasons.push(`${plural(failing.length, `${report.failOn === 'breaking' ? 'breaking' : `${report.failOn}-level`} change`)}`);
  if (report.versionCheck) {
    // a change that needs no bump is not held back by a legacy, non-semver version (version-semver reports that)
    for (const c of report.contracts) if (c.version !== null && !c.version.ok && c.version.requiredBump !== 'none') reasons.push(`${c.path}: ${c.version.reason ?? 'version does not meet the required bump'}`);
  }
  const estate = report.estateFindings.filter((f) => meetsThreshold(f.severity, report.failSeverity));
  if (estate.length > 0) reasons.push(`${plural(estate.length, 'new estate problem')}`);
  const freeze = report.freeze.filter((f) => f.waived === undefined);
  if (freeze.length > 0) reasons.push(`${plural(freeze.length, 'change')} blocked by a change freeze`);
  return reasons;
}

export function checkFails(report: CheckReport): boolean {
  return failureReasons(report).length > 0;
}

function consumersText(consumers: readonly Consumer[]): string {
  return consumers.map((c) => `${c.apiId}${c.owner ? ` (${c.owner})` : ''}`).join(', ');
}

/** Everything the gate reports, as findings (for SARIF and workflow annotations). */
export function asFindings(report: CheckReport): Finding[] {
  const out: Finding[] = [];
  for (const contract of report.contracts) {
    for (const f of contract.newFindings) out.push(f);
    for (const change of shownChanges(report, contract.changes)) {
      const at = change.revision ?? change.base;
      const consumers = change.consumers.length > 0 ? ` (consumers: ${consumersText(change.consumers)})` : '';
      const finding: Finding = {
        ruleId: change.checkId,
        severity: LEVEL_SEVERITY[change.level],
        message: `${change.message}${consumers}`,
        file: at?.file ?? contract.path,
        pointer: at?.pointer ?? '',
        line: at?.line ?? 1,
        column: at?.column ?? 1,
      };
      if (change.waived !== undefined) finding.waived = change.waived;
      out.push(finding);
    }
  }
  for (const estate of report.estateFindings) {
    const at = primaryLocation(estate);
    out.push({ ruleId: estate.ruleId, severity: estate.severity, message: estate.message, file: at?.file ?? '', pointer: at?.pointer ?? '', line: 1, column: 1 });
  }
  for (const freeze of report.freeze) {
    const finding: Finding = { ruleId: freeze.ruleId, severity: 'error', message: freeze.message, file: freeze.file, pointer: '', line: 1, column: 1 };
    if (freeze.waived !== undefined) finding.waived = freeze.waived;
    out.push(finding);
  }
  return out;
}

export function formatCheckReport(format: CheckFormat, report: CheckReport, options: FormatOptions, rules: RuleMeta[]): string {
  switch (format) {
    case 'json':
      return JSON.stringify(checkJson(report), null, 2) + '\n';
    case 'markdown':
      return checkMarkdown(report);
    case 'text':
      return checkText(report, options);
    default:
      return formatLintReport(format, { toolVersion: report.toolVersion, files: report.contracts.length, findings: asFindings(report), rules, failSeverity: report.failSeverity }, options);
  }
}

function changeJson(change: CheckedChange): Record<string, unknown> {
  return {
    checkId: change.checkId,
    level: change.level,
    message: change.message,
    ...(change.operation !== undefined ? { operation: change.operation } : {}),
    ...(change.base ? { basePointer: change.base.pointer } : {}),
    ...(change.revision ? { revisionPointer: change.revision.pointer } : {}),
    fingerprint: change.fingerprint,
    consumers: change.consumers,
    ...(change.waived !== undefined ? { waived: change.waived } : {}),
  };
}

export function checkJson(report: CheckReport): Record<string, unknown> {
  const findings = report.contracts.flatMap((c) => activeFindings(c.newFindings));
  const counts = countBySeverity(findings);
  return {
    failed: checkFails(report),
    reasons: failureReasons(report),
    base: report.base,
    summary: {
      contracts: report.contracts.length,
      newFindings: counts,
      fixedFindings: report.contracts.reduce((n, c) => n + c.fixedFindings, 0),
      breakingChanges: report.contracts.reduce((n, c) => n + c.changes.filter((ch) => ch.level === 'breaking' && ch.waived === undefined).length, 0),
      estateFindings: report.estateFindings.length,
      freezeViolations: report.freeze.filter((f) => f.waived === undefined).length,
    },
    contracts: report.contracts.map((c) => ({
      path: c.path,
      status: c.status,
      apiId: c.apiId,
      newFindings: c.newFindings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.file, pointer: f.pointer, line: f.line, column: f.column, ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}), ...(f.waived ? { waived: f.waived } : {}) })),
      fixedFindings: c.fixedFindings,
      changes: shownChanges(report, c.changes).map(changeJson),
      version: c.version === null ? null : { base: c.version.base, revision: c.version.revision, requiredBump: c.version.requiredBump, ok: c.version.ok },
    })),
    estateFindings: report.estateFindings,
    freeze: report.freeze,
  };
}


function checkMarkdown(report: CheckReport): string {
  const failed = checkFails(report);
  const lines: string[] = [];
  lines.push(`## apigov check ${failed ? '❌ failed' : '✅ passed'}`);
  lines.push('');
  lines.push(`Compared with \`${inlineText(report.base.ref)}\` (${report.base.commit.slice(0, 10)}): ${plural(report.contracts.length, 'contract')} changed.`);
  for (const reason of failureReasons(report)) lines.push(`- ${inlineText(reason)}`);
  const breaking = report.contracts.flatMap((c) => shownChanges(report, c.changes).filter((ch) => ch.level === 'breaking').map((ch) => ({ c, ch })));
  if (breaking.length > 0) {
    lines.push('', `### Breaking changes (${breaking.length})`, '', '| Contract | Change | Teams affected |', '|---|---|---|');
    for (const { c, ch } of breaking) {
      const teams = ch.consumers.length > 0 ? consumersText(ch.consumers) : '_no known consumer in the estate_';
      lines.push(`| ${inlineText(c.path)} | ${ch.waived ? '~~' : ''}${inlineText(ch.message)}${ch.waived ? `~~ waived: ${inlineText(ch.waived.reason)}` : ''} \`${ch.checkId}\` | ${inlineText(teams)} |`);
    }
  }
  const findings = report.contracts.flatMap((c) => c.newFindings.filter((f) => f.waived === undefined));
  if (findings.length > 0) {
    lines.push('', `### New lint findings (${findings.length})`, '', '| Severity | Location | Rule | Message |', '|---|---|---|---|');
    for (const f of findings) lines.push(`| ${f.severity} | ${inlineText(`${f.file}:${f.line}`)} | \`${inlineText(f.ruleId)}\` | ${inlineText(f.message)} |`);
  }
  if (report.estateFindings.length > 0) {
    lines.push('', `### New estate problems (${report.estateFindings.length})`, '', '| Severity | Check | Message |', '|---|---|---|');
    for (const f of report.estateFindings) lines.push(`| ${f.severity} | \`${inlineText(f.ruleId)}\` | ${inlineText(f.message)} |`);
  }
  if (report.freeze.length > 0) {
    lines.push('', '### Change freeze', '');
    for (const f of report.freeze) lines.push(`- ${f.waived ? '~~' : ''}${inlineText(f.file)}: ${inlineText(f.message)}${f.waived ? `~~ approved: ${inlineText(f.waived.reason)}` : ''}`);
  }
  const others = report.contracts.flatMap((c) => shownChanges(report, c.changes).filter((ch) => ch.level !== 'breaking'));
  const fixed = report.contracts.reduce((n, c) => n + c.fixedFindings, 0);
  if (others.length > 0 || fixed > 0) {
    lines.push('', '<details><summary>Other changes and fixes</summary>', '');
    if (fixed > 0) lines.push(`- ${plural(fixed, 'lint finding')} fixed`);
    for (const ch of others) lines.push(`- ${ch.level}: ${inlineText(ch.message)} \`${ch.checkId}\``);
    lines.push('', '</details>');
  }
  return lines.join('\n') + '\n';
}

function checkText(report: CheckReport, options: FormatOptions): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  lines.push(`apigov check against ${escapeControl(report.base.ref)} (${report.base.commit.slice(0, 10)}): ${report.contracts.length} contract(s) changed`);
  for (const c of report.contracts) {
    lines.push('', paint('1', `${escapeControl(c.path)} (${c.status}${c.apiId ? `, ${escapeControl(c.apiId)}` : ''})`));
    for (const ch of shownChanges(report, c.changes)) {
      const mark = ch.waived ? paint('2', 'waived  ') : ch.level === 'breaking' ? paint('31', 'breaking') : ch.level === 'warning' ? paint('33', 'warning ') : paint('34', 'info    ');
      lines.push(`  ${mark} ${escapeControl(ch.message)}  ${paint('2', ch.checkId)}`);
      if (ch.consumers.length > 0) lines.push(`           affects: ${escapeControl(consumersText(ch.consumers))}`);
    }
    for (const f of c.newFindings.filter((x) => x.waived === undefined)) {
      const sev = f.severity === 'error' ? paint('31', 'error   ') : f.severity === 'warn' ? paint('33', 'warn    ') : paint('34', `${f.severity.padEnd(8)}`);
      lines.push(`  ${sev} ${escapeControl(`${f.file}:${f.line}:${f.column}`)} ${escapeControl(f.message)}  ${paint('2', f.ruleId)}`);
    }
    if (c.version !== null && !c.version.ok && report.versionCheck) lines.push(`  ${paint('31', 'version ')} ${escapeControl(c.version.reason ?? 'does not meet the required bump')}`);
    if (c.fixedFindings > 0) lines.push(`  ${paint('32', 'fixed   ')} ${c.fixedFindings} lint finding(s)`);
  }
  if (report.estateFindings.length > 0) {
    lines.push('', paint('1', 'estate problems this change introduces'));
    for (const f of report.estateFindings) lines.push(`  ${f.severity.padEnd(8)} ${escapeControl(f.message)}  ${paint('2', f.ruleId)}`);
  }
  for (const f of report.freeze) lines.push('', `${f.waived ? paint('2', 'approved') : paint('31', 'frozen  ')} ${escapeControl(f.file)}: ${escapeControl(f.message)}`);
  const reasons = failureReasons(report);
  lines.push('', reasons.length === 0 ? paint('32', '✔ check passed') : paint('31', `✖ check failed: ${reasons.map(escapeControl).join('; ')}`));
  return lines.join('\n') + '\n';
}

export type { Severity };
