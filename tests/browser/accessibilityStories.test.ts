/**
 * axe-core on the second story and the gallery: no violations at a step of every graphic
 * type they show (maps, line chart, bar chart, unit chart, photo, video), on a phone and a
 * desktop. (accessibility.test.ts covers the flagship, the keyboard and announcements.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, VIEWPORTS } from '../helpers/browser.js';
import { positionOf, wheelTo } from '../helpers/scrollTo.js';
import ianJson from '../../stories/hurricane-ian.json';
import galleryJson from '../../stories/gallery.json';
import { parseStory, type Story } from '../../src/schema/parseStory.js';

const url = inject('demoURL');
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The first step of each graphic type in the story. */
function firstOfEachType(story: Story): number[] {
  const seen = new Map<string, number>();
  for (const step of story.steps) if (!seen.has(step.state.type)) seen.set(step.state.type, step.index);
  return [...seen.values()];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  ['hurricane-ian.html', parseStory(ianJson)],
  ['gallery.html', parseStory(galleryJson)]
] as const;

describe.each(Object.entries(VIEWPORTS))('axe-core at %s size', (_name, viewport) => {
  it.each(PAGES)('finds no violations in %s at a step of each graphic type', async (file, story) => {
    const { page, errors, close } = await openPage(browser, `${url}${file}`, { viewport, reducedMotion: 'reduce' });
    await page.waitForSelector('[data-ready="true"] .step');
    await page.addScriptTag({ content: axeSource });
    for (const index of firstOfEachType(story)) {
      await wheelTo(page, await positionOf(page, index, 0.5));
      await page.waitForFunction((i) => (document.querySelector('.stage') as HTMLElement | null)?.dataset.index === String(i), index);
      await page.waitForTimeout(600);
      const violations = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe
          .run(document, { resultTypes: ['violations'] })
          .then((r) => r.violations)
      )) as AxeViolation[];
      const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
      expect(violations, `${file}, step ${index} (${story.steps[index]!.state.type}):\n${report}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
