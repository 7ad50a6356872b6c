/**
 * The second story (stories/hurricane-ian.json, demo page hurricane-ian.html): a story far
 * from the flagship, on a basemap of its own, with maps, a line chart and a bar chart. A
 * reader scrolling down sees every step in order, each with its graphic type; the map has
 * land and US states, north up, and every label inside it; nothing errs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { activeStep, launchBrowser, openPage, VIEWPORTS, wheelThrough } from '../helpers/browser.js';
import { positionOf, wheelTo } from '../helpers/scrollTo.js';
import ianJson from '../../stories/hurricane-ian.json';
import { parseStory } from '../../src/schema/parseStory.js';
import { plainText } from '../../src/story/parseMarkup.js';

const url = inject('demoURL');
const ian = parseStory(ianJson);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(VIEWPORTS))('the hurricane story at %s size', (_name, viewport) => {
  it('fires its steps in order, shows each step’s graphic type, draws land and keeps every map label inside the map', async () => {
    const { page, errors, close } = await openPage(browser, `${url}hurricane-ian.html`, { viewport });
    await page.waitForSelector('[data-ready="true"] .step');
    const outside: string[] = [];
    for (const step of ian.steps) {
      await wheelTo(page, await positionOf(page, step.index, 0.98));
      await expect.poll(() => page.evaluate(() => document.querySelector('.stage')?.getAttribute('data-type')), { timeout: 15_000 }).toBe(step.state.type);
      if (step.state.type !== 'map') continue;
      await page.waitForTimeout(2700); // let the camera land
      const found = await page.evaluate((id) => {
        const map = document.querySelector('svg.scrollstage-map')!;
        const box = map.getBoundingClientRect();
        const labels = [...map.querySelectorAll('text.label')].map((t) => ({ t, r: t.getBoundingClientRect() }));
        return {
          outside: labels
            .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
            .map(({ t }) => `${id}: ${t.textContent}`),
          land: [...map.querySelectorAll('path')].some((p) => (p.getAttribute('d') ?? '').length > 200),
          credit: map.closest('.stage')?.textContent ?? ''
        };
      }, step.id);
      outside.push(...found.outside);
      expect(found.land, step.id).toBe(true);
      // The basemap's own credits, not the flagship's.
      expect(found.credit, step.id).toContain('Natural Earth');
      expect(found.credit, step.id).not.toContain('OCHA');
    }
    expect(outside).toEqual([]);
    await close();

    const fresh = await openPage(browser, `${url}hurricane-ian.html`, { viewport });
    await fresh.page.waitForSelector('[data-ready="true"] .step');
    const seen: number[] = [];
    await wheelThrough(fresh.page, 'down', async () => {
      const i = await activeStep(fresh.page);
      if (i >= 0 && i !== seen.at(-1)) seen.push(i);
    }, 240);
    expect(seen).toEqual([...Array(ian.steps.length).keys()]);
    expect(errors.concat(fresh.errors)).toEqual([]);
    await fresh.close();
  });
});

describe('the hurricane story without JavaScript', () => {
  it('shows the title, every step’s text and a static graphic for each step', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}hurricane-ian.html`, { waitUntil: 'load' });
    const found = await page.evaluate(() => {
      const box = document.querySelector('.explainer-fallback')!;
      return { text: box.textContent ?? '', title: box.querySelector('.title')?.textContent, images: box.querySelectorAll('.step figure img').length };
    });
    expect(found.title).toBe(ian.title);
    for (const step of ian.steps) expect(found.text).toContain(plainText(step.text).slice(0, 50));
    expect(found.images).toBe(ian.steps.length);
    await context.close();
  });
});
