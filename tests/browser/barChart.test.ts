/**
 * The bar chart as a reader meets it: an inline story (the bar-chart example, and its Hebrew
 * edition) in the embed on a page, reached by scrolling with the wheel. At each step every
 * bar's label is on screen, inside the viewport and clear of the text card; once the chart
 * has settled, no text box overlaps another or a bar (measured with getBoundingClientRect);
 * values keep their own direction ("+6" is "+6" in Hebrew); right to left, the labels sit on
 * the right and the bars grow leftwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.js';
import { wheelTo } from '../helpers/scrollTo.js';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.js';
import { barExampleJson, hebrewBarJson } from '../helpers/barChartStories.js';

const demo = fileURLToPath(new URL('../../dist/demo/', import.meta.url));

const PAGE = (json: unknown, lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Bar chart</title><script src="./embed/embed.js" defer></script></head>
<body><p>An article paragraph before the explainer.</p><div id="bars" data-scrollstage><script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script></div>
<p style="height: 100vh">After the explainer.</p></body></html>`;

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  const pages: Record<string, string> = { '/bars.html': PAGE(barExampleJson(), 'en'), '/bars-he.html': PAGE(hebrewBarJson(), 'he') };
  server = await startStaticServer(demo, {
    route(req, res) {
      const page = req.url ? pages[req.url] : undefined;
      if (!page) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return true;
    }
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Scroll position at which step `index` of the embed is `progress` through its trigger line. */
async function positionOf(page: Page, index: number, progress: number): Promise<number> {
  return page.evaluate(
    ([i, p]) => {
      const root = document.getElementById('bars')!.shadowRoot!;
      const step = root.querySelector(`.step[data-step="${i}"]`) as HTMLElement;
      const narrow = (root.querySelector('.frame') as HTMLElement).clientWidth < 720;
      const rect = step.getBoundingClientRect();
      return Math.round(rect.top + scrollY - innerHeight * (narrow ? 0.75 : 0.5) + rect.height * p);
    },
    [index, progress] as const
  );
}

interface Measured {
  viewport: { width: number; height: number };
  active: number;
  settled: boolean;
  card: Box | null;
  graphic: Box;
  zero: number;
  texts: { kind: string; bar: string | null; text: string; box: Box; opacity: number }[];
  bars: { id: string; box: Box }[];
  /** For each value whose text is a sign and digits: whether the sign is drawn before the digits, left to right. */
  signFirst: boolean[];
}
type Box = { x: number; y: number; width: number; height: number };

/** Everything the chart drew, as the browser laid it out. */
async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const root = document.getElementById('bars')!.shadowRoot!;
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const figure = root.querySelector('.layer.active figure.bar-chart')!;
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e && e !== figure; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const texts = [...figure.querySelectorAll('text')].map((t) => ({
      kind: t.getAttribute('class')!.split(' ')[0]!,
      bar: t.closest('g.bar')?.getAttribute('data-bar') ?? null,
      text: t.textContent ?? '',
      box: box(t.getBoundingClientRect()),
      opacity: opacityOf(t)
    }));
    const signFirst = [...figure.querySelectorAll('text.bar-value')]
      .filter((t) => /^\u2068[+\u2212-]\d+\u2069$/.test(t.textContent ?? ''))
      .map((t) => {
        const text = t as SVGTextElement;
        return text.getExtentOfChar(1).x < text.getExtentOfChar(2).x;
      });
    const card = root.querySelector('.step.active .card');
    return {
      viewport: { width: innerWidth, height: innerHeight },
      active: Number((root.querySelector('.stage') as HTMLElement).dataset.index),
      settled: figure.getAttribute('data-settled') === 'true',
      card: card ? box(card.getBoundingClientRect()) : null,
      graphic: box(root.querySelector('.graphic')!.getBoundingClientRect()),
      zero: figure.querySelector('line.zero')!.getBoundingClientRect().x,
      texts,
      bars: [...figure.querySelectorAll('g.bar')].map((g) => ({ id: g.getAttribute('data-bar')!, box: box(g.querySelector('rect')!.getBoundingClientRect()) })),
      signFirst
    };
  });
}

/** Overlap of two boxes, px in each direction (a shared edge is no overlap). */
const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** Scrolls to step `index` as a reader would and waits for the chart to show it (and settle, when it can). */
async function reach(page: Page, index: number, progress: number, settle: boolean): Promise<Measured> {
  await wheelTo(page, await positionOf(page, index, progress));
  await page.waitForFunction(
    ([i, s]) => {
      const root = document.getElementById('bars')!.shadowRoot!;
      const stage = root.querySelector('.stage') as HTMLElement | null;
      const figure = root.querySelector('.layer.active figure.bar-chart');
      const layer = root.querySelector('.layer.active');
      return stage?.dataset.index === String(i) && figure && layer && getComputedStyle(layer).opacity === '1' && (!s || figure.getAttribute('data-settled') === 'true');
    },
    [index, settle] as const,
    { timeout: 20_000 }
  );
  return measure(page);
}

