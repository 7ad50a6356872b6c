/**
 * The newsroom embed on a hostile CMS article page (demo/public/embed.html): two good
 * embeds (by URL and inline) and one whose story URL fails.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.js';

const base = inject('demoURL');
const page_ = `${base}embed.html`;

type Recorded = { type: string; host: string; detail: Record<string, unknown> };

/** Records embed events and layout shifts from the very start of the page. */
function record() {
  const w = window as unknown as { __events: unknown[]; __cls: number; __globals: string[] };
  w.__globals = Object.getOwnPropertyNames(window);
  w.__events = [];
  w.__cls = 0;
  for (const type of ['scrollstage:ready', 'scrollstage:step', 'scrollstage:error']) {
    document.addEventListener(type, (event) => {
      w.__events.push({ type, host: (event.target as Element).id, detail: (event as CustomEvent).detail });
    });
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) w.__cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(viewport: { width: number; height: number }, url = page_) {
  const context: BrowserContext = await browser.newContext({ viewport });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.addInitScript(record);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __events: Recorded[] }).__events.filter((e) => e.type !== 'scrollstage:step').length >= 3);
  return { page, pageErrors, close: () => context.close() };
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);

/** The top and bottom of an embed's graphic panel, and whether it is pinned by hand. */
const graphicBox = (page: Page, host: string) =>
  page.evaluate((id) => {
    const graphic = document.getElementById(id)!.shadowRoot!.querySelector('.graphic') as HTMLElement;
    const r = graphic.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, pinned: graphic.style.transform !== '' };
  }, host);

async function scrollToStep(page: Page, host: string, index: number) {
  await page.evaluate(
    ([id, i]) => {
      const step = document.getElementById(id as string)!.shadowRoot!.querySelector(`.step[data-step="${i}"]`)!;
      window.scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight * 0.4);
    },
    [host, index] as const
  );
  await page.waitForTimeout(250);
}

describe('embed.js starting the stories', () => {
  it('asks for each story once, while the core is still on its way, and the core reads that answer', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const log: string[] = [];
    page.on('request', (request) => log.push(`ask ${new URL(request.url()).pathname}`));
    page.on('requestfinished', (request) => log.push(`got ${new URL(request.url()).pathname}`));
    await page.addInitScript(record);
    await page.goto(page_, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __events: Recorded[] }).__events.filter((e) => e.type !== 'scrollstage:step').length >= 3);
    const asked = (name: string) => log.filter((line) => line.startsWith('ask ') && line.endsWith(name)).length;
    expect(asked('/stories/idlib-m5.json')).toBe(1);
    expect(asked('/stories/moved-away.json')).toBe(1);
    // The story was asked for before the core module had arrived.
    const core = log.findIndex((line) => /^got .*\/embed\/core-[\w-]+\.js$/.test(line));
    expect(core).toBeGreaterThan(-1);
    expect(log.indexOf('ask ' + new URL('stories/idlib-m5.json', page_).pathname)).toBeLessThan(core);
    // Ready as before, and the failing story still says why.
    const seen = await events(page);
    expect(seen.some((e) => e.type === 'scrollstage:ready' && e.host === 'explainer-url')).toBe(true);
    expect(String(seen.find((e) => e.type === 'scrollstage:error')?.detail.message)).toContain('HTTP 404');
    await context.close();
  });
});

