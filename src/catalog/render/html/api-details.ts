/** The drill-down: one collapsible panel per API with its facts, area scores and findings. */
import { severityRank } from '../../../lint/finding.js';
import { RULE_AREAS, type ApiEntry } from '../../types.js';
import { formatDelta, formatLabel, formatScore, NONE, plural } from '../format.js';
import { compareText } from '../views.js';
import { gradeBadge, ruleLink, severityBadge } from './badges.js';
import { esc, linkOrText, mailtoHref } from './escape.js';

/**
 * Finding rows in the whole report. Past it each API lists its most severe findings only (at least
 * FINDINGS_FLOOR, at most FINDINGS_CEILING) and points to catalog.json: a 2,000-contract estate with
 * 60,000 finding rows made a million-node page that took a browser 14 s to open.
 */
export const FINDINGS_BUDGET = 6000;
export const FINDINGS_FLOOR = 5;
export const FINDINGS_CEILING = 500;

/** How many findings each API lists in an estate of `apiCount` contracts. */
export function findingsShownPerApi(apiCount: number): number {
  return Math.min(FINDINGS_CEILING, Math.max(FINDINGS_FLOOR, Math.floor(FINDINGS_BUDGET / Math.max(1, apiCount))));
}

export function apiDetails(api: ApiEntry, anchor: string, findingsLimit: number = FINDINGS_CEILING): string {
  const f = api.findings;
  const summary =
    `<summary><span class="api-title">${esc(api.title)}</span><span class="muted">${esc(api.apiId)} · ${esc(api.version)}</span>` +
    `${gradeBadge(api.score.grade)}<span>score <strong>${formatScore(api.score.total)}</strong></span>` +
    `<span class="muted">${plural(f.error, 'error')} · ${plural(f.warn, 'warning')} · ${f.info} info</span></summary>`;
  const body = [
    api.description === null || api.description === '' ? '' : `<p class="description">${esc(api.description, true)}</p>`,
    `<div class="api-grid"><div>${facts(api)}</div><div>${areaScores(api)}</div></div>`,
    changes(api),
    deprecations(api),
    findings(api, findingsLimit),
  ].join('');
  return `<details class="api" id="${anchor}">${summary}<div class="api-body">${body}</div></details>`;
}

