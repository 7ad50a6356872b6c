/**
 * The Arabic edition (right to left) and the page without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { activeStep, launchBrowser, openPage, VIEWPORTS, wheelThrough } from '../helpers/browser.js';
import { positionOf, wheelTo } from '../helpers/scrollTo.js';
import { flagship } from '../helpers/flagship.js';
import { plainText } from '../../src/story/parseMarkup.js';

const url = inject('demoURL');
const arabic = flagship('idlib-m5.ar');
const english = flagship();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(VIEWPORTS))('the Arabic edition at %s size', (_name, viewport) => {
  it('is right to left, fires its steps in order and keeps every map label inside the map', async () => {
    const { page, errors, close } = await openPage(browser, `${url}ar.html`, { viewport });
    await page.waitForSelector('[data-ready="true"] .step');
    const article = await page.evaluate(() => {
      const a = document.querySelector('article.scrollstage')!;
      return { dir: a.getAttribute('dir'), lang: a.getAttribute('lang'), direction: getComputedStyle(a).direction };
    });
    expect(article).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl' });
    if (viewport.width >= 720) {
      // Mirrored: the text column is on the right, the graphic on the left.
      const sides = await page.evaluate(() => ({
        text: document.querySelector('.steps')!.getBoundingClientRect().left,
        graphic: document.querySelector('.graphic')!.getBoundingClientRect().left
      }));
      expect(sides.text).toBeGreaterThan(sides.graphic);
    }

    const outside: string[] = [];
    for (const step of arabic.steps) {
      if (step.state.type !== 'map') continue;
      await wheelTo(page, await positionOf(page, step.index, 0.98));
      await page.waitForTimeout(2700); // let the camera land
      outside.push(
        ...(await page.evaluate((id) => {
          const svg = document.querySelector('svg.scrollstage-map')!.getBoundingClientRect();
          return [...document.querySelectorAll('svg.scrollstage-map text.label')]
            .map((t) => ({ t, r: t.getBoundingClientRect() }))
            .filter(({ r }) => r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1)
            .map(({ t }) => `${id}: ${t.textContent}`);
        }, step.id))
      );
      expect(await page.evaluate(() => [...document.querySelectorAll('svg.scrollstage-map text.label')].some((t) => /[\u0600-\u06ff]/.test(t.textContent ?? '')))).toBe(true);
    }
    expect(outside).toEqual([]);
    await close();

    // A fresh reader scrolling down sees every step, in order.
    const fresh = await openPage(browser, `${url}ar.html`, { viewport });
    await fresh.page.waitForSelector('[data-ready="true"] .step');
    const seen: number[] = [];
    await wheelThrough(fresh.page, 'down', async () => {
      const i = await activeStep(fresh.page);
      if (i >= 0 && i !== seen.at(-1)) seen.push(i);
    }, 240);
    expect(seen).toEqual([...Array(arabic.steps.length).keys()]);
    const fired = await fresh.page.evaluate(() => window.scrollstageDemoSteps.map((e) => e.stepId));
    expect(fired).toEqual(arabic.steps.map((s) => s.id));
    expect(errors.concat(fresh.errors)).toEqual([]);
    await fresh.close();
  });
});

describe('without JavaScript', () => {
  it.each([
    ['index.html', english],
    ['ar.html', arabic]
  ] as const)('%s shows the title, every step’s text and a static graphic for each step', async (file, story) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}${file}`, { waitUntil: 'load' });
    const found = await page.evaluate(() => {
      const box = document.querySelector('.explainer-fallback')!;
      const images = [...box.querySelectorAll('.step figure img')] as HTMLImageElement[];
      return { text: box.textContent ?? '', title: box.querySelector('.title')?.textContent, images: images.map((i) => ({ src: i.getAttribute('src'), alt: i.alt })) };
    });
    expect(found.title).toBe(story.title);
    for (const step of story.steps) expect(found.text).toContain(plainText(step.text).slice(0, 50));
    expect(found.images).toHaveLength(story.steps.length);
    for (const image of found.images) expect(image.alt.length).toBeGreaterThan(10);
    // Every static graphic loads as an image (scroll each into view so lazy ones load).
    for (let i = 0; i < found.images.length; i++) {
      await page.locator('.explainer-fallback .step figure img').nth(i).scrollIntoViewIfNeeded();
    }
    await page.waitForFunction(
      () => [...document.querySelectorAll<HTMLImageElement>('.explainer-fallback .step figure img')].every((i) => i.complete && i.naturalWidth > 0),
      undefined,
      { timeout: 20_000 }
    );
    await context.close();
  });
});
