/** Wording and number formats shared by the Markdown and HTML renderers, so both say the same. */
import { escapeControl } from '../../document/errors.js';
import type { Grade } from '../types.js';

export { GRADES } from '../score.js';

export const GRADE_LABEL: Readonly<Record<Grade, string>> = {
  gold: 'Gold',
  silver: 'Silver',
  bronze: 'Bronze',
  'not-compliant': 'Not compliant',
};

/** The well-known lifecycles first, in the order an API lives through them. */
export const LIFECYCLES = ['experimental', 'production', 'deprecated', 'retired'] as const;

/** What a table cell shows when it has no value. */
export const NONE = '—';

/**
 * Contract text made safe to show (`escapeControl`: control, bidi and line-separator characters as
 * visible escapes). Line breaks are kept when `keepLines` is set (normalized to `\n`).
 */
export function visibleText(text: string, keepLines = false): string {
  return keepLines ? text.split(/\r\n|\r|\n/).map(escapeControl).join('\n') : escapeControl(text);
}

export { plural } from '../../report/summary.js';

/** A score as shown: whole numbers (the scale is 0-100; decimals would suggest false precision). */
export function formatScore(score: number): string {
  return String(Math.round(score));
}

/** "+3", "-1.5", "±0": a signed change with at most one decimal. */
export function formatDelta(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return '±0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}`;
}

/** "2026-05-04 09:30 UTC" from an RFC 3339 timestamp; anything else is returned as it is. */
export function formatTimestamp(timestamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?$/.exec(timestamp);
  if (match === null) return timestamp;
  const zone = match[3] === undefined || /^[Zz]$/.test(match[3]) || match[3] === '+00:00' ? 'UTC' : match[3];
  return `${match[1]} ${match[2]} ${zone}`;
}

/** The calendar day (YYYY-MM-DD) of an RFC 3339 date or timestamp, or null when it is not one. */
export function dayOf(value: string | null): string | null {
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt ])/.exec(value.trim());
  if (match === null) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // rejects 2026-02-30 and the like, which Date would silently roll over
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m}-${d}`;
}

/** The protocol family of a catalog format (`openapi-3.1` → openapi). */
export function protocolOf(format: string): 'openapi' | 'asyncapi' | 'other' {
  if (format.startsWith('openapi') || format.startsWith('swagger')) return 'openapi';
  if (format.startsWith('asyncapi')) return 'asyncapi';
  return 'other';
}

/** "OpenAPI 3.1", "AsyncAPI 2.6" for a catalog format. */
export function formatLabel(format: string): string {
  const match = /^(openapi|asyncapi|swagger)-(.+)$/.exec(format);
  if (match === null) return format;
  const name = match[1] === 'openapi' ? 'OpenAPI' : match[1] === 'asyncapi' ? 'AsyncAPI' : 'Swagger';
  return `${name} ${match[2]}`;
}