function facts(api: ApiEntry): string {
  const rows: Array<[string, string]> = [
    ['API id', `<code>${esc(api.apiId)}</code>`],
    ['File', `<code>${esc(api.file)}</code>`],
    ['Format', esc(formatLabel(api.format))],
    ['Version', esc(api.version)],
    ['Lifecycle', optional(api.lifecycle)],
    ['Owner', optional(api.owner)],
    ['Domain', optional(api.domain)],
    ['System', optional(api.system)],
    ['Audience', optional(api.audience)],
    ['Contact', contact(api)],
    ['Servers', api.servers.length === 0 ? NONE : api.servers.map((s) => `<code>${esc(s)}</code>`).join(' ')],
    ['System of record', list(api.systemOfRecord)],
    ['Operations', api.operations.count === 0 ? NONE : `${api.operations.count}${api.operations.deprecated > 0 ? ` (${api.operations.deprecated} deprecated)` : ''}`],
    ['Produces', list(api.produces)],
    ['Consumes', list(api.consumes)],
    ['Uses APIs', list(api.consumesApis.map((c) => (c.major === null ? c.api : `${c.api} v${c.major}`)))],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function optional(value: string | null): string {
  return value === null || value === '' ? NONE : esc(value);
}

function list(values: readonly string[]): string {
  return values.length === 0 ? NONE : values.map((v) => `<code>${esc(v)}</code>`).join(' ');
}

/** Name, then a mail link and a web link when they are safe; anything else is plain text. */
function contact(api: ApiEntry): string {
  const c = api.contact;
  if (c === null) return NONE;
  const parts: string[] = [];
  if (c.name !== undefined && c.name !== '') parts.push(esc(c.name));
  if (c.email !== undefined && c.email !== '') {
    const href = mailtoHref(c.email);
    parts.push(href === null ? esc(c.email) : `<a href="${esc(href)}">${esc(c.email)}</a>`);
  }
  if (c.url !== undefined && c.url !== '') parts.push(linkOrText(c.url));
  return parts.length === 0 ? NONE : parts.join(' · ');
}

function areaScores(api: ApiEntry): string {
  const areas = RULE_AREAS.filter((area) => api.score.byArea[area] !== undefined || api.findings.byArea[area] !== undefined);
  if (areas.length === 0) return '';
  const rows = areas.map((area) => {
    const counts = api.findings.byArea[area];
    const score = api.score.byArea[area];
    return (
      `<tr><th scope="row">${area}</th><td class="num">${score === undefined ? NONE : formatScore(score)}</td>` +
      `<td class="num">${counts?.error ?? 0}</td><td class="num">${counts?.warn ?? 0}</td><td class="num">${counts?.info ?? 0}</td></tr>`
    );
  });
  return (
    `<table class="data areas-table"><caption>Score by rule area</caption><thead><tr><th scope="col">Area</th><th scope="col" class="num">Score</th>` +
    `<th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Info</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function changes(api: ApiEntry): string {
  const c = api.change;
  if (c === undefined) return '';
  const breaking =
    c.breakingChanges.length === 0
      ? ''
      : `<ul>${c.breakingChanges
          .map(
            (b) =>
              `<li><code>${esc(b.checkId)}</code> ${esc(b.message)}${b.operation === undefined ? '' : ` <span class="muted">(${esc(b.operation)})</span>`}` +
              `${b.waived === undefined ? '' : ` <span class="pill pill-ok" title="${esc(b.waived.reason)}">waived</span>`}</li>`,
          )
          .join('')}</ul>`;
  const counted = c.breakingChanges.filter((b) => b.waived === undefined).length;
  const waived = c.breakingChanges.length - counted;
  return (
    `<h4>Since the previous catalog</h4><p>Score ${esc(formatDelta(c.scoreDelta))}, ${plural(c.newFindings, 'new finding')}, ${c.fixedFindings} fixed, ` +
    `${plural(counted, 'breaking change')}${waived === 0 ? '' : ` (and ${waived} waived)`}.</p>${breaking}`
  );
}

function deprecations(api: ApiEntry): string {
  if (api.deprecations.length === 0) return '';
  const rows = api.deprecations.map(
    (d) =>
      `<tr><th scope="row">${esc(d.subject)}</th><td>${d.sunset === null ? NONE : esc(d.sunset)}</td><td>${d.replacedBy === null ? NONE : esc(d.replacedBy)}</td>` +
      `<td><code>${esc(d.pointer === '' ? '/' : d.pointer)}</code></td></tr>`,
  );
  return (
    `<h4>Deprecations</h4><table class="data"><thead><tr><th scope="col">Deprecated</th><th scope="col">Sunset</th><th scope="col">Replaced by</th>` +
    `<th scope="col">Pointer</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function findings(api: ApiEntry, limit: number): string {
  const all = [...api.findings.list].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || compareText(a.ruleId, b.ruleId) || a.line - b.line,
  );
  if (all.length === 0) return '<h4>Findings</h4><p class="empty">No findings.</p>';
  const shown = all.slice(0, limit);
  const rows = shown.map((f) => {
    const where = f.file === api.file ? '' : `<div class="muted"><code>${esc(f.file)}</code></div>`;
    const waived = f.waived === undefined ? '' : ` <span class="pill pill-ok" title="${esc(f.waived.reason)}">waived</span>`;
    const waivedNote = f.waived === undefined ? '' : `<div class="muted">Waived${f.waived.by === null ? '' : ` by ${esc(f.waived.by)}`}: ${esc(f.waived.reason)}</div>`;
    return (
      `<tr><td data-sort="${severityRank(f.severity)}">${severityBadge(f.severity)}${waived}</td><td>${ruleLink(f.ruleId, f.docsUrl)}</td>` +
      `<td class="lines">${esc(f.message, true)}${waivedNote}</td><td><code>${esc(f.pointer === '' ? '/' : f.pointer)}</code>${where}</td><td class="num">${f.line}</td></tr>`
    );
  });
  const more =
    all.length > shown.length
      ? `<p class="more">The ${shown.length} most severe of ${all.length} findings; all of them are in catalog.json and in the data embedded in this page.</p>`
      : '';
  return (
    `<h4>Findings</h4><div class="table-wrap"><table class="report" data-sortable><caption class="visually-hidden">Findings of ${esc(api.title)}</caption>` +
    `<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Message</th><th scope="col">JSON pointer</th>` +
    `<th scope="col" class="num" data-type="number">Line</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>${more}`
  );
}
