/**
 * The report's stylesheet, inlined in one `<style>` element (allowed by its hash in the CSP).
 * Colours meet WCAG AA contrast for text; chart colours are set here by class so print and screen match.
 */
export const STYLES = `
:root {
  --ink: #17212b; --muted: #55606c; --faint: #8a949f; --line: #dde2e8; --bg: #f3f5f8; --card: #fff;
  --brand: #14365a; --brand-2: #1d4b7a; --accent: #2360a5;
  --gold: #b8870b; --silver: #7b8895; --bronze: #a3592c; --nc: #c0392b;
  --error: #b42318; --warn: #a15c00; --info: #2360a5; --hint: #5f6b78;
  --ok: #1e7a46; --soon: #d98e04;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; font-variant-numeric: tabular-nums; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { color: var(--brand); }
:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
code { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; background: #eef1f5; padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
.wrap { max-width: 1320px; margin: 0 auto; padding: 0 28px; }
.skip { position: absolute; left: -9999px; top: 8px; background: #fff; padding: 8px 12px; z-index: 10; }
.skip:focus { left: 8px; }

.masthead { background: linear-gradient(135deg, var(--brand) 0%, var(--brand-2) 100%); color: #fff; padding: 30px 0 26px; }
.masthead .eyebrow { margin: 0 0 6px; text-transform: uppercase; letter-spacing: .12em; font-size: 12px; font-weight: 600; color: #c6d6e8; }
.masthead h1 { font-size: 30px; font-weight: 700; letter-spacing: -.01em; }
.masthead .meta { margin: 8px 0 0; color: #d7e2ee; font-size: 13px; }
.toc { background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 5; }
.toc ul { list-style: none; display: flex; flex-wrap: wrap; gap: 2px 22px; margin: 0; padding: 10px 0; }
.toc a { color: var(--muted); text-decoration: none; font-weight: 600; font-size: 13px; }
.toc a:hover { color: var(--accent); text-decoration: underline; }

main { padding-bottom: 40px; }
section.block { margin-top: 34px; scroll-margin-top: 56px; }
section.block > h2 { font-size: 20px; font-weight: 700; padding-bottom: 6px; margin-bottom: 4px; border-bottom: 2px solid var(--line); }
section.block > .intro { margin: 6px 0 14px; color: var(--muted); max-width: 80ch; }

.kpis { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 14px; margin: 22px 0 18px; }
.kpi .grades { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0 6px; }
.kpi .grades .grade { font-size: 12.5px; }
.kpi { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; box-shadow: 0 1px 2px rgba(16, 24, 40, .04); }
.kpi .label { margin: 0; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.kpi .value { margin: 4px 0 2px; font-size: 30px; font-weight: 700; line-height: 1.1; }
.kpi .value .grade { vertical-align: middle; font-size: 12.5px; margin-left: 6px; }
.kpi .value small { font-size: 15px; font-weight: 600; color: var(--muted); }
.kpi .sub { margin: 0; font-size: 12.5px; color: var(--muted); }
.kpi.score { border-top: 4px solid var(--accent); }
.kpi.errors .value { color: var(--error); }
.kpi.warnings .value { color: var(--warn); }
.up { color: var(--ok); font-weight: 600; }
.down { color: var(--error); font-weight: 600; }

.grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; box-shadow: 0 1px 2px rgba(16, 24, 40, .04); min-width: 0; }
.chart { margin: 0; }
.chart.wide, .grid .span-2 { grid-column: 1 / -1; }
.stack { display: grid; gap: 16px; align-content: start; }
.chart figcaption h3 { font-size: 15px; font-weight: 700; }
.chart .lede { margin: 2px 0 10px; color: var(--muted); font-size: 12.5px; }
.chart-scroll { overflow-x: auto; }
.chart-svg { display: block; max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
.chart.wide .chart-svg { max-width: none; }
svg[hidden] { display: none; }
.chart-data { margin-top: 8px; font-size: 12.5px; }
.chart-data > summary { cursor: pointer; color: var(--accent); font-weight: 600; width: max-content; }
.controls { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: center; margin: 0 0 8px; font-size: 13px; color: var(--muted); }
.controls[hidden], .filters[hidden] { display: none; }
select, input[type=search] { font: inherit; color: var(--ink); background: #fff; border: 1px solid #c4ccd5; border-radius: 6px; padding: 5px 8px; }
input[type=search] { min-width: 240px; }
.empty { color: var(--muted); font-style: italic; margin: 8px 0; }

/* chart marks */
.gridline { stroke: #e7ebef; stroke-width: 1; }
.baseline { stroke: #9aa4ae; }
.axis { fill: var(--muted); font-size: 11px; }
.axis.strong, .legend.strong, .strong { font-weight: 700; }
.legend { fill: var(--ink); font-size: 12px; }
.value { fill: var(--ink); font-size: 11.5px; font-weight: 700; }
.value.bad, .bad { fill: var(--error); }
.column-head { fill: var(--muted); font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .08em; }
.g-gold { fill: var(--gold); } .g-silver { fill: var(--silver); } .g-bronze { fill: var(--bronze); } .g-not-compliant { fill: var(--nc); }
.donut-track { fill: none; stroke: #eef1f4; stroke-width: 26; }
circle.donut { fill: none; stroke-width: 26; }
.donut-total { fill: var(--ink); font-size: 26px; font-weight: 700; }
.lc-experimental { fill: #6c4fb3; stroke: #6c4fb3; } .lc-production { fill: #1e7a46; stroke: #1e7a46; }
.lc-deprecated { fill: #d98e04; stroke: #d98e04; } .lc-retired { fill: #7b8895; stroke: #7b8895; }
.lc-unknown { fill: #b9c2cc; stroke: #b9c2cc; } .lc-other { fill: #3f6fb5; stroke: #3f6fb5; }
.proto-openapi { fill: #1d4b7a; } .proto-asyncapi { fill: #0f8a7e; } .proto-other { fill: #7b8895; }
.trend-score { fill: none; stroke: var(--accent); stroke-width: 2.5; }
.trend-errors { fill: none; stroke: var(--error); stroke-width: 2; stroke-dasharray: 5 4; }
.dot-score { fill: #fff; stroke: var(--accent); stroke-width: 2.5; }
.dot-errors { fill: #fff; stroke: var(--error); stroke-width: 2; }
.axis-errors { fill: var(--error); }
.heat-0 { fill: #f4f6f8; } .heat-1 { fill: #fde3d6; } .heat-2 { fill: #f8b79b; } .heat-3 { fill: #ee7a58; } .heat-4 { fill: #c0392b; } .heat-5 { fill: #8a1c1c; }
.heat-label { fill: var(--ink); font-size: 12px; font-weight: 600; }
.heat-label.on-dark { fill: #fff; }
.cell { fill: none; stroke: #edf0f3; }
.sor-owner { fill: var(--brand-2); } .sor-conflict { fill: var(--error); }
.sor-reader { fill: #fff; stroke: #5d7fa3; stroke-width: 2; }
.cell-label { fill: #fff; font-size: 10px; font-weight: 700; }
.row-conflict { fill: #fdecea; } .row-missing { fill: #fff4e0; }
.status { font-size: 12px; fill: var(--muted); }
.status-conflict { fill: var(--error); font-weight: 700; } .status-missing { fill: #9a5b00; font-weight: 700; }
.node rect { fill: #fff; stroke: #9fb0c2; stroke-width: 1.5; }
.node text { fill: var(--ink); font-size: 12px; }
.node-producer rect { fill: #e8f0fa; stroke: #1d4b7a; }
.node-consumer rect { fill: #e4f4f1; stroke: #0f8a7e; }
.node-event rect { fill: #f6f7f9; stroke: #6b7785; }
.node-orphan rect, .legend-orphan { fill: #fdecea; stroke: var(--error); stroke-width: 2; }
.node-mismatch rect { fill: #fff4f2; stroke: var(--error); stroke-width: 2; }
.node-unconsumed rect, .legend-unconsumed { fill: #fff; stroke: #8a949f; stroke-width: 1.5; stroke-dasharray: 4 3; }
.edge { fill: none; stroke: #9fb0c2; stroke-width: 1.6; }
.edge-bad { stroke: var(--error); stroke-width: 2.4; }
.arrow { fill: #9fb0c2; } .arrow-bad { fill: var(--error); }
.loose-end { fill: none; stroke: #8a949f; stroke-width: 1.5; stroke-dasharray: 4 3; }
.loose-end-bad { stroke: var(--error); }
.loose-end-dot { fill: #8a949f; }
.node .tag { fill: var(--muted); font-size: 10.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.node .tag.bad { fill: var(--error); }
.sunset-future { fill: #9db7d5; } .sunset-soon { fill: var(--soon); } .sunset-passed { fill: var(--error); }
.sunset-mark { fill: var(--ink); }
.today { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 3 3; }

/* tables */
table { border-collapse: collapse; width: 100%; }
.table-wrap { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 10px; }
table.report { font-size: 13px; }
table.report th, table.report td { padding: 8px 9px; text-align: left; vertical-align: top; border-bottom: 1px solid #edf0f3; }
table.report thead th { background: #f0f3f7; font-size: 11.5px; text-transform: uppercase; letter-spacing: .02em; color: #3f4a56; white-space: nowrap; position: sticky; top: 0; }
table.report tbody tr:hover { background: #f8fafc; }
table.report tbody th { font-weight: 600; }
table.report caption { text-align: left; font-weight: 700; padding: 10px 10px 6px; color: var(--ink); caption-side: top; }
table.data caption { text-align: left; font-weight: 600; padding: 6px 0; color: var(--muted); caption-side: top; }
code.rule, .nowrap { white-space: nowrap; overflow-wrap: normal; }
.api-name { min-width: 190px; }
td.tight { white-space: nowrap; }
.num { text-align: right !important; white-space: nowrap; }
table.data { font-size: 12.5px; margin-top: 6px; }
table.data th, table.data td { padding: 4px 8px; border-bottom: 1px solid #edf0f3; text-align: left; }
table.data thead th { background: #f5f7f9; }
button.sort { all: unset; cursor: pointer; display: inline-flex; gap: 4px; align-items: center; }
button.sort::after { content: "↕"; color: #9aa4ae; font-size: 11px; }
th[aria-sort=ascending] button.sort::after { content: "▲"; color: var(--accent); }
th[aria-sort=descending] button.sort::after { content: "▼"; color: var(--accent); }
button.sort:focus-visible { outline: 3px solid #f0b429; }
.api-name a { font-weight: 700; text-decoration: none; }
.api-name a:hover { text-decoration: underline; }
.api-id { display: block; color: var(--muted); font-size: 12px; font-weight: 400; }
.score-cell { display: inline-flex; align-items: center; gap: 8px; }
.meter { width: 52px; height: 6px; }
.meter .track { fill: #e9edf1; }
.filters { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: end; margin: 0 0 12px; }
.filters label { display: grid; gap: 3px; font-size: 12px; font-weight: 600; color: var(--muted); }
.filters output { margin-left: auto; padding: 0 4px 6px; color: var(--muted); font-size: 13px; }

/* badges */
.grade, .sev, .pill { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 700; white-space: nowrap; border: 1px solid transparent; }
.grade-gold { background: #fbf1d3; color: #6b4e00; border-color: #e6cc7a; }
.grade-silver { background: #eef1f4; color: #3b4652; border-color: #c9d1d9; }
.grade-bronze { background: #f8e8dc; color: #76391a; border-color: #e3b896; }
.grade-not-compliant { background: #fbe4e1; color: #8f1f14; border-color: #efb1a9; }
.sev-error { background: #fde7e4; color: #8f1f14; } .sev-warn { background: #fff1d6; color: #6e3f00; }
.sev-info { background: #e3edf9; color: #1d4b7a; } .sev-hint { background: #eef1f4; color: #3b4652; }
.pill { background: #eef1f4; color: #3b4652; font-weight: 600; }
.pill-bad { background: #fde7e4; color: #8f1f14; } .pill-warn { background: #fff1d6; color: #6e3f00; } .pill-ok { background: #e3f3ea; color: #16603a; }
.muted { color: var(--muted); }
.lines { white-space: pre-line; }
td.locations { width: 36%; }
td.locations code { word-break: break-all; }
details.more > summary { cursor: pointer; color: var(--accent); font-size: 12.5px; font-weight: 600; margin-top: 2px; }
.count-bad { color: var(--error); font-weight: 700; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.spacer { height: 18px; }

/* drill-down */
details.api { background: var(--card); border: 1px solid var(--line); border-radius: 10px; margin: 0 0 8px; scroll-margin-top: 56px; }
details.api > summary { cursor: pointer; padding: 10px 14px; display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; list-style: none; }
details.api > summary::-webkit-details-marker { display: none; }
details.api > summary::before { content: "▸"; color: var(--accent); width: 10px; }
details.api[open] > summary::before { content: "▾"; }
details.api > summary .api-title { font-weight: 700; }
details.api > summary .push { margin-left: auto; }
details.api[open] > summary { border-bottom: 1px solid var(--line); }
details.api:target { border-color: var(--accent); box-shadow: 0 0 0 3px rgba(35, 96, 165, .2); }
.api-body { padding: 12px 16px 16px; }
.api-body h4 { margin: 16px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.description { white-space: pre-line; margin: 0 0 12px; max-width: 90ch; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; font-size: 13px; }
dl.facts dt { color: var(--muted); font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.api-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 12px 32px; align-items: start; }
.areas-table { margin-top: 0; }
@media (max-width: 900px) { .api-grid { grid-template-columns: minmax(0, 1fr); } }
.more { color: var(--muted); font-style: italic; }
footer { border-top: 1px solid var(--line); margin-top: 40px; padding: 18px 0 30px; color: var(--muted); font-size: 12.5px; }

@media (max-width: 900px) { .grid { grid-template-columns: minmax(0, 1fr); } .wrap { padding: 0 16px; } }
@media print {
  @page { margin: 14mm; }
  body { background: #fff; font-size: 11px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .toc, .skip, .controls, .filters, .chart-data > summary, button.sort::after { display: none !important; }
  .masthead { background: #fff; color: var(--ink); border-bottom: 3px solid var(--brand); padding: 0 0 10px; }
  .masthead .eyebrow, .masthead .meta { color: var(--muted); }
  .wrap { max-width: none; padding: 0; }
  .card, .kpi, .table-wrap, details.api { box-shadow: none; break-inside: avoid; }
  .chart.wide .chart-svg { max-width: 100%; }
  .chart-scroll, .table-wrap { overflow: visible; }
  section.block { break-before: auto; }
  section.block > h2 { break-after: avoid; }
  table.report thead th { position: static; }
  tr { break-inside: avoid; }
  a { color: var(--ink); text-decoration: none; }
  .grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
`;