describe.each(Object.entries(VIEWPORTS))('embeds at %s size', (_name, viewport) => {
  it('both good embeds get ready and fire their steps in order while the reader scrolls; the failing one says why', async () => {
    const { page, pageErrors, close } = await open(viewport);
    const start = await events(page);
    expect(start.filter((e) => e.type === 'scrollstage:ready').map((e) => [e.host, e.detail])).toEqual(
      expect.arrayContaining([
        ['explainer-url', { id: 'idlib-m5', steps: 13 }],
        ['explainer-inline', { id: 'm5-in-brief', steps: 3 }]
      ])
    );
    const failure = start.find((e) => e.type === 'scrollstage:error')!;
    expect(failure.host).toBe('explainer-broken');
    expect(String(failure.detail.message)).toContain('HTTP 404');

    // The failing box shows a short message and keeps the page's own fallback content.
    const broken = await page.evaluate(() => {
      const host = document.getElementById('explainer-broken')!;
      const note = host.shadowRoot!.querySelector('.scrollstage-error');
      const fallback = host.querySelector('.fallback')!.getBoundingClientRect();
      return { note: note?.textContent, slot: !!host.shadowRoot!.querySelector('slot'), fallbackHeight: fallback.height };
    });
    expect(broken.note).toMatch(/could not be shown: the story could not be loaded \(HTTP 404/);
    expect(broken.slot).toBe(true);
    expect(broken.fallbackHeight).toBeGreaterThan(20);

    // Scroll the whole page with the wheel.
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    for (let i = 0; i < 1500; i++) {
      const done = await page.evaluate(() => scrollY >= document.documentElement.scrollHeight - innerHeight - 1);
      if (done) break;
      await page.mouse.wheel(0, 220);
      await page.waitForTimeout(25);
    }
    await page.waitForTimeout(300);
    const steps = (await events(page)).filter((e) => e.type === 'scrollstage:step');
    for (const [host, count] of [['explainer-url', 13], ['explainer-inline', 3]] as const) {
      const mine = steps.filter((e) => e.host === host);
      expect(mine.map((e) => e.detail.index)).toEqual([...Array(count).keys()]);
      expect(mine.every((e) => e.detail.direction === 'down')).toBe(true);
      expect(mine[0]!.detail).toMatchObject({ id: host === 'explainer-url' ? 'idlib-m5' : 'm5-in-brief', stepId: expect.any(String) });
    }
    expect(pageErrors).toEqual([]);
    await close();
  });

  it('keeps the graphic in view through the middle steps, with and without an overflow: hidden ancestor', async () => {
    for (const hostile of [true, false]) {
      const { page, close } = await open(viewport);
      if (!hostile) await page.addStyleTag({ content: '.page { overflow: visible !important; }' });
      const header = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
      for (const index of [3, 5, 7, 9]) {
        await scrollToStep(page, 'explainer-url', index);
        const box = await graphicBox(page, 'explainer-url');
        expect(box.top).toBeGreaterThanOrEqual(header - 1);
        expect(box.top).toBeLessThanOrEqual(header + 1);
        expect(box.bottom).toBeLessThanOrEqual(viewport.height + 1);
        // Sticky does the work where it can; the hand pin only where the host breaks it.
        expect(box.pinned).toBe(hostile);
      }
      await close();
    }
  });

  it('looks the same inside the hostile page as on a bare page: host CSS does not reach in', async () => {
    // The same width on both pages: the map sizes its labels to its width.
    const bare = (width: number) => `<!doctype html><html><head><meta name="viewport" content="width=device-width"><script src="./embed/embed.js" defer></script></head>
      <body style="margin:0"><div id="explainer-url" style="width:${width}px" data-scrollstage="./stories/idlib-m5.json"></div></body></html>`;
    const styles = async (page: Page) =>
      page.evaluate(() => {
        const root = document.getElementById('explainer-url')!.shadowRoot!;
        const pick = (selector: string) => {
          const el = root.querySelector(selector)!;
          const s = getComputedStyle(el);
          return [s.fontFamily, s.fontSize, s.lineHeight, s.letterSpacing, s.textTransform, s.boxSizing, s.maxWidth, s.color].join(' | ');
        };
        const svg = root.querySelector('svg.scrollstage-map')!;
        return {
          text: pick('.step .text'),
          kicker: pick('.step .kicker'),
          sources: pick('.step .sources'),
          label: pick('svg.scrollstage-map text.label'),
          svg: pick('svg.scrollstage-map'),
          svgHeightMatches: Math.abs(svg.getBoundingClientRect().height - Number(svg.getAttribute('height'))) < 1
        };
      });
    const hostile = await open(viewport);
    const inHostile = await styles(hostile.page);
    const width = await hostile.page.evaluate(() => document.getElementById('explainer-url')!.getBoundingClientRect().width);
    await hostile.close();

    const context = await browser.newContext({ viewport });
    await context.route(`${base}bare.html`, (route) => route.fulfill({ contentType: 'text/html', body: bare(width) }));
    const page = await context.newPage();
    await page.goto(`${base}bare.html`);
    await page.waitForFunction(() => !!document.getElementById('explainer-url')?.shadowRoot?.querySelector('svg.scrollstage-map text.label'));
    const onBare = await styles(page);
    await context.close();

    for (const key of Object.keys(onBare) as (keyof typeof onBare)[]) expect([key, inHostile[key]]).toEqual([key, onBare[key]]);
    expect(inHostile.svgHeightMatches).toBe(true);
    expect(inHostile.text).toContain('Georgia');
  });

  it('does not shift the page while embeds load and the reader scrolls (CLS < 0.01)', async () => {
    const { page, close } = await open(viewport);
    for (const index of [0, 4, 8]) await scrollToStep(page, 'explainer-url', index);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.01);
    await close();
  });
});

