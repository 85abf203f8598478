/**
 * One headless Chromium for a browser test file: a fresh profile directory (deleted on close), a
 * 1366×768 page (the laptop screen the UI is designed for), every request that leaves the API's
 * origin recorded (the UI must load nothing from the internet), and screenshots saved to
 * test-results/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureWebBuild } from '../../web/build/ensureWebBuild.js';
import { openHttpTestApi, type HttpTestApi } from '../support/testApi.js';
import { CHROMIUM_PATH, ensureChromium } from './ensureChromium.js';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** URLs the page requested outside `origin` (data: and blob: URLs are not requests to anyone). */
  externalRequests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Saves a PNG of the viewport as test-results/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openBrowserSession(origin: string): Promise<BrowserSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'career-graph-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
  });
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    context,
    page,
    externalRequests,
    pageErrors,
    async screenshot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profileDir, { recursive: true, force: true });
      }
    },
  };
}

/** The API over HTTP plus a browser on it: what every browser test file starts with. */
export interface UiUnderTest {
  http: HttpTestApi;
  browser: BrowserSession;
  close(): Promise<void>;
}

/** Installs chromium if missing, builds the UI if stale, starts the API and opens a browser on it. */
export async function openUiUnderTest(): Promise<UiUnderTest> {
  await ensureChromium();
  await ensureWebBuild();
  const http = await openHttpTestApi();
  const browser = await openBrowserSession(http.url);
  return {
    http,
    browser,
    async close() {
      await browser.close();
      await http.close();
    },
  };
}
