/**
 * With `prefers-reduced-motion: reduce` every change is immediate: a scrubbed step shows
 * its end state from its first pixel of scroll, the camera does not fly, convoys do not
 * travel, unit-chart marks are all there at once, and no CSS transition runs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, VIEWPORTS } from '../helpers/browser.js';
import { positionOf, wheelTo } from '../helpers/scrollTo.js';
import { flagship } from '../helpers/flagship.js';
import { stopKm } from '../../src/geo/stopKm.js';
import type { LonLat } from '../../src/geo/cumulativeKm.js';
import { mapStateAt } from '../../src/graphics/map/state.js';

const story = flagship();
const url = inject('demoURL');
const indexOf = (id: string) => story.steps.findIndex((s) => s.id === id);

/** The held km a step's state ends on. */
function heldKm(id: string): number {
  const state = mapStateAt(story, indexOf(id));
  if (!state?.progress) throw new Error(`${id} has no held line`);
  const route = story.routes.find((r) => r.id === state.progress!.route)!;
  const coords = route.coordinates as LonLat[];
  const from = state.progress.from === undefined ? 0 : stopKm(state.progress.from, coords, story.places);
  return stopKm(state.progress.to, coords, story.places) - from;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Wheels to step `index` at `progress` and returns as soon as the stage shows that step. */
async function enter(page: Page, index: number, progress: number): Promise<void> {
  await wheelTo(page, await positionOf(page, index, progress));
  await page.waitForFunction(
    (i) => (document.querySelector('.stage') as HTMLElement | null)?.dataset.index === String(i),
    index,
    { polling: 'raf' }
  );
}

const camera = (page: Page) =>
  page.evaluate(() => document.querySelector('svg.scrollstage-map g.camera')?.getAttribute('transform') ?? '');

const vehicles = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg.scrollstage-map circle.mover')].map(
      (c) => `${c.getAttribute('cx')},${c.getAttribute('cy')},${c.getAttribute('opacity') ?? 1}`
    )
  );

/** Animations running inside the explainer (CSS transitions included). */
const animations = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('#explainer')!;
    return document
      .getAnimations()
      .filter((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        return target && root.contains(target);
      })
      .map((a) => `${(a as CSSTransition).transitionProperty ?? a.constructor.name} on ${(a.effect as KeyframeEffect).target?.className}`);
  });

describe.each(Object.entries(VIEWPORTS))('reduced motion at %s size', (_name, viewport) => {
  it('shows each step’s end state at once: held line, camera, convoys, unit marks, no transitions', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport, reducedMotion: 'reduce' });
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await page.waitForSelector('[data-ready="true"] svg.scrollstage-map path.route');

    // A scrubbed step, barely entered: the held line already reaches Saraqeb.
    await enter(page, indexOf('saraqeb'), 0.05);
    const heldAttr = await page.evaluate(() => Number((document.querySelector('svg.scrollstage-map path.progress') as SVGElement).dataset.km));
    const expected = heldKm('saraqeb');
    expect(Math.abs(heldAttr - expected) / expected).toBeLessThan(0.01);
    expect(await animations(page)).toEqual([]);

    // A step with a new view: the camera is already there and stays.
    await enter(page, indexOf('encircled'), 0.05);
    const first = await camera(page);
    await page.waitForTimeout(50);
    expect(await camera(page)).toBe(first);
    expect(await animations(page)).toEqual([]);
    await page.waitForTimeout(3000);
    expect(await camera(page)).toBe(first);

    // The build-up: every vehicle already settled in its cluster.
    await enter(page, indexOf('build-up'), 0.05);
    const settled = await vehicles(page);
    expect(settled.length).toBe(150 + 430);
    expect(settled.every((v) => v.endsWith(',1'))).toBe(true);
    await page.waitForTimeout(2000);
    expect(await vehicles(page)).toEqual(settled);

    // The unit chart: every mark and the worded count at once.
    await enter(page, indexOf('displaced'), 0.05);
    const chart = await page.evaluate(() => ({
      displaced: document.querySelectorAll('.unit-chart rect.mark[data-group="displaced"]').length,
      saraqeb: document.querySelectorAll('.unit-chart rect.mark[data-group="saraqeb-residents"]').length,
      faded: [...document.querySelectorAll('.unit-chart rect.mark')].filter((m) => m.getAttribute('opacity')).length,
      count: document.querySelector('.unit-chart .count[data-group="displaced"]')?.textContent
    }));
    expect(chart).toEqual({ displaced: 580, saraqeb: 110, faded: 0, count: 'more than 580,000' });
    expect(await animations(page)).toEqual([]);

    // Back up to the map: no layer fade, no flight.
    await enter(page, indexOf('remaining'), 0.5);
    expect(await animations(page)).toEqual([]);
    const back = await camera(page);
    await page.waitForTimeout(50);
    expect(await camera(page)).toBe(back);
    expect(errors).toEqual([]);
    await close();
  });
});
