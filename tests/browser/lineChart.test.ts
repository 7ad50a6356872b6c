/**
 * The line chart in a real browser, through the embed with its story inline, as a reader
 * reaches it: scrolling with the wheel to a step, the chart is drawn, each line's path
 * going through every point of its series up to the step's `until`; scrolling through a
 * scrubbed step, the lines follow the scroll. At phone and desktop sizes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.js';
import { wheelTo } from '../helpers/scrollTo.js';
import { expectThrough, type DataPoint } from '../helpers/pathPoints.js';
import story from '../fixtures/stories/line-chart-example.json';

const base = inject('demoURL');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Line chart</title><script src="./embed/embed.js" defer></script></head>
<body style="margin:0"><p style="height:70vh;margin:0;padding:1em">An article’s opening paragraphs.</p>
<div id="lines" data-scrollstage><script type="application/json">${JSON.stringify(story).replace(/</g, '\\u003c')}</script></div>
<p style="height:100vh;margin:0;padding:1em">The article goes on.</p></body></html>`;

type Series = { id: string; points: [string, number][] };
const SERIES = (story.steps[0]!.graphic as unknown as { series: Series[] }).series;
const DATA: Record<string, DataPoint[]> = Object.fromEntries(SERIES.map((s) => [s.id, s.points.map(([x, y]) => [Date.parse(x), y] as DataPoint)]));
const UNTIL = story.steps.map((s) => (s.graphic as { until?: string | null }).until).map((u) => (u ? Date.parse(u) : Infinity));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Scroll position at which step `index` of the embed is `progress` of the way through its trigger line. */
async function positionOf(page: Page, index: number, progress: number): Promise<number> {
  return page.evaluate(
    ([i, p]) => {
      const root = document.getElementById('lines')!.shadowRoot!;
      const step = root.querySelector(`.step[data-step="${i}"]`) as HTMLElement;
      const rect = step.getBoundingClientRect();
      const narrow = (root.querySelector('.frame') as HTMLElement).clientWidth < 720;
      const line = innerHeight * (narrow ? 0.75 : 0.5);
      return Math.round(rect.top + scrollY - line + rect.height * p);
    },
    [index, progress] as const
  );
}

/** The stage's step and progress and each line's path, read in one go. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const root = document.getElementById('lines')!.shadowRoot!;
    const stage = root.querySelector('.stage') as HTMLElement;
    const paths: Record<string, string> = Object.fromEntries([...root.querySelectorAll('figure.line-chart path.line')].map((p) => [p.getAttribute('data-series') ?? '', p.getAttribute('d') ?? '']));
    return { index: Number(stage.dataset.index), progress: Number(stage.dataset.progress), paths };
  });
}

/** The drawing once it has stopped moving (a change takes about a second). */
async function settled(page: Page) {
  let last = await drawn(page);
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(250);
    const now = await drawn(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the line chart never stopped moving');
}

describe.each([
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop]
])('the line chart at %s size', (_name, viewport) => {
  it('is drawn through every point up to until when a reader scrolls to its steps, and follows the scroll in a scrubbed one', async () => {
    const context = await browser.newContext({ viewport });
    await context.route(`${base}lines.html`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${base}lines.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!document.getElementById('lines')?.shadowRoot?.querySelector('.step[data-step="1"]'));

    // Step 1: the lines extended to 5 March, 18:00.
    await wheelTo(page, await positionOf(page, 1, 0.5));
    const one = await settled(page);
    expect(one.index).toBe(1);
    expect(Object.keys(one.paths).sort()).toEqual(['downstream', 'upstream']);
    for (const [id, d] of Object.entries(one.paths)) expectThrough(d, DATA[id]!, UNTIL[1]);

    // Step 2 is scrubbed: part way through it, the lines end part way between the two untils.
    await wheelTo(page, await positionOf(page, 2, 0.5));
    const two = await settled(page);
    expect(two.index).toBe(2);
    expect(two.progress).toBeGreaterThan(0.2);
    expect(two.progress).toBeLessThan(0.8);
    const until = UNTIL[1]! + (UNTIL[2]! - UNTIL[1]!) * two.progress;
    for (const [id, d] of Object.entries(two.paths)) expectThrough(d, DATA[id]!, until, 0.6);

    // The last step draws every point.
    await wheelTo(page, await positionOf(page, 3, 0.5));
    const three = await settled(page);
    expect(three.index).toBe(3);
    for (const [id, d] of Object.entries(three.paths)) expectThrough(d, DATA[id]!);

    // Drawn inside the graphic's box, not cropped: the SVG's viewBox is the box.
    const fit = await page.evaluate(() => {
      const root = document.getElementById('lines')!.shadowRoot!;
      const svg = root.querySelector('figure.line-chart svg')!;
      const box = svg.getBoundingClientRect();
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const inside = [...svg.querySelectorAll('text, path.line, circle')].every((el) => {
        const r = el.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      });
      return { box: [Math.round(box.width), Math.round(box.height)], viewBox: [w, h], inside };
    });
    expect(fit.box).toEqual(fit.viewBox);
    expect(fit.inside).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