describe('window.scrollstage', () => {
  it('mounts elements added later, mounts on demand, destroys cleanly, and survives a second copy of the script', async () => {
    const { page, pageErrors, close } = await open(VIEWPORTS.desktop);
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __events: Recorded[]; scrollstage: { mount(el: HTMLElement, s?: unknown): { destroy(): void } } };
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      // Added after load: found by the observer.
      const later = document.createElement('div');
      later.id = 'later';
      later.dataset.scrollstage = './stories/idlib-m5.ar.json';
      later.innerHTML = '<p>fallback</p>';
      document.querySelector('main')!.append(later);
      // Mounted by hand from a story object.
      const manual = document.createElement('div');
      manual.id = 'manual';
      manual.innerHTML = '<p class="mine">host content</p>';
      document.querySelector('main')!.append(manual);
      const story = await (await fetch('./stories/idlib-m5.json')).json();
      // A story given as an object names its files from the page.
      story.basemap = `stories/${story.basemap}`;
      const handle = w.scrollstage.mount(manual, story);
      // The script again: must not mount anything twice or replace the API.
      const api = w.scrollstage;
      const again = document.createElement('script');
      again.src = './embed/embed.js';
      document.head.append(again);
      await new Promise((r) => again.addEventListener('load', r));
      for (let i = 0; i < 100 && w.__events.filter((e) => e.type === 'scrollstage:ready').length < 4; i++) await wait(100);
      const ready = w.__events.filter((e) => e.type === 'scrollstage:ready').map((e) => e.host);
      const rootsInManual = manual.shadowRoot!.querySelectorAll('.scrollstage-root').length;
      const arabicDir = later.shadowRoot!.querySelector('article')?.getAttribute('dir');
      handle.destroy();
      await wait(50);
      const visibleAfterDestroy = (manual.querySelector('.mine') as HTMLElement).getBoundingClientRect().height > 0;
      const emptied = manual.shadowRoot!.querySelectorAll('.scrollstage-root').length === 0;
      later.remove();
      return { ready, rootsInManual, arabicDir, visibleAfterDestroy, emptied, sameApi: api === w.scrollstage, globals: Object.getOwnPropertyNames(window).filter((k) => !(window as unknown as { __globals: string[] }).__globals.includes(k)) };
    });
    expect(result.ready).toEqual(expect.arrayContaining(['later', 'manual']));
    expect(result.ready.filter((h) => h === 'manual')).toHaveLength(1);
    expect(result.rootsInManual).toBe(1);
    expect(result.arabicDir).toBe('rtl');
    expect(result.visibleAfterDestroy).toBe(true);
    expect(result.emptied).toBe(true);
    expect(result.sameApi).toBe(true);
    // Nothing but window.scrollstage (and this test's own recorders) lands on window.
    expect(result.globals.filter((k) => !k.startsWith('__'))).toEqual(['scrollstage']);
    expect(pageErrors).toEqual([]);
    await close();
  });
});
