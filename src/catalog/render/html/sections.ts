/** The report's non-chart parts: key figures, the API table, estate findings, top rules, waivers. */
import { SEVERITIES, severityRank } from '../../../lint/finding.js';
import type { ApiEntry, Catalog } from '../../types.js';
import { formatDelta, formatLabel, formatScore, formatTimestamp, GRADE_LABEL, GRADES, NONE, plural } from '../format.js';
import { compareText, domainOf, domainsOf, sortedEstateFindings, topRules } from '../views.js';
import { deltaBadge, gradeBadge, ruleLink, scoreMeter, severityBadge } from './badges.js';
import { esc } from './escape.js';

/* ---------- key figures ---------- */

export function keyFigures(catalog: Catalog): string {
  const s = catalog.summary;
  const estate = s.estateFindings;
  const change = s.change;
  const scoreSub =
    change === undefined
      ? `${plural(s.contracts, 'contract')} weighted by size`
      : `${deltaBadge(formatDelta(change.scoreDelta), change.scoreDelta)} since ${esc(formatTimestamp(change.previousGeneratedAt).slice(0, 10))}`;
  const grades = `<span class="grades">${GRADES.map((g) => gradeBadge(g, `${GRADE_LABEL[g]} ${s.grades[g]}`)).join('')}</span>`;
  const cards = [
    kpi('score', 'Estate score', `${formatScore(s.score)}<small>/100</small> ${gradeBadge(s.grade)}`, scoreSub),
    kpi('', 'Contracts', String(s.contracts), `${plural(catalog.estate.services, 'service')} · ${plural(catalog.estate.domains, 'domain')} · ${plural(catalog.estate.teams, 'team')}`),
    kpi('', 'Contracts by grade', grades, 'the grade gates on severity; the score ranks'),
    kpi('errors', 'Lint errors', String(s.error), `${plural(s.info, 'info')} · ${plural(s.hint, 'hint')}`),
    kpi('warnings', 'Warnings', String(s.warn), change === undefined ? 'lint findings of severity warn' : `${plural(change.newFindings, 'new finding')} · ${change.fixedFindings} fixed`),
    kpi(
      estate.error > 0 ? 'errors' : '',
      'Estate findings',
      String(estate.error + estate.warn + estate.info + estate.hint),
      `${plural(estate.error, 'error')} · ${plural(estate.warn, 'warning')} · ${estate.info} info`,
    ),
    kpi('', 'Waived', String(s.waived), `${plural(catalog.waivers.length, 'waiver')} · ${plural(s.inlineIgnores, 'inline ignore')}`),
  ];
  if (change !== undefined) cards.push(kpi(change.breakingChanges > 0 ? 'errors' : '', 'Breaking changes', String(change.breakingChanges), 'since the previous catalog'));
  return `<div class="kpis">${cards.join('')}</div>`;
}

function kpi(kind: string, label: string, valueHtml: string, subHtml: string): string {
  return `<div class="kpi${kind === '' ? '' : ` ${kind}`}"><p class="label">${esc(label)}</p><p class="value">${valueHtml}</p><p class="sub">${subHtml}</p></div>`;
}

/* ---------- APIs ---------- */

/** Lower-case text the filter box searches: names, ids, owner, domain, system, file. */
function searchText(api: ApiEntry): string {
  return [api.title, api.apiId, api.owner, api.domain, api.system, api.file, api.format, api.lifecycle].filter((v) => v !== null).join(' ').toLowerCase();
}

