/**
 * A unit chart of six groups with long names and five-digit values, in English and in
 * Hebrew (right to left), embedded inline and reached by scrolling, at phone and desktop
 * size: every word of the chart (title, caption, labels, numbers, keys, source line) and
 * every square is on screen, no text box lies over another or over a group's squares, no
 * word spills out of its box, and "+2,140" reads "+2,140" in Hebrew: its sign drawn left
 * of its digits. Boxes are measured with getBoundingClientRect in real Chromium, with real
 * fonts, after the chart has settled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.js';

const demo = fileURLToPath(new URL('../../dist/demo/', import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/stories/${name}`, import.meta.url), 'utf8');
const STORIES = { en: fixture('unit-chart-six-groups.json'), he: fixture('unit-chart-six-groups.he.json') };

/** The story inline in a page, below a little of the host's text, with room to scroll past. */
const PAGE = (lang: 'en' | 'he') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Six groups</title>
<script src="./embed/embed.js" defer></script></head>
<body><p style="height: 40vh">Host page.</p>
<div id="chart" data-scrollstage><script type="application/json">${STORIES[lang].replace(/</g, '\\u003c')}</script></div>
<div style="height: 100vh"></div></body></html>`;

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer(demo, {
    route(req, res) {
      const lang = req.url === '/six-groups.html' ? 'en' : req.url === '/six-groups-he.html' ? 'he' : null;
      if (!lang) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE(lang));
      return true;
    }
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Scrolls with the wheel until step `index` is halfway through the trigger line, then waits for its chart to settle. */
async function reachStep(page: Page, index: number): Promise<void> {
  const target = () =>
    page.evaluate((i) => {
      const root = document.getElementById('chart')!.shadowRoot!;
      const step = root.querySelector(`.step[data-step="${i}"]`) as HTMLElement;
      const rect = step.getBoundingClientRect();
      const narrow = (root.querySelector('.frame') as HTMLElement).clientWidth < 720;
      return Math.round(rect.top + scrollY - innerHeight * (narrow ? 0.75 : 0.5) + rect.height * 0.5);
    }, index);
  const viewport = page.viewportSize()!;
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  let y = await target();
  for (let i = 0; i < 400; i++) {
    const delta = y - (await page.evaluate(() => scrollY));
    if (Math.abs(delta) < 200) break;
    await page.mouse.wheel(0, Math.sign(delta) * Math.min(Math.abs(delta) - 100, 600));
    await page.waitForTimeout(30);
    y = await target();
  }
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForFunction(
    (i) => {
      const root = document.getElementById('chart')!.shadowRoot!;
      const stage = root.querySelector('.stage') as HTMLElement | null;
      // Settled: the step is the stage's and the counts show the story's words, not ticking numbers.
      return Number(stage?.dataset.index) === i && root.querySelector('.unit-chart .count')?.textContent?.includes('(');
    },
    index,
    { timeout: 20_000 }
  );
  // Headings glide to their places (a CSS transition): wait until two looks agree.
  let last = '';
  for (let i = 0; i < 50; i++) {
    const now = JSON.stringify(await measure(page));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

interface Measured {
  viewport: { width: number; height: number };
  texts: { name: string; x: number; y: number; right: number; bottom: number; spills: boolean }[];
  grids: { name: string; x: number; y: number; right: number; bottom: number }[];
  marks: number;
  /** Where the sign and the first digit of each signed number are drawn. */
  signs: { text: string; sign: number; digit: number }[];
}

/** The chart's text blocks (each paragraph, or each side of a label's line), the extent of each group's squares, and the signed numbers' glyphs. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const root = document.getElementById('chart')!.shadowRoot!;
    const chart = root.querySelector('.unit-chart')!;
    const box = (el: Element) => el.getBoundingClientRect();
    const blocks = [...chart.querySelectorAll('p')].flatMap((p) => (p.classList.contains('label-line') ? [...p.children] : [p]));
    const texts = blocks
      .filter((el) => el.textContent!.trim())
      .map((el) => {
        const r = box(el);
        const group = el.closest('[data-group]')?.getAttribute('data-group') ?? '';
        return {
          name: `${group} ${[...el.classList].filter((c) => !c.startsWith('svelte-')).join('.')}`.trim(),
          x: r.left,
          y: r.top,
          right: r.right,
          bottom: r.bottom,
          spills: el.scrollWidth > (el as HTMLElement).clientWidth + 1
        };
      });
    const extents = new Map<string, { x: number; y: number; right: number; bottom: number }>();
    const rects = [...chart.querySelectorAll('rect.mark')];
    for (const rect of rects) {
      const r = box(rect);
      const id = rect.getAttribute('data-group')!;
      const e = extents.get(id) ?? { x: Infinity, y: Infinity, right: -Infinity, bottom: -Infinity };
      extents.set(id, { x: Math.min(e.x, r.left), y: Math.min(e.y, r.top), right: Math.max(e.right, r.right), bottom: Math.max(e.bottom, r.bottom) });
    }
    const signs: Measured['signs'] = [];
    for (const count of chart.querySelectorAll('.count')) {
      const node = count.firstChild;
      const text = node?.textContent ?? '';
      const at = text.search(/[+\u2212-]\d/);
      if (!node || at < 0) continue;
      const glyph = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        return r.left + r.width / 2;
      };
      signs.push({ text, sign: glyph(at), digit: glyph(at + 1) });
    }
    return {
      viewport: { width: innerWidth, height: innerHeight },
      texts,
      grids: [...extents].map(([id, e]) => ({ name: `${id} squares`, ...e })),
      marks: rects.length,
      signs
    };
  });
}

/** Pairs of boxes that overlap by more than half a pixel (neighbours may touch). */
function overlaps(boxes: { name: string; x: number; y: number; right: number; bottom: number }[]): string[] {
  const found: string[] = [];
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const [p, q] = [boxes[a]!, boxes[b]!];
      const w = Math.min(p.right, q.right) - Math.max(p.x, q.x);
      const h = Math.min(p.bottom, q.bottom) - Math.max(p.y, q.y);
      if (w > 0.5 && h > 0.5) found.push(`${p.name} × ${q.name}`);
    }
  return found;
}

describe.each([
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop]
])('six groups with long names at %s size', (_name, viewport) => {
  it.each([
    ['English', 'six-groups.html'],
    ['Hebrew', 'six-groups-he.html']
  ])('%s: every word and square on screen, no text over other text or squares, signed numbers in order', async (_lang, path) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('chart')?.shadowRoot?.querySelector('.step'));
    for (const step of [0, 1]) {
      await reachStep(page, step);
      const m = await measure(page);
      // Title, caption, six labels and six numbers, and the one source line at least.
      expect(m.texts.length, `step ${step}`).toBeGreaterThanOrEqual(15);
      expect(m.texts.filter((t) => t.name.endsWith('title'))).toHaveLength(1);
      expect(m.texts.filter((t) => t.name.endsWith('source-line'))).toHaveLength(1);
      expect(m.grids).toHaveLength(6);
      expect(m.marks).toBeGreaterThan(190);
      const offScreen = [...m.texts, ...m.grids].filter((b) => b.x < -0.5 || b.y < -0.5 || b.right > m.viewport.width + 0.5 || b.bottom > m.viewport.height + 0.5);
      expect(offScreen.map((b) => b.name), `step ${step}`).toEqual([]);
      expect(m.texts.filter((t) => t.spills).map((t) => t.name), `step ${step}`).toEqual([]);
      expect(overlaps([...m.texts, ...m.grids]), `step ${step}`).toEqual([]);
      // "84,312 (+2,140)" and "19,544 (−1,302)": each sign drawn left of its first digit, in Hebrew too.
      expect(m.signs).toHaveLength(2);
      for (const s of m.signs) expect(s.sign, s.text).toBeLessThan(s.digit);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
