/**
 * `catalog.md`: the governance board pack (CATALOG.md). Every string that comes from a contract
 * goes through `cell`, so no title, message or file name can break a table, inject markup or
 * mention a person or team on GitHub.
 */
import { inlineText, linkTarget } from '../../report/markdown.js';
import { isWebUrl } from '../../report/rule-docs.js';
import type { Severity } from '../../lint/finding.js';
import type { ApiEntry, Catalog, Grade } from '../types.js';
import { formatDelta, formatScore, formatTimestamp, GRADE_LABEL, NONE, plural } from './format.js';
import { compareText, eventFlows, sortedEstateFindings, sorMatrix, sunsetCalendar, topRules, type SorMatrix } from './views.js';

/** Past this many APIs the system-of-record matrix is shown as a list: a wider table is unreadable. */
export const SOR_MATRIX_MAX_COLUMNS = 12;

const GRADE_ICON: Readonly<Record<Grade, string>> = {
  gold: '🥇',
  silver: '🥈',
  bronze: '🥉',
  'not-compliant': '⛔',
};

const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  error: '🔴 error',
  warn: '🟡 warning',
  info: '🔵 info',
  hint: '⚪ hint',
};

type Align = 'left' | 'right';

export function renderMarkdown(catalog: Catalog): string {
  const sections = [
    '# API catalog',
    generatedLine(catalog),
    summaryLine(catalog),
    changeSection(catalog),
    apisSection(catalog),
    sorSection(catalog),
    eventSection(catalog),
    sunsetSection(catalog),
    estateFindingsSection(catalog),
    topRulesSection(catalog),
    waiversSection(catalog),
    inlineIgnoresSection(catalog),
  ];
  return sections.filter((s) => s !== '').join('\n\n') + '\n';
}

/* ---------- text ---------- */

/** Contract text as a literal table cell (`inlineText`: escaped, visible controls, no @-mentions). */
export function cell(text: string): string {
  return inlineText(text);
}

function optional(text: string | null): string {
  return text === null || text === '' ? NONE : cell(text);
}

function list(values: readonly string[]): string {
  return values.length === 0 ? NONE : values.map(cell).join(', ');
}