export function apiTable(catalog: Catalog, anchors: ReadonlyMap<ApiEntry, string>): string {
  if (catalog.apis.length === 0) return '<p class="empty">No contracts in the estate.</p>';
  const withChange = catalog.apis.some((a) => a.change !== undefined);
  const apis = [...catalog.apis].sort((a, b) => compareText(domainOf(a), domainOf(b)) || compareText(a.title, b.title));
  const options = (values: string[], label: (v: string) => string = (v) => v): string =>
    `<option value="">All</option>${values.map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`).join('')}`;
  const lifecycles = [...new Set(catalog.apis.map((a) => a.lifecycle ?? 'unknown'))].sort(compareText);
  const filters =
    `<form class="filters" data-filter="apis-table" data-noun="APIs" role="search" aria-label="Filter APIs" hidden>` +
    `<label>Search<input type="search" name="q" placeholder="Title, id, owner, file…" autocomplete="off"></label>` +
    `<label>Domain<select name="domain">${options(domainsOf(catalog.apis))}</select></label>` +
    `<label>Grade<select name="grade">${options([...GRADES], (g) => GRADE_LABEL[g as keyof typeof GRADE_LABEL])}</select></label>` +
    `<label>Lifecycle<select name="lifecycle">${options(lifecycles)}</select></label>` +
    `<output aria-live="polite"></output></form>`;
  const head = [
    th('API'),
    th('Domain'),
    th('Owner'),
    th('Lifecycle'),
    th('Protocol'),
    th('Version'),
    th('Score', 'number'),
    th('Grade', 'rank'),
    th('Errors', 'number'),
    th('Warnings', 'number'),
    ...(withChange ? [th('Change', 'number')] : []),
  ].join('');
  const rows = apis.map((api) => {
    const anchor = anchors.get(api)!;
    const change = api.change;
    const cells = [
      `<th scope="row" class="api-name" data-sort="${esc(api.title.toLowerCase())}"><a href="#${anchor}">${esc(api.title)}</a><span class="api-id">${esc(api.apiId)}</span></th>`,
      td(api.domain),
      td(api.owner),
      td(api.lifecycle),
      `<td class="tight">${esc(formatLabel(api.format))}</td>`,
      `<td class="tight">${esc(api.version)}</td>`,
      `<td class="num" data-sort="${api.score.total}">${scoreMeter(api.score.total, api.score.grade)}</td>`,
      `<td data-sort="${GRADES.length - GRADES.indexOf(api.score.grade)}">${gradeBadge(api.score.grade)}</td>`,
      `<td class="num${api.findings.error > 0 ? ' count-bad' : ''}">${api.findings.error}</td>`,
      `<td class="num">${api.findings.warn}</td>`,
      ...(withChange
        ? [change === undefined ? `<td class="num" data-sort="0">${NONE}</td>` : `<td class="num" data-sort="${change.scoreDelta}">${deltaBadge(formatDelta(change.scoreDelta), change.scoreDelta)}</td>`]
        : []),
    ];
    const data = `data-domain="${esc(domainOf(api))}" data-grade="${api.score.grade}" data-lifecycle="${esc(api.lifecycle ?? 'unknown')}" data-search="${esc(searchText(api))}"`;
    return `<tr ${data}>${cells.join('')}</tr>`;
  });
  return (
    `${filters}<div class="table-wrap"><table id="apis-table" class="report" data-sortable>` +
    `<caption class="visually-hidden">APIs with score, grade and findings; select a name for its findings</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** A column header; `number` columns are right-aligned, `rank` columns sort by a number but read as text. */
function th(label: string, type?: 'number' | 'rank'): string {
  const attrs = type === 'number' ? ' class="num" data-type="number"' : type === 'rank' ? ' data-type="number"' : '';
  return `<th scope="col"${attrs}>${esc(label)}</th>`;
}

function td(value: string | null): string {
  return value === null || value === '' ? `<td class="muted">${NONE}</td>` : `<td class="tight">${esc(value)}</td>`;
}

/* ---------- estate findings, rules, waivers ---------- */

