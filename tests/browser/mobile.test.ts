/**
 * The explainer on phones: at 320 px wide, and at 390 px with the text at 200 % (the root
 * font size doubled, and Chromium's own text-size setting), the page never scrolls
 * sideways, cards stay inside the screen and every step activates in order. The graphic
 * is sized in small-viewport units; scrolling stays native (no non-passive wheel or touch
 * listeners, a touch swipe moves the page its full distance). Screenshots of the 320 px
 * layout go to tests/browser/__screenshots__/actual/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { activeStep, launchBrowser, VIEWPORTS, wheelThrough } from '../helpers/browser.js';
import { positionOf, wheelTo } from '../helpers/scrollTo.js';
import { flagship } from '../helpers/flagship.js';

const story = flagship();
const stepCount = story.steps.length;
const url = inject('demoURL');
const SHOTS = fileURLToPath(new URL('./__screenshots__/actual/', import.meta.url));
const NARROWEST = { width: 320, height: 640 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type TextSize = 'default' | 'root 200 %' | 'Chromium text size 200 %';

/** A touch-capable page at `viewport`, with the text enlarged as a reader would. */
async function open(viewport: { width: number; height: number }, text: TextSize = 'default') {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const cdp = await context.newCDPSession(page);
  // Which script added a listener: the page's own files have the demo's URL.
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (event) => scripts.set(event.scriptId, event.url));
  await cdp.send('Debugger.enable');
  // Chromium's "font size" setting: the default 16 px becomes 32 px, as at 200 % text size.
  if (text === 'Chromium text size 200 %') await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('[data-ready="true"] .step');
  if (text === 'root 200 %') await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
  if (text !== 'default') {
    const root = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(root).toBe(32);
  }
  return { page, cdp, scripts, errors, close: () => context.close() };
}

