/**
 * `catalog.html`: one self-contained page for the governance board. Inline CSS, SVG charts drawn
 * here at render time, one small enhancement script, the catalog itself embedded as JSON. A strict
 * Content-Security-Policy allows nothing but that style and that script (by hash) and `data:`
 * images, so even text that slipped past escaping could neither run nor load anything.
 */
import { createHash } from 'node:crypto';
import type { ApiEntry, Catalog } from '../types.js';
import { formatTimestamp, plural } from './format.js';
import { apiEntityNames } from './names.js';
import { apiDetails, findingsShownPerApi } from './html/api-details.js';
import { eventFlowChart } from './html/charts/event-flow.js';
import { gradeDistributionChart } from './html/charts/grades.js';
import { heatmapChart } from './html/charts/heatmap.js';
import { lifecycleChart, protocolChart } from './html/charts/mix.js';
import { sorMatrixChart } from './html/charts/sor-matrix.js';
import { sunsetChart } from './html/charts/sunset.js';
import { trendChart } from './html/charts/trend.js';
import { esc, jsonForScript } from './html/escape.js';
import { SCRIPT } from './html/script.js';
import { apiTable, estateFindingsTable, inlineIgnoresTable, keyFigures, topRulesTable, waiversTable } from './html/sections.js';
import { STYLES } from './html/styles.js';

/** The `id` of the embedded catalog JSON, for anyone extracting the data from a mailed report. */
export const CATALOG_DATA_ID = 'catalog-data';

export function renderHtml(catalog: Catalog): string {
  const names = apiEntityNames(catalog.apis);
  const anchors = new Map<ApiEntry, string>(catalog.apis.map((api, i) => [api, `api-${names[i]!}`]));
  const titles = apiTitles(catalog.apis);
  const csp = contentSecurityPolicy(STYLES, SCRIPT);
  const generated = formatTimestamp(catalog.generatedAt);

  const sections = [
    block(
      'overview',
      'Overview',
      `Governance results for ${plural(catalog.summary.contracts, 'contract')}. The estate score is the mean contract score weighted by operations and messages; grades are gates on severity.`,
      `${keyFigures(catalog)}<div class="grid">${overviewCharts(catalog)}</div>`,
    ),
    block('apis', 'APIs', 'Every contract with its score and findings. Select a column header to sort; select an API for its findings.', apiTable(catalog, anchors)),
    block(
      'invest',
      'Where to invest',
      'Lint errors by domain and rule area, and the rules violated most often across the estate.',
      `<div class="grid">${heatmapChart(catalog)}<div class="span-2">${topRulesTable(catalog)}</div></div>`,
    ),
    block('ownership', 'Data ownership', 'Each canonical entity should have exactly one system of record (estate checks X1 and X2).', `<div class="grid">${sorMatrixChart(catalog, titles)}</div>`),
    block('events', 'Event flows', 'Producers and consumers matched across the estate (X5 orphans, X6 schema mismatches, X7 unconsumed events).', `<div class="grid">${eventFlowChart(catalog, titles)}</div>`),
    block('sunsets', 'Deprecations and sunsets', 'What is going away, when, and who still depends on it (X11).', `<div class="grid">${sunsetChart(catalog)}</div>`),
    block('findings', 'Estate findings', 'Problems no single contract shows: they need the whole estate (CATALOG.md, X1–X14).', estateFindingsTable(catalog)),
    block(
      'details',
      'API details',
      'Facts, area scores and findings per contract, with the JSON pointer and line of each finding and a link to the rule’s documentation.',
      catalog.apis.length === 0 ? '<p class="empty">No contracts in the estate.</p>' : catalog.apis.map((api) => apiDetails(api, anchors.get(api)!, findingsShownPerApi(catalog.apis.length))).join(''),
    ),
    block('waivers', 'Waivers and inline ignores', 'Accepted exceptions with their reasons. Waived findings are listed but not scored.', `${waiversTable(catalog)}<div class="spacer"></div>${inlineIgnoresTable(catalog, anchors)}`),
  ];
  const nav = [
    ['overview', 'Overview'],
    ['apis', 'APIs'],
    ['invest', 'Where to invest'],
    ['ownership', 'Data ownership'],
    ['events', 'Event flows'],
    ['sunsets', 'Sunsets'],
    ['findings', 'Estate findings'],
    ['details', 'API details'],
    ['waivers', 'Waivers'],
  ]
    .map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`)
    .join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="apigov ${esc(catalog.toolVersion)}">
<title>API estate report · ${esc(generated)}</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead"><div class="wrap">
<p class="eyebrow">API governance · service catalog</p>
<h1>API estate report</h1>
<p class="meta">Generated ${esc(generated)} · apigov ${esc(catalog.toolVersion)} · ruleset ${esc(catalog.rulesetVersion)}</p>
</div></header>
<nav class="toc" aria-label="Sections"><div class="wrap"><ul>${nav}</ul></div></nav>
<main id="main" class="wrap">
${sections.join('\n')}
</main>
<footer><div class="wrap">Generated by apigov ${esc(catalog.toolVersion)} on ${esc(generated)} with ruleset ${esc(catalog.rulesetVersion)}.
This report is self-contained and loads nothing from the network. The catalog data is embedded as JSON in the element <code>#${CATALOG_DATA_ID}</code>.</div></footer>
<script type="application/json" id="${CATALOG_DATA_ID}">${jsonForScript(catalog)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function block(id: string, heading: string, intro: string, body: string): string {
  return `<section class="block" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(heading)}</h2><p class="intro">${esc(intro)}</p>${body}</section>`;
}

/** Score distribution and trend side by side over lifecycle and protocol mix; without history, the two small charts stack. */
function overviewCharts(catalog: Catalog): string {
  const trend = trendChart(catalog);
  const grades = gradeDistributionChart(catalog);
  if (trend === '') return `${grades}<div class="stack">${lifecycleChart(catalog)}${protocolChart(catalog)}</div>`;
  return `${grades}${trend}${lifecycleChart(catalog)}${protocolChart(catalog)}`;
}

/** apiId → title, for tooltips in the charts (the first title wins when ids repeat). */
function apiTitles(apis: readonly ApiEntry[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const api of apis) if (!titles.has(api.apiId)) titles.set(api.apiId, api.title);
  return titles;
}

/**
 * Nothing may load or run except the one style element and the one script, identified by the
 * SHA-256 of their exact text. `img-src data:` covers the empty favicon that stops browsers from
 * requesting /favicon.ico; `base-uri` and `form-action` close the remaining injection routes.
 */
export function contentSecurityPolicy(styles: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src '${sha256(styles)}'`,
    `script-src '${sha256(script)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