export function estateFindingsTable(catalog: Catalog): string {
  if (catalog.estateFindings.length === 0) return '<p class="empty">No estate findings.</p>';
  const findings = sortedEstateFindings(catalog);
  const options = (values: readonly string[]): string => `<option value="">All</option>${values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('')}`;
  const severities = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  const checks = [...new Set(findings.map((f) => f.ruleId))].sort(compareText);
  const filters =
    `<form class="filters" data-filter="estate-findings-table" data-noun="estate findings" role="search" aria-label="Filter estate findings" hidden>` +
    `<label>Search<input type="search" name="q" placeholder="Entity, event, API, file…" autocomplete="off"></label>` +
    `<label>Severity<select name="severity">${options(severities)}</select></label>` +
    `<label>Check<select name="check">${options(checks)}</select></label>` +
    `<output aria-live="polite"></output></form>`;
  const rows = findings.map((f) => {
    const search = [f.ruleId, f.message, ...f.locations.map((l) => l.file)].join(' ').toLowerCase();
    return (
      `<tr data-severity="${f.severity}" data-check="${esc(f.ruleId)}" data-search="${esc(search)}">` +
      `<td data-sort="${severityRank(f.severity)}">${severityBadge(f.severity)}</td><td><code class="rule">${esc(f.ruleId)}</code></td><td class="lines">${esc(f.message, true)}</td>` +
      `<td class="locations">${locationList(f.locations)}</td></tr>`
    );
  });
  return (
    `${filters}<div class="table-wrap"><table id="estate-findings-table" class="report" data-sortable><caption class="visually-hidden">Estate findings</caption>` +
    `<thead><tr><th scope="col">Severity</th><th scope="col">Check</th><th scope="col">Message</th><th scope="col" data-nosort>Locations</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** Locations shown in a row; one finding can name hundreds (every use of an entity), the rest fold away. */
export const SHOWN_LOCATIONS = 3;

function locationList(locations: Catalog['estateFindings'][number]['locations']): string {
  if (locations.length === 0) return NONE;
  const item = (l: (typeof locations)[number]): string => `<div><code>${esc(l.file)}#${esc(l.pointer)}</code></div>`;
  const shown = locations.slice(0, SHOWN_LOCATIONS).map(item).join('');
  const rest = locations.slice(SHOWN_LOCATIONS);
  if (rest.length === 0) return shown;
  return `${shown}<details class="more"><summary>${plural(rest.length, 'more location')}</summary>${rest.map(item).join('')}</details>`;
}

export function topRulesTable(catalog: Catalog): string {
  const tallies = topRules(catalog, 10);
  if (tallies.length === 0) return '<p class="empty">No findings.</p>';
  const rows = tallies.map(
    (t, i) =>
      `<tr><td class="num">${i + 1}</td><th scope="row">${ruleLink(t.ruleId, t.docsUrl)}</th><td data-sort="${severityRank(t.severity)}">${severityBadge(t.severity)}</td>` +
      `<td class="num">${t.count}</td><td class="num">${t.apis}</td></tr>`,
  );
  return (
    `<div class="table-wrap"><table class="report" data-sortable><caption>The ten most frequently violated rules</caption>` +
    `<thead><tr>${th('#', 'number')}${th('Rule')}${th('Severity')}${th('Findings', 'number')}${th('APIs', 'number')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

const WAIVER_STATUS_CLASS = { active: 'pill-ok', expired: 'pill-bad', stale: 'pill-warn' } as const;

export function waiversTable(catalog: Catalog): string {
  if (catalog.waivers.length === 0) return '<p class="empty">No waivers.</p>';
  const rows = catalog.waivers.map(
    (w) =>
      `<tr><th scope="row"><code class="rule">${esc(w.rule)}</code></th><td>${w.files.map((f) => `<code>${esc(f)}</code>`).join(', ')}${waiverScope(w)}</td>` +
      `<td class="lines">${esc(w.reason, true)}</td><td>${w.approvedBy === null ? NONE : esc(w.approvedBy)}</td><td class="tight">${w.expires === null ? NONE : esc(w.expires)}</td>` +
      `<td><span class="pill ${WAIVER_STATUS_CLASS[w.status] ?? ''}">${esc(w.status)}</span></td><td class="num">${w.matches}</td></tr>`,
  );
  return (
    `<div class="table-wrap"><table class="report" data-sortable><caption>Waivers (apigov-waivers.yaml)</caption>` +
    `<thead><tr>${th('Rule')}${th('Where')}${th('Reason')}${th('Approved by')}${th('Expires')}${th('Status')}${th('Covers')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** A waiver's pointer or change fingerprint, when it has one. */
function waiverScope(w: Catalog['waivers'][number]): string {
  const parts = [w.pointer === null ? '' : ` at <code>${esc(w.pointer)}</code>`, w.fingerprint === null ? '' : ` change <code>${esc(w.fingerprint)}</code>`];
  return parts.join('');
}

export function inlineIgnoresTable(catalog: Catalog, anchors: ReadonlyMap<ApiEntry, string>): string {
  const rows = catalog.apis.flatMap((api) =>
    api.inlineIgnores.map(
      (ignore) =>
        `<tr><th scope="row"><a href="#${anchors.get(api)!}">${esc(api.title)}</a></th><td><code class="rule">${esc(ignore.rule)}</code></td>` +
        `<td><code>${esc(ignore.file)}#${esc(ignore.pointer)}</code></td><td class="lines">${esc(ignore.reason, true)}</td></tr>`,
    ),
  );
  if (rows.length === 0) return '<p class="empty">No inline ignores.</p>';
  return (
    `<div class="table-wrap"><table class="report" data-sortable><caption>Inline ignores (x-apigov-ignore)</caption>` +
    `<thead><tr>${th('API')}${th('Rule')}${th('Where')}${th('Reason')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}