/** Sideways overflow of the page, and of any step card past the screen's edges, px. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('.step .card')].map((c) => c.getBoundingClientRect());
    return {
      page: document.documentElement.scrollWidth - innerWidth,
      cards: Math.max(0, ...cards.map((r) => Math.max(-r.left, r.right - innerWidth)))
    };
  });
}

const layouts: [string, { width: number; height: number }, TextSize][] = [
  ['320x640', NARROWEST, 'default'],
  ['390x844, root font 200 %', VIEWPORTS.phone, 'root 200 %'],
  ['390x844, Chromium text size 200 %', VIEWPORTS.phone, 'Chromium text size 200 %']
];

describe.each(layouts)('at %s', (_name, viewport, text) => {
  it('never scrolls sideways, keeps cards on screen and activates every step in order', async () => {
    const { page, errors, close } = await open(viewport, text);
    const seen: number[] = [];
    let worst = { page: 0, cards: 0 };
    await wheelThrough(page, 'down', async () => {
      const index = await activeStep(page);
      if (index !== seen.at(-1)) seen.push(index);
      const now = await overflow(page);
      worst = { page: Math.max(worst.page, now.page), cards: Math.max(worst.cards, now.cards) };
    });
    expect(seen.filter((i) => i >= 0)).toEqual([...Array(stepCount).keys()]);
    expect(worst).toEqual({ page: 0, cards: 0 });

    // The data tables, opened, fit too.
    await page.locator('.data-table summary').click();
    await page.waitForSelector('.data-table table');
    const tables = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - innerWidth,
      right: Math.max(...[...document.querySelectorAll('.data-table table')].map((t) => t.getBoundingClientRect().right))
    }));
    expect(tables.page).toBeLessThanOrEqual(0);
    expect(tables.right).toBeLessThanOrEqual(viewport.width);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the graphic on a phone', () => {
  it('is sized in small-viewport units (100svh less the sticky header)', async () => {
    const { page, close } = await open(VIEWPORTS.phone);
    const measure = () =>
      page.evaluate(() => {
        const graphic = document.querySelector('.scroller .graphic') as HTMLElement;
        const probe = document.createElement('div');
        probe.style.cssText = 'position:absolute;visibility:hidden;height:calc(100svh - var(--scrollstage-top, 0px))';
        graphic.parentElement!.append(probe);
        const expected = probe.getBoundingClientRect().height;
        probe.remove();
        // The rules that size the graphic, from the page's style sheets.
        const heights: string[] = [];
        const walk = (rules: CSSRuleList) => {
          for (const rule of rules) {
            if (rule instanceof CSSStyleRule && graphic.matches(rule.selectorText) && rule.style.height) heights.push(rule.style.height);
            if ('cssRules' in rule && !(rule instanceof CSSStyleRule)) walk((rule as CSSGroupingRule).cssRules);
          }
        };
        for (const sheet of document.styleSheets) walk(sheet.cssRules);
        return { height: graphic.getBoundingClientRect().height, expected, heights };
      });
    const tall = await measure();
    expect(tall.heights.length).toBeGreaterThan(0);
    expect(tall.heights.every((h) => h.includes('svh'))).toBe(true);
    expect(Math.abs(tall.height - tall.expected)).toBeLessThan(1);
    // An address bar taking 60 px: headless Chromium has none, so svh follows the viewport;
    // the graphic still matches 100svh exactly, which a real phone keeps fixed.
    await page.setViewportSize({ width: VIEWPORTS.phone.width, height: VIEWPORTS.phone.height - 60 });
    await page.waitForTimeout(300);
    const short = await measure();
    expect(Math.abs(short.height - short.expected)).toBeLessThan(1);
    await close();
  });

  it('leaves scrolling native: no non-passive wheel or touch listeners, a swipe moves the page its full distance', async () => {
    const { page, cdp, scripts, errors, close } = await open(VIEWPORTS.phone);
    await wheelTo(page, await positionOf(page, 2, 0.3));
    await page.waitForTimeout(500);
    const blocking: string[] = [];
    const fromPageTypes = new Set<string>();
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId!,
        depth: -1,
        pierce: true
      });
      for (const l of listeners) {
        // Playwright's own injected helpers register listeners too, from scripts without a URL.
        const fromPage = (scripts.get(l.scriptId) ?? '').startsWith(url);
        if (fromPage) fromPageTypes.add(l.type);
        if (fromPage && /^(wheel|mousewheel|touchstart|touchmove)$/.test(l.type) && !l.passive) {
          blocking.push(`${l.type} on ${expression}`);
        }
      }
    }
    expect(blocking).toEqual([]);
    // The check sees the page's own listeners (the scroll engine's resize and scroll).
    expect(fromPageTypes.has('resize')).toBe(true);

    // A real touch swipe through the explainer, over the graphic and over a card.
    for (const y of [0.3, 0.9]) {
      const before = await page.evaluate(() => scrollY);
      // A finger moving 400 px up in 20 moves (Input.synthesizeScrollGesture's touch source
      // does not scroll in headless Chromium; raw touch events do, as a finger would).
      const x = VIEWPORTS.phone.width / 2;
      const start = VIEWPORTS.phone.height * y;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: start }] });
      for (let i = 1; i <= 20; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: start - i * 20 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(300);
      const moved = (await page.evaluate(() => scrollY)) - before;
      // Native scrolling follows the finger (less the few px of touch slop before a touch
      // counts as a scroll) and may glide on after it lifts (fling); hijacked scrolling
      // would stop short.
      expect(moved).toBeGreaterThan(384);
      expect(moved).toBeLessThan(2000);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('screenshots at 320x640', () => {
  it('shows the first, a middle and the last step with cards inside the screen and the map credit inside the map', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, errors, close } = await open(NARROWEST);
    const last = stepCount - 1;
    for (const [where, index] of [['first', 0], ['middle', Math.floor(last / 2)], ['last', last]] as const) {
      await wheelTo(page, await positionOf(page, index, 0.3));
      await page.waitForFunction((i) => (document.querySelector('.stage') as HTMLElement).dataset.index === String(i), index);
      await page.waitForTimeout(2800);
      await page.screenshot({ path: `${SHOTS}mobile-320-${where}.png` });
      const fit = await page.evaluate(() => {
        const svg = document.querySelector('svg.scrollstage-map') as SVGSVGElement | null;
        const credit = svg?.querySelector('text.credit') as SVGTextElement | null;
        const box = credit?.getBBox();
        return {
          overflow: document.documentElement.scrollWidth - innerWidth,
          credit: box && svg ? box.x >= 0 && box.x + box.width <= svg.viewBox.baseVal.width : true
        };
      });
      expect(fit, where).toEqual({ overflow: 0, credit: true });
    }
    expect(errors).toEqual([]);
    await close();
  });
});