function table(headers: string[], align: Align[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const rule = align.map((a) => (a === 'right' ? '---:' : '---'));
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

function section(heading: string, body: string): string {
  return `## ${heading}\n\n${body}`;
}

function gradeText(grade: Grade): string {
  return `${GRADE_ICON[grade]} ${GRADE_LABEL[grade]}`;
}

function ruleLink(ruleId: string, docsUrl: string | null | undefined): string {
  if (docsUrl === null || docsUrl === undefined || !isWebUrl(docsUrl)) return cell(ruleId);
  return `[${cell(ruleId)}](${linkTarget(docsUrl)})`;
}

function apiName(api: ApiEntry): string {
  return api.title === api.apiId ? cell(api.title) : `${cell(api.title)} (${cell(api.apiId)})`;
}

/* ---------- sections ---------- */

function generatedLine(catalog: Catalog): string {
  return `Generated ${cell(formatTimestamp(catalog.generatedAt))} by apigov ${cell(catalog.toolVersion)} · ruleset ${cell(catalog.rulesetVersion)}`;
}

function summaryLine(catalog: Catalog): string {
  const s = catalog.summary;
  const estate = s.estateFindings;
  const parts = [
    `**${plural(s.contracts, 'contract')}**`,
    plural(s.error, 'error'),
    plural(s.warn, 'warning'),
    `${plural(estate.error + estate.warn + estate.info + estate.hint, 'estate finding')} (${plural(estate.error, 'error')})`,
    `estate score **${formatScore(s.score)}/100 (${gradeText(s.grade)})**`,
  ];
  if (s.waived > 0 || s.inlineIgnores > 0) parts.push(`${s.waived} waived, ${plural(s.inlineIgnores, 'inline ignore')}`);
  let line = parts.join(' · ');
  if (s.change !== undefined) {
    const c = s.change;
    line +=
      `\n\nSince ${cell(formatTimestamp(c.previousGeneratedAt))}: score ${formatDelta(c.scoreDelta)}, ` +
      `${plural(c.newFindings, 'new finding')}, ${c.fixedFindings} fixed, ${plural(c.breakingChanges, 'breaking change')}.`;
  }
  return line;
}

function changeSection(catalog: Catalog): string {
  const changed = sortedApis(catalog).filter(
    (api) => api.change !== undefined && (api.change.scoreDelta !== 0 || api.change.newFindings + api.change.fixedFindings + api.change.breakingChanges.length > 0),
  );
  if (changed.length === 0) return '';
  const rows = changed.map((api) => {
    const c = api.change!;
    const breaking = c.breakingChanges.map((b) => `${cell(b.checkId)}: ${cell(b.message)}${b.waived === undefined ? '' : ' (waived)'}`).join('<br>');
    return [apiName(api), formatDelta(c.scoreDelta), String(c.newFindings), String(c.fixedFindings), breaking === '' ? NONE : breaking];
  });
  return section(
    'Changes since the last run',
    table(['API', 'Score change', 'New findings', 'Fixed', 'Breaking changes'], ['left', 'right', 'right', 'right', 'left'], rows),
  );
}

/** By domain, then title: the order people look things up in. */
function sortedApis(catalog: Catalog): ApiEntry[] {
  return [...catalog.apis].sort(
    (a, b) => compareText(a.domain ?? '\uffff', b.domain ?? '\uffff') || compareText(a.title, b.title) || compareText(a.version, b.version),
  );
}

function apisSection(catalog: Catalog): string {
  if (catalog.apis.length === 0) return section('APIs', 'No contracts in the estate.');
  const rows = sortedApis(catalog).map((api) => [
    apiName(api),
    optional(api.domain),
    optional(api.owner),
    optional(api.lifecycle),
    cell(api.version),
    formatScore(api.score.total),
    gradeText(api.score.grade),
    String(api.findings.error),
    String(api.findings.warn),
  ]);
  return section(
    'APIs',
    table(
      ['API', 'Domain', 'Owner', 'Lifecycle', 'Version', 'Score', 'Grade', 'Errors', 'Warns'],
      ['left', 'left', 'left', 'left', 'left', 'right', 'left', 'right', 'right'],
      rows,
    ),
  );
}

const SOR_STATUS: Readonly<Record<string, string>> = {
  ok: '✅',
  conflict: '⚠️ conflict',
  missing: '❌ no system of record',
};

function sorSection(catalog: Catalog): string {
  const matrix = sorMatrix(catalog);
  if (matrix.rows.length === 0) return section('System of record', 'No canonical entities found.');
  const legend = '**SoR** = system of record, *reads* = uses the entity without owning it.';
  const body = matrix.columns.length <= SOR_MATRIX_MAX_COLUMNS ? sorTable(matrix) : sorList(matrix);
  return section('System of record', `${legend}\n\n${body}`);
}

function sorTable(matrix: SorMatrix): string {
  const rows = matrix.rows.map((row) => [
    cell(row.entity.name),
    ...matrix.columns.map((apiId) => {
      const role = row.cells.get(apiId);
      if (role === 'sor') return row.status === 'conflict' ? '**SoR** ⚠️' : '**SoR**';
      return role === 'reader' ? '*reads*' : '';
    }),
    SOR_STATUS[row.status]!,
  ]);
  return table(['Entity', ...matrix.columns.map(cell), 'Status'], ['left', ...matrix.columns.map((): Align => 'left'), 'left'], rows);
}

function sorList(matrix: SorMatrix): string {
  const rows = matrix.rows.map((row) => {
    const readers = [...row.cells].filter(([, role]) => role === 'reader').map(([apiId]) => apiId);
    return [cell(row.entity.name), list(row.owners), list(readers), SOR_STATUS[row.status]!];
  });
  return table(['Entity', 'System of record', 'Readers', 'Status'], ['left', 'left', 'left', 'left'], rows);
}

function eventSection(catalog: Catalog): string {
  const flows = eventFlows(catalog);
  if (flows.length === 0) return section('Event flows', 'No events in the estate.');
  const rows = flows.map(({ event, mismatches }) => {
    const status: string[] = [];
    if (event.orphan) status.push('⚠️ orphan: no producer');
    if (event.unconsumed) status.push('ℹ️ no consumer');
    for (const m of mismatches) status.push(`⚠️ schema mismatch ${cell(m.producer)} → ${cell(m.consumer)}`);
    return [cell(event.type), list(event.producers), list(event.consumers), status.length === 0 ? '✅' : status.join('<br>')];
  });
  return section('Event flows', table(['Event type', 'Producers', 'Consumers', 'Status'], ['left', 'left', 'left', 'left'], rows));
}

function sunsetSection(catalog: Catalog): string {
  const rows = sunsetCalendar(catalog);
  if (rows.length === 0) return section('Deprecations and sunsets', 'Nothing is deprecated.');
  const body = rows.map((row) => {
    const date = row.sunset ?? (row.sunsetText === null ? 'no date' : cell(row.sunsetText));
    return [
      row.passed ? `**${date} (passed)**` : date,
      apiName(row.api),
      cell(row.subject),
      optional(row.replacedBy),
      row.consumers.length === 0 ? NONE : `${row.consumers.length}: ${list(row.consumers)}`,
    ];
  });
  return section(
    'Deprecations and sunsets',
    table(['Sunset', 'API', 'Deprecated', 'Replaced by', 'Consumers still attached'], ['left', 'left', 'left', 'left', 'left'], body),
  );
}

function estateFindingsSection(catalog: Catalog): string {
  if (catalog.estateFindings.length === 0) return section('Estate findings', 'No estate findings. ✅');
  const findings = sortedEstateFindings(catalog);
  const rows = findings.map((f) => [
    SEVERITY_ICON[f.severity],
    cell(f.ruleId),
    cell(f.message),
    locationCell(f.locations),
  ]);
  return section('Estate findings', table(['Severity', 'Check', 'Message', 'Locations'], ['left', 'left', 'left', 'left'], rows));
}

/** A board pack row stays readable: one finding can name hundreds of places; catalog.json has them all. */
const SHOWN_LOCATIONS = 5;

function locationCell(locations: Catalog['estateFindings'][number]['locations']): string {
  if (locations.length === 0) return NONE;
  const shown = locations.slice(0, SHOWN_LOCATIONS).map((l) => cell(`${l.file}#${l.pointer}`));
  const rest = locations.length - shown.length;
  if (rest > 0) shown.push(`… and ${rest} more (catalog.json lists all)`);
  return shown.join('<br>');
}

function topRulesSection(catalog: Catalog): string {
  const tallies = topRules(catalog, 10);
  if (tallies.length === 0) return section('Most frequent rule violations', 'No findings. ✅');
  const rows = tallies.map((t, i) => [String(i + 1), ruleLink(t.ruleId, t.docsUrl), SEVERITY_ICON[t.severity], String(t.count), String(t.apis)]);
  return section(
    'Most frequent rule violations',
    table(['#', 'Rule', 'Severity', 'Findings', 'APIs affected'], ['right', 'left', 'left', 'right', 'right'], rows),
  );
}

function waiversSection(catalog: Catalog): string {
  if (catalog.waivers.length === 0) return section('Waivers', 'No waivers.');
  const waivers = [...catalog.waivers].sort((a, b) => compareText(a.status, b.status) || compareText(a.rule, b.rule) || compareText(a.files.join(','), b.files.join(',')));
  const rows = waivers.map((w) => [
    cell(w.rule),
    cell(w.files.join(', ')),
    optional(w.pointer ?? w.fingerprint),
    cell(w.reason),
    optional(w.approvedBy),
    optional(w.expires),
    w.status === 'active' ? 'active' : `**${w.status}**`,
    String(w.matches),
  ]);
  return section(
    'Waivers',
    table(['Rule', 'Files', 'Pointer or change', 'Reason', 'Approved by', 'Expires', 'Status', 'Covers'], ['left', 'left', 'left', 'left', 'left', 'left', 'left', 'right'], rows),
  );
}

function inlineIgnoresSection(catalog: Catalog): string {
  const rows = sortedApis(catalog).flatMap((api) =>
    api.inlineIgnores.map((ignore) => [apiName(api), cell(ignore.rule), cell(`${ignore.file}#${ignore.pointer}`), cell(ignore.reason)]),
  );
  if (rows.length === 0) return section('Inline ignores', 'No inline ignores.');
  return section('Inline ignores', table(['API', 'Rule', 'Location', 'Reason'], ['left', 'left', 'left', 'left'], rows));
}
