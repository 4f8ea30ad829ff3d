/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Debian's Chromium via playwright-core): it loads nothing, logs
 * no error, its charts are named, sorting and filtering work, it reads without the script and in
 * print, and hostile contract text never executes. Saves test-output/catalog.png for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/catalog/render/html.js';
import { PROJECT_ROOT } from '../../helpers.js';
import { hasChromium, launchChromium, NO_CHROMIUM_MESSAGE, openReport, type OpenedReport } from './browser.js';
import { fixtureCatalog, HOSTILE, hostileCatalog } from './fixture.js';

const OUTPUT = path.join(PROJECT_ROOT, 'test-output');

const CHART_NAMES = [
  'Score distribution by grade',
  'Estate score and errors over time',
  'Lifecycle of contracts',
  'Protocol mix by specification version',
  'Heatmap of errors by domain and rule area',
  'System-of-record matrix of entities and APIs',
  'Event-flow graph of producers, event types and consumers',
  'Sunset timeline of deprecated APIs and operations',
];

if (!hasChromium) {
  console.warn(NO_CHROMIUM_MESSAGE);
  describe('catalog.html in a browser', () => {
    it.skip(NO_CHROMIUM_MESSAGE, () => undefined);
  });
} else {
  describe('catalog.html in a browser', () => {
    let browser: Browser;
    const opened: OpenedReport[] = [];
    const open = async (html: string, options?: Parameters<typeof openReport>[2]): Promise<OpenedReport> => {
      const report = await openReport(browser, html, options);
      opened.push(report);
      return report;
    };

    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      for (const report of opened) await report.context.close();
      await browser?.close();
    });

    /** The visible rows' values of one column of the APIs table. */
    async function column(page: Page, index: number, attribute?: string): Promise<string[]> {
      return page.$$eval(
        '#apis-table tbody tr:not([hidden])',
        (rows, [i, attr]) => rows.map((row) => {
          const cell = (row as HTMLTableRowElement).cells[i as number]!;
          return attr === null ? cell.textContent!.trim() : cell.getAttribute(attr as string)!;
        }),
        [index, attribute ?? null] as const,
      );
    }

    it('loads nothing, logs no error and shows every chart with its accessible name', async () => {
      const { page, requests, consoleErrors, pageErrors } = await open(renderHtml(fixtureCatalog()));
      for (const name of CHART_NAMES) await expect(page.getByRole('img', { name, exact: true }).isVisible(), name).resolves.toBe(true);
      // each chart's numbers are also in a data table
      expect(await page.locator('figure.chart details.chart-data table').count()).toBe(CHART_NAMES.length);
      fs.mkdirSync(OUTPUT, { recursive: true });
      await page.screenshot({ path: path.join(OUTPUT, 'catalog.png'), fullPage: true });
      expect(requests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    it('sorts the API table by the header that was clicked, both ways', async () => {
      const { page, consoleErrors } = await open(renderHtml(fixtureCatalog()));
      const score = page.getByRole('columnheader', { name: 'Score' });
      await score.getByRole('button').click();
      const ascending = (await column(page, 6, 'data-sort')).map(Number);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(ascending[0]).toBe(42);
      await expect(score.getAttribute('aria-sort')).resolves.toBe('ascending');
      await score.getByRole('button').click();
      const descending = (await column(page, 6, 'data-sort')).map(Number);
      expect(descending).toEqual([...ascending].reverse());
      await expect(score.getAttribute('aria-sort')).resolves.toBe('descending');

      await page.getByRole('columnheader', { name: 'Owner' }).getByRole('button').click();
      const owners = await column(page, 2);
      expect(owners).toEqual([...owners].sort((a, b) => a.localeCompare(b)));
      await expect(score.getAttribute('aria-sort')).resolves.toBeNull();
      expect(consoleErrors).toEqual([]);
    });

    it('filters the API table by text, domain, grade and lifecycle', async () => {
      const { page } = await open(renderHtml(fixtureCatalog()));
      const filters = page.getByRole('search', { name: 'Filter APIs' });
      await expect(filters.isVisible()).resolves.toBe(true);
      await expect(filters.locator('output').textContent()).resolves.toBe('10 of 10 APIs');
      await filters.getByLabel('Search').fill('WAREHOUSE');
      expect(await column(page, 0)).toEqual(['Inventory API (legacy)retail-inventory', 'Warehouse Eventsretail-warehouse-events']);
      await filters.getByLabel('Lifecycle').selectOption('experimental');
      expect(await column(page, 0)).toEqual(['Warehouse Eventsretail-warehouse-events']);
      await expect(filters.locator('output').textContent()).resolves.toBe('1 of 10 APIs');
      await filters.getByLabel('Search').fill('');
      await filters.getByLabel('Lifecycle').selectOption('');
      await filters.getByLabel('Grade').selectOption('gold');
      expect(await column(page, 0)).toEqual(['Order Management APIretail-order-management', 'Pricing APIretail-pricing']);
      await filters.getByLabel('Domain').selectOption('order');
      expect(await column(page, 0)).toEqual(['Order Management APIretail-order-management']);
    });

    it('filters the estate findings by text, severity and check', async () => {
      const { page } = await open(renderHtml(fixtureCatalog()));
      const filters = page.getByRole('search', { name: 'Filter estate findings' });
      const total = fixtureCatalog().estateFindings.length;
      await expect(filters.locator('output').textContent()).resolves.toBe(`${total} of ${total} estate findings`);
      await filters.getByLabel('Severity').selectOption('error');
      const errors = fixtureCatalog().estateFindings.filter((f) => f.severity === 'error').length;
      await expect(filters.locator('output').textContent()).resolves.toBe(`${errors} of ${total} estate findings`);
      await filters.getByLabel('Search').fill('warehouse-events');
      await expect(filters.locator('output').textContent()).resolves.toBe(`2 of ${total} estate findings`);
      await filters.getByLabel('Check').selectOption('estate-orphan-consumed-event');
      await expect(page.locator('#estate-findings-table tbody tr:not([hidden]) code.rule').allTextContents()).resolves.toEqual(['estate-orphan-consumed-event']);
    });

    it('switches the score distribution to one domain', async () => {
      const { page } = await open(renderHtml(fixtureCatalog()));
      await page.locator('#chart-grades').getByRole('combobox', { name: 'Domain' }).selectOption({ label: 'inventory' });
      await expect(page.getByRole('img', { name: 'Score distribution by grade', exact: true }).count()).resolves.toBe(0);
      const chart = page.getByRole('img', { name: 'Score distribution by grade, domain inventory' });
      await expect(chart.isVisible()).resolves.toBe(true);
      await expect(chart.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent())).resolves.toBe(
        '2 contracts: 0 Gold, 1 Silver, 0 Bronze, 1 Not compliant.',
      );
    });

    it('drills down from the table to an API’s findings, with rule links, pointers and lines', async () => {
      const { page } = await open(renderHtml(fixtureCatalog()));
      await page.getByRole('link', { name: 'Storefront BFF' }).click();
      const details = page.locator('#api-retail-storefront-bff');
      await expect(details.getAttribute('open')).resolves.toBe('');
      const findings = details.getByRole('table', { name: 'Findings of Storefront BFF' });
      await expect(findings.isVisible()).resolves.toBe(true);
      await expect(findings.locator('tbody tr').count()).resolves.toBe(7);
      const first = findings.locator('tbody tr').first();
      await expect(first.getByRole('link', { name: 'data-money-amount' }).getAttribute('href')).resolves.toBe('https://apigov.example.com/rules/data-money-amount');
      await expect(first.locator('td').nth(3).textContent()).resolves.toBe('/components/schemas/CartLine/properties/price');
      await expect(first.locator('td').nth(4).textContent()).resolves.toBe('99');
    });

    it('reads without the script: tables, charts and details are all there, the inert controls hidden', async () => {
      const { page, requests, consoleErrors } = await open(renderHtml(fixtureCatalog()), { javaScriptEnabled: false });
      for (const name of CHART_NAMES) await expect(page.getByRole('img', { name, exact: true }).isVisible(), name).resolves.toBe(true);
      await expect(page.locator('#apis-table tbody tr:visible').count()).resolves.toBe(10);
      await expect(page.getByRole('search').count()).resolves.toBe(0);
      await expect(page.locator('#chart-grades select').isVisible()).resolves.toBe(false);
      await page.locator('#api-retail-loyalty > summary').click();
      await expect(page.locator('#api-retail-loyalty').getByRole('table', { name: 'Findings of Loyalty API' }).isVisible()).resolves.toBe(true);
      expect(requests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });

    it('prints without navigation or controls, and with the charts', async () => {
      const { page } = await open(renderHtml(fixtureCatalog()));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('nav.toc').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('search').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('img', { name: 'Event-flow graph of producers, event types and consumers' }).isVisible()).resolves.toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });

    for (const bypassCSP of [false, true]) {
      it(`never executes script or markup from contracts (${bypassCSP ? 'escaping alone, CSP bypassed' : 'with the CSP'})`, async () => {
        const catalog = hostileCatalog();
        const { page, requests, dialogs, pageErrors } = await open(renderHtml(catalog), { bypassCSP });
        await page.locator('#apis-table').getByRole('link', { name: catalog.apis[0]!.title }).click();
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await page.locator('#apis-table thead button').first().click();
        await page.waitForTimeout(100);
        await expect(page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(pageErrors).toEqual([]);
        expect(requests).toEqual([]); // <img src=x> would have been a request
        await expect(page.locator('img, iframe, object, embed').count()).resolves.toBe(0);
        await expect(page.locator('script').count()).resolves.toBe(2);
        const handlers = await page.$$eval('*', (elements) => elements.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))));
        expect(handlers).toEqual([]);
        const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
        for (const href of hrefs) expect(href, href).toMatch(/^(https:|mailto:|https:\/\/report\.invalid\/catalog\.html#)/);
        // the text is shown as written, escaped rather than interpreted
        const text = await page.locator('body').innerText();
        expect(text).toContain(catalog.apis[0]!.title);
        expect(text).toContain(HOSTILE.img);
        expect(text).toContain(`/components/schemas/Order/properties/${HOSTILE.svg}`);
        expect(text).toContain(HOSTILE.jsUrl); // shown as text, not linked
        // the embedded data still round-trips in the browser
        const data = await page.locator('#catalog-data').textContent();
        expect(JSON.parse(data!)).toEqual(catalog);
      });
    }
  });
}
