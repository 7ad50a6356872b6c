/**
 * The held part of the M5, measured on the rendered SVG, matches each advance step's state
 * within 1 %: scrolling down, scrolling back up, and after a jump.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, VIEWPORTS } from '../helpers/browser.js';
import { positionOf, stageState, wheelTo } from '../helpers/scrollTo.js';
import { flagship } from '../helpers/flagship.js';
import { stopKm } from '../../src/geo/stopKm.js';
import type { LonLat } from '../../src/geo/cumulativeKm.js';
import { mapStateAt } from '../../src/graphics/map/state.js';

const story = flagship();
const url = inject('demoURL');

/** Each scrubbed step that moves the held end, and the held length (km) its state ends on. */
const advances = story.steps.flatMap((step) => {
  const state = mapStateAt(story, step.index);
  if (!state || !state.scrub || !state.progress) return [];
  const before = mapStateAt(story, step.index - 1);
  if (before && JSON.stringify(before.progress) === JSON.stringify(state.progress)) return [];
  const route = story.routes.find((r) => r.id === state.progress!.route)!;
  const coords = route.coordinates as LonLat[];
  const from = state.progress.from === undefined ? 0 : stopKm(state.progress.from, coords, story.places);
  const to = stopKm(state.progress.to, coords, story.places);
  return [{ index: step.index, id: step.id, km: to - from }];
});

/** Held km as drawn: the held path's length as a share of the whole route path, times the route's km. */
async function drawnHeldKm(page: Page): Promise<{ measured: number; attribute: number }> {
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const held = document.querySelector('svg.scrollstage-map path.progress') as SVGPathElement | null;
    if (!held) return { measured: 0, attribute: 0 };
    const route = document.querySelector(
      `svg.scrollstage-map path.route[data-route="${held.dataset.route}"]`
    ) as SVGPathElement;
    const measured = (held.getTotalLength() / route.getTotalLength()) * Number(route.dataset.km);
    return { measured, attribute: Number(held.dataset.km) };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('finds the three advance steps in the story', () => {
  expect(advances.map((a) => a.id)).toEqual(['khan-shaykhun', 'maarat-al-numan', 'saraqeb']);
});

describe.each(Object.entries(VIEWPORTS))('the corridor map at %s size', (_name, viewport) => {
  it('draws each advance step’s held length at its end, scrolling down and back up', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('svg.scrollstage-map path.route');
    const check = async (advance: (typeof advances)[number]) => {
      await wheelTo(page, await positionOf(page, advance.index, 0.998));
      await expect.poll(async () => (await stageState(page)).index, { timeout: 10_000 }).toBe(advance.index);
      await expect.poll(async () => (await stageState(page)).progress, { timeout: 10_000 }).toBeGreaterThan(0.99);
      // The line eases to its length over a few frames, which a loaded machine spreads out: wait for it to land.
      await expect
        .poll(async () => {
          const { measured, attribute } = await drawnHeldKm(page);
          return Math.max(Math.abs(measured - advance.km), Math.abs(attribute - advance.km)) / advance.km;
        }, { timeout: 10_000 })
        .toBeLessThan(0.01);
    };
    for (const advance of advances) await check(advance);
    // Past the map steps, then back up through them in reverse.
    await wheelTo(page, await positionOf(page, story.steps.length - 1, 0.2));
    for (const advance of [...advances].reverse()) await check(advance);
    expect(errors).toEqual([]);
    await close();
  });

  it('grows the held part with the reader’s progress through a scrubbed step', async () => {
    const { page, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('svg.scrollstage-map path.route');
    const saraqeb = advances.at(-1)!;
    const previous = advances.at(-2)!;
    const lengths: number[] = [];
    for (const p of [0.05, 0.5, 0.95]) {
      await wheelTo(page, await positionOf(page, saraqeb.index, p));
      lengths.push((await drawnHeldKm(page)).measured);
    }
    expect(lengths[0]).toBeLessThan(lengths[1]!);
    expect(lengths[1]).toBeLessThan(lengths[2]!);
    const midway = previous.km + (saraqeb.km - previous.km) * 0.5;
    expect(Math.abs(lengths[1]! - midway) / midway).toBeLessThan(0.02);
    await close();
  });

  it('draws the same held length after a jump straight to an advance step', async () => {
    for (const advance of [advances.at(-1)!, advances[0]!]) {
      const { page, close } = await openPage(browser, url, { viewport });
      await page.waitForSelector('svg.scrollstage-map path.route');
      await page.evaluate((y) => window.scrollTo(0, y), await positionOf(page, advance.index, 0.998));
      await page.waitForTimeout(300);
      expect((await stageState(page)).index).toBe(advance.index);
      const { measured } = await drawnHeldKm(page);
      expect(Math.abs(measured - advance.km) / advance.km).toBeLessThan(0.01);
      await close();
    }
  });
});
