/**
 * Reader chaos on the demo article page: whatever the reader does mid-animation, the graphic
 * settles on exactly the state of the active step, the same picture a fresh page shows at
 * the same size and scroll position, with no errors.
 *
 * (a) resize and rotate (390x844 → 844x390 → 1280x800) during a camera flight and during a
 *     unit-chart transition;
 * (b) jumps to the end and back to a middle step, several times, quickly;
 * (c) back and forward: an in-page anchor and another page, then back to the mid-story place;
 *     and the same (and a reload) for an embed whose story is fetched by URL;
 * (d) a hidden, then frozen, tab during a transition, then visible again.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { positionOf } from '../helpers/scrollTo.js';

const base = inject('demoURL');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function open(url: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, context };
}

/** What the graphic shows, as numbers and names (in the page, or in one embed's shadow root). */
function readPicture(hostId: string | null) {
  const root: ParentNode = hostId ? document.getElementById(hostId)!.shadowRoot! : document;
  const svg = root.querySelector('svg.scrollstage-map');
  const stage = root.querySelector('.stage') as HTMLElement | null;
  const round = (s: string | null | undefined) => s?.replace(/-?\d+(\.\d+)?/g, (n) => Number(n).toFixed(1)) ?? null;
  return {
    index: stage?.dataset.index ?? null,
    active: (root.querySelector('.step.active') as HTMLElement | null)?.dataset.step ?? null,
    type: stage?.dataset.type ?? null,
    camera: round(svg?.querySelector('g.camera')?.getAttribute('transform')),
    held: (svg?.querySelector('path.progress') as SVGPathElement | null)?.dataset.km ?? null,
    labels: svg ? [...svg.querySelectorAll('text.label')].map((t) => t.textContent).sort().join('|') : '',
    vehicles: svg?.querySelectorAll('circle.mover').length ?? 0,
    marks: root.querySelectorAll('.unit-chart .mark').length,
    canvas: root.querySelectorAll('.unit-chart canvas').length
  };
}
type Picture = ReturnType<typeof readPicture>;

/** Waits until the picture has not changed for 600 ms (animations over), and returns it. */
async function settled(page: Page, hostId: string | null = null): Promise<Picture> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(300);
    const now = JSON.stringify(await page.evaluate(readPicture, hostId));
    if (now === last) {
      await page.waitForTimeout(300);
      const again = JSON.stringify(await page.evaluate(readPicture, hostId));
      if (again === now) return JSON.parse(now);
    }
    last = now;
  }
  throw new Error('the graphic never settled');
}

/** A fresh page at the same size and scroll position: the picture the reader should see. */
async function freshPicture(url: string, viewport: { width: number; height: number }, y: number, hostId: string | null = null) {
  const { page, errors } = await open(url, { viewport });
  if (hostId) await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('.stage'), hostId);
  else await page.waitForSelector('.stage');
  await page.evaluate((top) => window.scrollTo(0, top), y);
  const picture = await settled(page, hostId);
  expect(errors).toEqual([]);
  return picture;
}

/** The step the stage shows right now. */
const stageIndex = (page: Page) => page.evaluate(() => Number((document.querySelector('.stage') as HTMLElement).dataset.index));

async function goTo(page: Page, index: number, progress = 0.5) {
  await page.evaluate((top) => window.scrollTo(0, top), await positionOf(page, index, progress));
  await page.waitForFunction((i) => (document.querySelector('.stage') as HTMLElement | null)?.dataset.index === String(i), index);
}

const PHONE = { width: 390, height: 844 };
const PHONE_LANDSCAPE = { width: 844, height: 390 };
const DESKTOP = { width: 1280, height: 800 };

describe('(a) resizing and rotating mid-animation', () => {
  for (const [what, from, to] of [
    ['a camera flight', 0, 6],
    ['a unit-chart transition', 10, 11],
    ['the map coming back after the chart', 11, 12]
  ] as const) {
    it(`settles during ${what} on the same picture as a fresh page`, async () => {
      const { page, errors } = await open(`${base}index.html`, { viewport: PHONE, hasTouch: true, isMobile: true });
      await page.waitForSelector('.stage');
      await goTo(page, from);
      await settled(page);
      await goTo(page, to);
      await page.waitForTimeout(120);
      await page.setViewportSize(PHONE_LANDSCAPE);
      await page.waitForTimeout(150);
      await page.setViewportSize(DESKTOP);
      const picture = await settled(page);
      const y = await page.evaluate(() => scrollY);
      // The active step is the one the layout puts at the trigger line, and the stage shows it.
      expect(picture.index).toBe(picture.active);
      expect(picture).toEqual(await freshPicture(`${base}index.html`, DESKTOP, y));
      expect(errors).toEqual([]);
    });
  }
});

