/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
 * (no browser download). Collects console errors and page errors for each page.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 }
} as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {}
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

/** Scrolls with real wheel input until the bottom (or top) of the page, calling `each` after every notch. */
export async function wheelThrough(
  page: Page,
  direction: 'down' | 'up',
  each?: () => Promise<void>,
  notch = 160
): Promise<void> {
  const box = page.viewportSize() ?? VIEWPORTS.desktop;
  await page.mouse.move(box.width / 2, box.height / 2);
  for (let i = 0; i < 2000; i++) {
    const done = await page.evaluate((down) => {
      const max = document.documentElement.scrollHeight - innerHeight;
      return down ? scrollY >= max - 1 : scrollY <= 0;
    }, direction === 'down');
    if (done) break;
    await page.mouse.wheel(0, direction === 'down' ? notch : -notch);
    await page.waitForTimeout(40);
    if (each) await each();
  }
  // Let the last cue's animation frame run.
  await page.waitForTimeout(300);
}

/** The index of the step the explainer marks active, or -1. */
export async function activeStep(page: Page, root = 'body'): Promise<number> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector);
    const scope = host?.shadowRoot ?? host ?? document;
    const el = scope.querySelector('.step.active');
    return el ? Number((el as HTMLElement).dataset.step) : -1;
  }, root);
}
