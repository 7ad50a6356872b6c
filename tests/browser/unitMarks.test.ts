/**
 * One mark per vehicle and per 1,000 people, counted in the page: they appear at the
 * build-up and toll steps, go when the reader scrolls back, and a jump to the end shows
 * the same picture as scrolling there.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, VIEWPORTS, wheelThrough } from '../helpers/browser.js';
import { positionOf, stageState, wheelTo } from '../helpers/scrollTo.js';
import { flagship } from '../helpers/flagship.js';

const story = flagship();
const url = inject('demoURL');
const indexOf = (id: string) => story.steps.findIndex((s) => s.id === id);

async function counts(page: Page) {
  return page.evaluate(() => {
    const n = (selector: string) => document.querySelectorAll(selector).length;
    return {
      earlier: n('svg.scrollstage-map circle.mover[data-mover="earlier"]'),
      latest: n('svg.scrollstage-map circle.mover[data-mover="latest"]'),
      displaced: n('.unit-chart rect.mark[data-group="displaced"]'),
      saraqeb: n('.unit-chart rect.mark[data-group="saraqeb-residents"]'),
      killed: n('.unit-chart rect.mark[data-group="civilians-killed"]')
    };
  });
}

/** What the reader sees, reduced to numbers: to compare two ways of arriving somewhere. */
async function picture(page: Page) {
  await page.waitForTimeout(3000);
  return page.evaluate(() => {
    const svg = document.querySelector('svg.scrollstage-map')!;
    const camera = svg.querySelector('g.camera')?.getAttribute('transform');
    return {
      camera: camera?.replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1)),
      held: (svg.querySelector('path.progress') as SVGPathElement | null)?.dataset.km ?? null,
      labels: [...svg.querySelectorAll('text.label')].map((t) => t.textContent).sort(),
      encircled: svg.querySelectorAll('[data-encircled="true"]').length,
      vehicles: svg.querySelectorAll('circle.mover').length,
      marks: document.querySelectorAll('.unit-chart .mark').length,
      type: (document.querySelector('.stage') as HTMLElement).dataset.type
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(VIEWPORTS))('unit marks at %s size', (_name, viewport) => {
  it('shows 150 + 430 vehicles after the build-up and 580 displaced at the toll, and removes them going back', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('svg.scrollstage-map');
    expect(await counts(page)).toMatchObject({ earlier: 0, latest: 0, displaced: 0 });

    await wheelTo(page, await positionOf(page, indexOf('build-up'), 0.999));
    await page.waitForTimeout(600);
    expect(await counts(page)).toMatchObject({ earlier: 150, latest: 430, displaced: 0 });

    await wheelTo(page, await positionOf(page, indexOf('displaced'), 0.5));
    await expect.poll(async () => (await stageState(page)).type, { timeout: 15_000 }).toBe('unit-chart');
    await expect.poll(() => counts(page), { timeout: 15_000 }).toMatchObject({ displaced: 580, saraqeb: 110 });

    await wheelTo(page, await positionOf(page, indexOf('killed'), 0.5));
    await page.waitForTimeout(1800);
    expect(await counts(page)).toMatchObject({ displaced: 0, saraqeb: 0, killed: 300 });

    // Back up: the chart goes, the vehicles come back, then go before the build-up.
    await wheelTo(page, await positionOf(page, indexOf('build-up'), 0.999));
    await page.waitForTimeout(1800);
    expect(await counts(page)).toMatchObject({ earlier: 150, latest: 430, displaced: 0, killed: 0 });
    await wheelTo(page, await positionOf(page, indexOf('saraqeb'), 0.999));
    await page.waitForTimeout(600);
    expect(await counts(page)).toMatchObject({ earlier: 0, latest: 0 });
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the same picture after a jump to the end as after scrolling there', async () => {
    const scrolled = await openPage(browser, url, { viewport });
    await scrolled.page.waitForSelector('svg.scrollstage-map');
    await wheelThrough(scrolled.page, 'down', undefined, 400);
    const afterScrolling = await picture(scrolled.page);
    await scrolled.close();

    const jumped = await openPage(browser, url, { viewport });
    await jumped.page.waitForSelector('svg.scrollstage-map');
    await jumped.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const afterJumping = await picture(jumped.page);
    await jumped.close();

    expect(afterJumping).toEqual(afterScrolling);
    expect(afterJumping.type).toBe(story.steps.at(-1)!.state.type);
    expect(scrolled.errors.concat(jumped.errors)).toEqual([]);
  });
});
