/**
 * A reader on the demo article page: scrolls down through the whole explainer with a
 * mouse wheel and back up, and jumps straight to the end.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { activeStep, launchBrowser, openPage, VIEWPORTS, wheelThrough } from '../helpers/browser.js';

const story = JSON.parse(readFileSync(new URL('../../stories/idlib-m5.json', import.meta.url), 'utf8'));
const stepCount: number = story.steps.length;
const url = inject('demoURL');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type StepEvent = { index: number; stepId: string; direction: string };
const events = (page: import('playwright-core').Page) =>
  page.evaluate(() => window.scrollstageDemoSteps as StepEvent[]);

describe.each(Object.entries(VIEWPORTS))('the demo at %s size', (_name, viewport) => {
  it('moves no laid-out box from load to the end of the page (cumulative layout shift 0)', async () => {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { layoutShifts: string[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
          const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.nodeName}.${s.node.getAttribute('class')}` : '?'));
          shifts.push(`${entry.value.toFixed(4)} at scrollY ${Math.round(scrollY)}: ${nodes.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-ready="true"] .step');
    await wheelThrough(page, 'down');
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)).toEqual([]);
    await context.close();
  });

  it('activates every step in order scrolling down, and in reverse scrolling up', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('[data-ready="true"] .step');
    const seen: number[] = [];
    await wheelThrough(page, 'down', async () => {
      const index = await activeStep(page);
      if (index !== seen.at(-1)) seen.push(index);
    });
    const down = await events(page);
    expect(down.map((e) => e.index)).toEqual([...Array(stepCount).keys()]);
    expect(down.every((e) => e.direction === 'down')).toBe(true);
    expect(down.map((e) => e.stepId)).toEqual(story.steps.map((s: { id: string }) => s.id));
    // What the page marks active moved forward only, and reached the last step.
    expect(seen.filter((i) => i >= 0)).toEqual([...Array(stepCount).keys()]);

    await wheelThrough(page, 'up');
    const up = (await events(page)).slice(stepCount);
    expect(up.map((e) => e.index)).toEqual([...Array(stepCount - 1).keys()].reverse());
    expect(up.every((e) => e.direction === 'up')).toBe(true);
    expect(await activeStep(page)).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('lands on the last step after a jump to the end of the page', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('[data-ready="true"] .step');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(400);
    expect(await activeStep(page)).toBe(stepCount - 1);
    const fired = await events(page);
    expect(fired.at(-1)).toMatchObject({ index: stepCount - 1, direction: 'down' });
    expect(errors).toEqual([]);
    await close();
  });

  it('lands on the right step after a jump to a step in the middle and a reload there', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('[data-ready="true"] .step');
    const target = Math.floor(stepCount / 2);
    await page.evaluate((i) => {
      const step = document.querySelector(`.step[data-step="${i}"]`)!;
      const top = step.getBoundingClientRect().top + scrollY;
      // Put the step's top just past the trigger line on either layout.
      window.scrollTo(0, top - innerHeight * 0.4);
    }, target);
    await page.waitForTimeout(400);
    expect(await activeStep(page)).toBe(target);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-ready="true"] .step');
    await page.waitForTimeout(500);
    expect(await activeStep(page)).toBe(target);
    expect(errors).toEqual([]);
    await close();
  });
});