describe('(b) jumping to the end and back', () => {
  it('settles on the middle step after several quick round trips', async () => {
    const { page, errors } = await open(`${base}index.html`, { viewport: DESKTOP });
    await page.waitForSelector('.stage');
    const middle = await positionOf(page, 7, 0.5);
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(60 + 40 * i);
      await page.evaluate((top) => window.scrollTo(0, top), middle);
      await page.waitForTimeout(80 + 30 * i);
    }
    const picture = await settled(page);
    expect(picture.index).toBe('7');
    expect(picture.active).toBe('7');
    expect(picture).toEqual(await freshPicture(`${base}index.html`, DESKTOP, middle));
    expect(errors).toEqual([]);
  });

  it('settles on the unit chart after jumping through it from the end and the start', async () => {
    const { page, errors } = await open(`${base}index.html`, { viewport: PHONE });
    await page.waitForSelector('.stage');
    const chart = await positionOf(page, 11, 0.5);
    for (const top of [99999, chart, 0, chart, 99999, chart]) {
      await page.evaluate((t) => window.scrollTo(0, t), top);
      await page.waitForTimeout(90);
    }
    const picture = await settled(page);
    expect(picture).toMatchObject({ index: '11', active: '11', type: 'unit-chart', marks: 300 });
    expect(picture).toEqual(await freshPicture(`${base}index.html`, PHONE, chart));
    expect(errors).toEqual([]);
  });
});

describe('(c) back and forward', () => {
  it('restores the mid-story place and its graphic after an in-page anchor and another page', async () => {
    const { page, errors } = await open(`${base}index.html`, { viewport: DESKTOP });
    await page.waitForSelector('.stage');
    await goTo(page, 8, 0.6);
    const before = await settled(page);
    const y = await page.evaluate(() => scrollY);

    // An in-page anchor (the explainer's skip link target), then back.
    await page.evaluate(() => {
      const id = document.querySelector('.sources[id]')!.id;
      location.hash = id;
    });
    await page.waitForFunction(() => Number((document.querySelector('.stage') as HTMLElement).dataset.index) === 12);
    await page.goBack();
    await page.waitForFunction((top) => Math.abs(scrollY - top) < 2, y);
    expect(await settled(page)).toEqual(before);

    // Another page, then back.
    await page.goto(`${base}snippet.html`, { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'load' });
    await page.waitForSelector('.stage');
    await page.waitForFunction((top) => Math.abs(scrollY - top) < 2, y, { timeout: 10_000 });
    expect(await settled(page)).toEqual(before);
    await page.goForward({ waitUntil: 'load' });
    await page.goBack({ waitUntil: 'load' });
    await page.waitForFunction((top) => Math.abs(scrollY - top) < 2, y, { timeout: 10_000 });
    expect(await settled(page)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('restores the mid-story place in an embed whose story is fetched by URL', async () => {
    const { page, errors } = await open(`${base}embed.html`, { viewport: DESKTOP });
    const host = 'explainer-url';
    await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('.stage'), host);
    await page.evaluate((id) => {
      const step = document.getElementById(id)!.shadowRoot!.querySelector('.step[data-step="7"]')!;
      window.scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight * 0.5 + 20);
    }, host);
    const before = await settled(page, host);
    expect(before.index).toBe('7');
    const y = await page.evaluate(() => scrollY);
    await page.goto(`${base}snippet.html`, { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'load' });
    await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('.stage'), host);
    await page.waitForFunction((top) => Math.abs(scrollY - top) < 2, y, { timeout: 10_000 });
    expect(await settled(page, host)).toEqual(before);
    // A reload mid-story lands there too.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('.stage'), host);
    await page.waitForFunction((top) => Math.abs(scrollY - top) < 2, y, { timeout: 10_000 });
    expect(await settled(page, host)).toEqual(before);
    // The broken demo embed's 404 is expected; nothing else may be reported.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});

/** Emulates the page becoming hidden or visible, with the event a real tab switch fires. */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

describe('(d) a hidden tab during a transition', () => {
  for (const [what, from, to] of [
    ['a camera flight', 2, 7],
    ['a unit-chart transition', 9, 10]
  ] as const) {
    it(`settles on the end state of ${what} when the reader comes back`, async () => {
      const { page, errors, context } = await open(`${base}index.html`, { viewport: DESKTOP });
      await page.waitForSelector('.stage');
      await goTo(page, from);
      await settled(page);
      await goTo(page, to);
      await page.waitForTimeout(100);

      // Another tab comes to the front. Headless Chromium keeps every page "visible", so the
      // page is told it is hidden, then frozen as a background tab is (no frames, no timers).
      const other = await context.newPage();
      await other.goto(`${base}snippet.html`);
      await other.bringToFront();
      await setHidden(page, true);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
      await other.waitForTimeout(1500);
      await cdp.send('Page.setWebLifecycleState', { state: 'active' });
      await page.bringToFront();
      await setHidden(page, false);
      await other.close();

      const picture = await settled(page);
      expect(picture.index).toBe(String(to));
      expect(await stageIndex(page)).toBe(to);
      const y = await page.evaluate(() => scrollY);
      expect(picture).toEqual(await freshPicture(`${base}index.html`, DESKTOP, y));
      expect(errors).toEqual([]);
    });
  }
});
