/** The HTML report as text: self-containment, the CSP, the embedded JSON and escaping. The browser test checks behaviour. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CATALOG_DATA_ID, renderHtml } from '../../../src/catalog/render/html.js';
import { jsonForScript, safeHref } from '../../../src/catalog/render/html/escape.js';
import { emptyCatalog, fixtureCatalog, HOSTILE, hostileCatalog } from './fixture.js';

function between(html: string, open: RegExp, close: string): string[] {
  const found: string[] = [];
  let rest = html;
  for (let m = open.exec(rest); m !== null; m = open.exec(rest)) {
    const start = m.index + m[0].length;
    const end = rest.indexOf(close, start);
    found.push(rest.slice(start, end));
    rest = rest.slice(end + close.length);
  }
  return found;
}

/** Attribute names of a start tag (values skipped, so text inside a quoted value never counts). */
function attributeNames(tag: string): string[] {
  return [...tag.replace(/^<[a-zA-Z][a-zA-Z0-9-]*/, '').matchAll(/\s+([^\s=>"'/]+)(?:=(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g)].map((m) => m[1]!.toLowerCase());
}

const hasHandler = (tag: string): boolean => attributeNames(tag).some((name) => name.startsWith('on'));

const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Start tags with their attributes (quoted values may hold `>`): what a browser would build elements from. */
function startTags(html: string): string[] {
  return html.match(/<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^\s=>"']+(?:=(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*\s*\/?>/g) ?? [];
}

describe('catalog.html', () => {
  const html = renderHtml(fixtureCatalog());

  it('carries a strict CSP whose hashes match the one style and the one script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const styles = between(html, /<style>/g, '</style>');
    const scripts = between(html, /<script>/g, '</script>');
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(csp).toBe(
      `default-src 'none'; style-src '${sha256(styles[0]!)}'; script-src '${sha256(scripts[0]!)}'; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    // the policy must come before anything it governs
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).not.toContain('unsafe-inline');
  });

  it('is self-contained: no external scripts, styles, fonts, images or frames', () => {
    const tags = startTags(html);
    expect(tags.filter((t) => /\ssrc=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /^<(img|iframe|object|embed|link|base|video|audio|source)\b/i.test(t))).toEqual(['<link rel="icon" href="data:,">']);
    expect(tags.filter((t) => attributeNames(t).includes('style'))).toEqual([]); // the CSP would block inline style attributes
    expect(tags.filter(hasHandler)).toEqual([]);
    const css = between(html, /<style>/g, '</style>')[0]!;
    expect(css).not.toMatch(/@import|url\(|@font-face/);
    const hrefs = tags.flatMap((t) => [...t.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!));
    for (const href of hrefs) expect(href, href).toMatch(/^(#[a-z0-9-]+|https:\/\/|mailto:|data:,$)/);
  });

  it('embeds the catalog JSON so it parses back to the same catalog', () => {
    const json = between(html, new RegExp(`<script type="application/json" id="${CATALOG_DATA_ID}">`, 'g'), '</script>');
    expect(json).toHaveLength(1);
    expect(JSON.parse(json[0]!)).toEqual(fixtureCatalog());
  });

  it('keeps hostile text inside the JSON element: it cannot close the tag or start a comment', () => {
    const catalog = hostileCatalog();
    catalog.apis[1]!.title = '<!-- </script><script>alert(1)</script> \u2028\u2029 & > <';
    const out = renderHtml(catalog);
    const json = between(out, new RegExp(`<script type="application/json" id="${CATALOG_DATA_ID}">`, 'g'), '</script>')[0]!;
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(catalog);
    expect(between(out, /<script>/g, '</script>')).toHaveLength(1);
    expect(jsonForScript({ a: '</script>' })).toBe('{"a":"\\u003c/script\\u003e"}');
  });

  it('names every chart and gives it a text alternative', () => {
    const svgs = startTags(html).filter((t) => t.startsWith('<svg') && t.includes('role="img"'));
    const titles = [...html.matchAll(/<svg id="([^"]+)"[^>]*role="img" aria-labelledby="\1-title" aria-describedby="\1-desc"[^>]*><title id="\1-title">([^<]+)<\/title><desc id="\1-desc">([^<]+)<\/desc>/g)].map(
      (m) => m[2],
    );
    expect(titles.length).toBe(svgs.length);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Score distribution by grade',
        'Estate score and errors over time',
        'Lifecycle of contracts',
        'Protocol mix by specification version',
        'Heatmap of errors by domain and rule area',
        'System-of-record matrix of entities and APIs',
        'Event-flow graph of producers, event types and consumers',
        'Sunset timeline of deprecated APIs and operations',
      ]),
    );
    // one grade chart per domain for the filter, all but "all domains" hidden until chosen
    expect(titles.filter((t) => t!.startsWith('Score distribution by grade, domain '))).toHaveLength(8);
    expect((html.match(/<details class="chart-data"><summary>Data table<\/summary><table class="data">/g) ?? []).length).toBe(8);
  });

  it('uses real tables with scoped header cells', () => {
    for (const table of between(html, /<table[^>]*>/g, '</table>')) {
      expect(table).toMatch(/<th scope="col"/);
      expect(table).not.toMatch(/<th(?! scope="(col|row)")[\s>]/);
    }
  });

  it('escapes contract text everywhere and renders no dangerous link', () => {
    const out = renderHtml(hostileCatalog());
    const tags = startTags(out);
    expect(tags.filter((t) => /^<(img|iframe)\b/i.test(t))).toEqual([]);
    expect(attributeNames('<a x="onclick=1" onmouseover=y>')).toEqual(['x', 'onmouseover']);
    expect(tags.filter(hasHandler)).toEqual([]);
    expect(out).not.toMatch(/href="\s*(javascript|data:text|vbscript)/i);
    expect(out).not.toMatch(/href="[^"]*java\s*script/i);
    expect(between(out, /<script>/g, '</script>')).toHaveLength(1);
    expect(out).toContain('Orders &lt;/script&gt;&lt;script&gt;window.__pwned = &quot;script&quot;&lt;/script&gt;');
    expect(out).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt;');
    // a mail address with headers is text, not a link
    expect(out).not.toMatch(/href="mailto:[^"]*bcc/i);
    // control and direction characters are shown, not obeyed
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('bell\\x07 escape\\x1b[31m rtl\\u202eevil');
    expect(HOSTILE.jsUrl).toBe('javascript:alert(1)');
  });

  it('links only http(s) and plain mailto addresses', () => {
    expect(safeHref('https://wiki.retail.example/a b')).toBe('https://wiki.retail.example/a%20b');
    expect(safeHref('mailto:team@retail.example')).toBe('mailto:team@retail.example');
    for (const bad of ['javascript:alert(1)', ' JaVa\nScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.example', '/relative', 'mailto:a@b?bcc=c@d'])
      expect(safeHref(bad), bad).toBeNull();
  });

  it('is deterministic: the same catalog renders the same bytes', () => {
    expect(renderHtml(fixtureCatalog())).toBe(html);
  });

  it('renders an empty estate with empty states instead of charts', () => {
    const out = renderHtml(emptyCatalog());
    expect(out).toContain('No contracts in the estate.');
    expect(out).toContain('No events in the estate.');
    expect(out).toContain('Nothing is deprecated.');
    expect(out).not.toContain('role="img"');
  });

  it('folds the locations of an estate finding after the first three, and lets the estate findings be filtered', () => {
    const catalog = fixtureCatalog();
    catalog.estateFindings[0]!.locations = Array.from({ length: 12 }, (_, i) => ({ file: `contracts/c${i}.yaml`, pointer: '/info' }));
    const html = renderHtml(catalog);
    const row = html.slice(html.indexOf('<tr data-severity="error" data-check="estate-sor-conflict"'));
    const cell = row.slice(row.indexOf('<td class="locations">'), row.indexOf('</tr>'));
    const [shown, folded] = cell.split('<details class="more">');
    expect(shown!.match(/contracts\/c\d+\.yaml/g)).toEqual(['contracts/c0.yaml', 'contracts/c1.yaml', 'contracts/c2.yaml']);
    expect(folded).toContain('<summary>9 more locations</summary>');
    expect(folded!.match(/contracts\/c\d+\.yaml/g)).toHaveLength(9);
    expect(html).toContain('data-filter="estate-findings-table" data-noun="estate findings"');
  });
});