function expectLabelsVisible(m: Measured, labels: readonly string[]) {
  const shown = m.texts.filter((t) => t.kind === 'bar-label');
  expect(shown.map((t) => t.text).sort()).toEqual([...labels].sort());
  for (const t of shown) {
    const where = { label: t.text, box: t.box };
    expect(t.opacity, `${t.text} is transparent`).toBeGreaterThan(0.99);
    expect(t.box.width).toBeGreaterThan(0);
    expect(t.box.x >= 0 && t.box.x + t.box.width <= m.viewport.width, JSON.stringify(where)).toBe(true);
    expect(t.box.y >= 0 && t.box.y + t.box.height <= m.viewport.height, JSON.stringify(where)).toBe(true);
    // Once the graphic is pinned to the top, the card that starts the step is below every
    // label; while it is still scrolling into place (the first step), every label is in the
    // part of the graphic a phone's card leaves free, its top 70 % (NARROW_CARD_INSET).
    if (m.graphic.y <= 1) {
      if (m.card) expect(overlap(t.box, m.card), `${t.text} is under the text card`).toBe(false);
    } else if (m.viewport.width < 720) {
      expect(t.box.y + t.box.height - m.graphic.y, `${t.text} is in the card's part of the graphic`).toBeLessThanOrEqual(0.7 * m.graphic.height);
    }
  }
}

function expectNoOverlaps(m: Measured) {
  const clashes: string[] = [];
  m.texts.forEach((a, i) =>
    m.texts.slice(i + 1).forEach((b) => {
      if (overlap(a.box, b.box)) clashes.push(`${a.kind}:${a.text} × ${b.kind}:${b.text}`);
    })
  );
  for (const t of m.texts) {
    for (const bar of m.bars) {
      // A value may sit inside its own bar.
      if (t.kind === 'bar-value' && t.bar === bar.id) continue;
      if (bar.box.width > 0.5 && overlap(t.box, bar.box)) clashes.push(`${t.kind}:${t.text} over bar ${bar.id}`);
    }
  }
  expect(clashes).toEqual([]);
}

const STEPS = barExampleJson().steps as { graphic: { bars?: { label: string }[]; scrub?: boolean } }[];
/** The labels each step shows (a step without bars keeps the previous step's). */
const LABELS = (json: { steps: typeof STEPS }) => {
  let last: string[] = [];
  return json.steps.map((s) => (last = s.graphic.bars?.map((b) => b.label) ?? last));
};

describe.each([
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop]
])('the bar chart at %s size', (name, viewport) => {
  // On a phone the text card rides up over the graphic as the reader reads on: measure as a
  // step begins, with its card low, over the part of the graphic the layout leaves to it.
  const progress = name === 'phone' ? 0.01 : 0.5;

  it('shows every label of every step inside the viewport, and no text over another once settled', async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}bars.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('bars')?.shadowRoot?.querySelector('.step'));
    const labels = LABELS(barExampleJson());
    for (let i = 0; i < STEPS.length; i++) {
      const scrub = STEPS[i]!.graphic.scrub === true;
      const m = await reach(page, i, progress, !scrub);
      expect(m.active).toBe(i);
      expectLabelsVisible(m, labels[i]!);
      // A scrubbed step is between two pictures, rows crossing, as long as it is on screen.
      if (!scrub) expectNoOverlaps(m);
      expect(m.signFirst.every(Boolean)).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('mirrors in Hebrew: labels on the right, bars growing leftwards, "+6" still "+6"', async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${server.url}bars-he.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('bars')?.shadowRoot?.querySelector('.step'));
    const labels = LABELS(hebrewBarJson());
    const first = await reach(page, 0, progress, true);
    expectLabelsVisible(first, labels[0]!);
    expectNoOverlaps(first);
    // Every positive bar's right end is on the zero line, which is right of the bars.
    for (const bar of first.bars) expect(bar.box.x + bar.box.width).toBeCloseTo(first.zero + 0.5, -0.5);
    const graphicRight = first.graphic.x + first.graphic.width;
    for (const t of first.texts.filter((t) => t.kind === 'bar-label')) expect(graphicRight - (t.box.x + t.box.width)).toBeLessThan(first.graphic.width / 2);
    const change = await reach(page, 2, progress, true);
    expectNoOverlaps(change);
    expect(change.signFirst.length).toBeGreaterThan(0);
    expect(change.signFirst.every(Boolean)).toBe(true);
    await context.close();
  });
});
