/**
 * The only ways contract text enters the HTML report: as escaped text (element content and quoted
 * attribute values alike), as a vetted link, or inside the embedded JSON.
 */
import { visibleText } from '../format.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text for element content or a quoted attribute value. Control and direction characters become
 * visible escapes; line breaks are kept only where the caller asks (descriptions, shown pre-line).
 */
export function esc(text: string | number, keepLines = false): string {
  return visibleText(String(text), keepLines).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * A link target the report may render, or null. Only http(s) and mailto survive, judged on the URL
 * as the browser will parse it (it strips tabs and newlines, so `java\nscript:` is `javascript:`),
 * and the normalized form is what gets written, so what was checked is what is followed.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (!URL.canParse(trimmed)) return null;
  const parsed = new URL(trimmed);
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol === 'mailto:' && isPlainAddress(parsed.pathname) && parsed.search === '' && parsed.hash === '') return parsed.href;
  return null;
}

/** `mailto:` for a plain address: headers (`?bcc=`) and odd characters are not accepted from contracts. */
export function mailtoHref(email: string): string | null {
  return isPlainAddress(email.trim()) ? safeHref(`mailto:${email.trim()}`) : null;
}

function isPlainAddress(address: string): boolean {
  return /^[A-Za-z0-9.!#$%*+/=^_{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(address);
}

/** `<a>` for a vetted URL, otherwise the URL as plain text. */
export function linkOrText(url: string | null | undefined, label: string = url ?? ''): string {
  if (url === null || url === undefined) return esc(label);
  const href = safeHref(url);
  return href === null ? esc(label) : `<a href="${esc(href)}" rel="noopener noreferrer">${esc(label)}</a>`;
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` as `\u` escapes so
 * no `</script>` or `<!--` can end or alter the element, U+2028/2029 escaped for consumers that
 * evaluate it as JavaScript, and C1 controls and direction overrides escaped so viewing the source
 * shows them. Still valid JSON that parses back to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
