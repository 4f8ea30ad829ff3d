/** Small pieces of markup used across the report: grade and severity badges, rule links, meters. */
import type { Severity } from '../../../lint/finding.js';
import type { Grade } from '../../types.js';
import { SEVERITY_LABEL } from '../../../report/summary.js';
import { formatScore, GRADE_LABEL } from '../format.js';
import { esc, safeHref } from './escape.js';


export function gradeBadge(grade: Grade, label: string = GRADE_LABEL[grade]): string {
  return `<span class="grade grade-${grade}">${esc(label)}</span>`;
}

export function severityBadge(severity: Severity): string {
  return `<span class="sev sev-${severity}">${SEVERITY_LABEL[severity]}</span>`;
}

/** The rule id, linked to its documentation when that is a web address. */
export function ruleLink(ruleId: string, docsUrl: string | null | undefined): string {
  const href = docsUrl === null || docsUrl === undefined ? null : safeHref(docsUrl);
  if (href === null || !/^https?:/.test(href)) return `<code class="rule">${esc(ruleId)}</code>`;
  return `<a href="${esc(href)}" rel="noopener noreferrer"><code class="rule">${esc(ruleId)}</code></a>`;
}

/** A score with a small bar (inline SVG: the CSP allows no style attributes to size a div). */
export function scoreMeter(score: number, grade: Grade): string {
  const width = Math.max(0, Math.min(100, score));
  return (
    `<span class="score-cell">${formatScore(score)}<svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">` +
    `<rect class="track" width="100" height="6" rx="3"/><rect class="g-${grade}" width="${Math.round(width)}" height="6" rx="3"/></svg></span>`
  );
}

/** "▲ +3" / "▼ −2" with a colour, or a neutral "±0". */
export function deltaBadge(text: string, delta: number): string {
  if (Math.round(delta * 10) === 0) return `<span class="muted">${esc(text)}</span>`;
  return delta > 0 ? `<span class="up">▲ ${esc(text)}</span>` : `<span class="down">▼ ${esc(text)}</span>`;
}
