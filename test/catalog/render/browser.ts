/**
 * Opens the HTML report in Debian's Chromium through playwright-core (no browser download). The
 * report is served from a fake origin by a route that also counts every other request, so a test
 * can assert the page loads nothing.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['APIGOV_CHROMIUM'] ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM_PATH);
export const NO_CHROMIUM_MESSAGE = `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set APIGOV_CHROMIUM)`;

const REPORT_URL = 'https://report.invalid/catalog.html';

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenedReport {
  page: Page;
  context: BrowserContext;
  /** every request other than the report document itself */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

export async function openReport(
  browser: Browser,
  html: string,
  options: { javaScriptEnabled?: boolean; bypassCSP?: boolean; width?: number } = {},
): Promise<OpenedReport> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1360, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const opened: OpenedReport = { page, context, requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === REPORT_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    opened.requests.push(url);
    return route.abort();
  });
  // requests the router never sees (e.g. other schemes) still show up here
  page.on('request', (request) => {
    if (request.url() !== REPORT_URL && !opened.requests.includes(request.url())) opened.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(REPORT_URL, { waitUntil: 'load' });
  return opened;
}
