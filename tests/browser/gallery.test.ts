/**
 * The gallery page (demo/gallery.html, stories/gallery.json): every built-in graphic type
 * in one story, reached by a reader scrolling down; each step shows its type, the map is
 * drawn on the built-in world basemap, the photos load, and nothing errs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, VIEWPORTS } from '../helpers/browser.js';
import { positionOf, wheelTo } from '../helpers/scrollTo.js';
import galleryJson from '../../stories/gallery.json';
import { parseStory } from '../../src/schema/parseStory.js';
import { BUILTIN_MODELS } from '../../src/graphics/builtinModels.js';

const url = inject('demoURL');
const gallery = parseStory(galleryJson);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the gallery', () => {
  it('has a step of every built-in type, each saying what it shows', () => {
    const types = new Set(gallery.steps.map((s) => s.state.type));
    for (const model of BUILTIN_MODELS) expect(types, model.type).toContain(model.type);
    for (const step of gallery.steps) expect(step.kicker, step.id).toMatch(/^(map|unit chart|bar chart|line chart|image|video)/);
  });

  it.each(Object.entries(VIEWPORTS))('shows each step’s graphic to a reader scrolling down at %s size', async (_name, viewport) => {
    const { page, errors, close } = await openPage(browser, `${url}gallery.html`, { viewport, reducedMotion: 'reduce' });
    await page.waitForSelector('[data-ready="true"] .step');
    for (const step of gallery.steps) {
      await wheelTo(page, await positionOf(page, step.index, 0.9));
      await expect.poll(() => page.evaluate(() => document.querySelector('.stage')?.getAttribute('data-type')), { timeout: 15_000 }).toBe(step.state.type);
      if (step.state.type === 'map') {
        // Land from the world basemap, and its credit.
        await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('svg.scrollstage-map path')].some((p) => (p.getAttribute('d') ?? '').length > 200)), { timeout: 15_000 }).toBe(true);
        expect(await page.evaluate(() => document.querySelector('.stage')?.textContent ?? '')).toContain('Natural Earth');
      }
      if (step.state.type === 'image') {
        await expect
          .poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.stage img')].some((i) => i.complete && i.naturalWidth > 0 && i.alt.length > 10)), { timeout: 15_000 })
          .toBe(true);
      }
    }
    expect(errors).toEqual([]);
    await close();
  });
});
