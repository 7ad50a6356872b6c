/**
 * The demo article page for readers with assistive technology: axe-core finds no
 * violations at the first, a middle and the last step on a phone and a desktop; the
 * keyboard reaches the skip link first, then every link, each with a visible focus ring;
 * the skip link lands past the explainer; and the graphic's text alternative is announced
 * once per step, not on every animation frame, saying what the step shows.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, VIEWPORTS } from '../helpers/browser.js';
import { positionOf, stageState, wheelTo } from '../helpers/scrollTo.js';
import { flagship } from '../helpers/flagship.js';

const story = flagship();
const url = inject('demoURL');
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const indexOf = (id: string) => story.steps.findIndex((s) => s.id === id);
const last = story.steps.length - 1;
const STEPS = { first: 0, middle: Math.floor(last / 2), last };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls to step `index` at `progress` and waits until the stage shows it and motion has settled. */
async function goToStep(page: Page, index: number, progress = 0.5): Promise<void> {
  await wheelTo(page, await positionOf(page, index, progress));
  await page.waitForFunction((i) => (document.querySelector('.stage') as HTMLElement | null)?.dataset.index === String(i), index);
  // The longest camera flight is 2.5 s.
  await page.waitForTimeout(2800);
}

function report(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

describe.each(Object.entries(VIEWPORTS))('axe-core at %s size', (_name, viewport) => {
  it('finds no violations at the first, a middle and the last step', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('[data-ready="true"] .step');
    await page.addScriptTag({ content: axeSource });
    for (const [where, index] of Object.entries(STEPS)) {
      await goToStep(page, index);
      expect((await stageState(page)).index, where).toBe(index);
      const violations = (await page.evaluate(
        () => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe
          .run(document, { resultTypes: ['violations'] })
          .then((r) => r.violations)
      )) as AxeViolation[];
      expect(violations, `at the ${where} step (${index}):\n${report(violations)}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

/** What has keyboard focus: where it is and whether it shows a focus indicator. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim().slice(0, 60),
      inExplainer: Boolean(el.closest('#explainer')),
      inStep: Boolean(el.closest('.step')),
      inSources: Boolean(el.closest('section.sources')),
      skip: el.classList.contains('skip'),
      visible:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
    };
  });
}

describe.each(Object.entries(VIEWPORTS))('the keyboard at %s size', (_name, viewport) => {
  it('reaches the skip link first, then every link in the steps and sources, each with a visible focus ring', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('[data-ready="true"] .step');
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll('#explainer .step a[href], #explainer section.sources a[href]')].map((a) =>
        a.getAttribute('href')
      )
    );
    expect(expected.length).toBeGreaterThan(3);
    const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now) continue;
      if (stops.some((s) => s.inExplainer) && !now.inExplainer) break;
      stops.push(now);
    }
    const inside = stops.filter((s) => s.inExplainer);
    expect(inside[0]?.skip).toBe(true);
    const links = inside.filter((s) => s.tag === 'a' && (s.inStep || s.inSources)).map((s) => s.href);
    expect(links).toEqual(expected);
    const unringed = inside.filter((s) => !s.visible);
    expect(unringed, JSON.stringify(unringed)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves focus past the explainer to the sources section with the skip link', async () => {
    const { page, close } = await openPage(browser, url, { viewport });
    await page.waitForSelector('[data-ready="true"] .step');
    for (let i = 0; i < 50 && !(await focused(page))?.skip; i++) await page.keyboard.press('Tab');
    expect((await focused(page))?.skip).toBe(true);
    // Visible while focused: on screen, not translated away.
    const box = await page.locator('#explainer .skip').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('section.sources[id]'));
    const stage = await page.evaluate(() => {
      const sources = document.activeElement!.getBoundingClientRect();
      return { top: sources.top, height: innerHeight };
    });
    expect(stage.top).toBeLessThan(stage.height);
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next?.inSources).toBe(true);
    await close();
  });
});

describe('the live region', () => {
  it('announces once per step change, not while the reader scrubs through a step, and says what the step shows', async () => {
    const { page, errors, close } = await openPage(browser, url, { viewport: VIEWPORTS.phone });
    await page.waitForSelector('[data-ready="true"] .step');
    const saraqeb = indexOf('saraqeb');
    expect(story.steps[saraqeb]!.state).toMatchObject({ scrub: true });
    await goToStep(page, saraqeb, 0.05);
    const live = page.locator('.stage [aria-live="polite"]');
    await expect.poll(() => live.textContent(), { timeout: 10_000 }).toContain('Saraqeb');

    // Record every change of the live region's text, with the step the stage showed then.
    await page.evaluate(() => {
      const region = document.querySelector('.stage [aria-live="polite"]')!;
      const log: { text: string; index: string }[] = [];
      (window as unknown as { liveLog: typeof log }).liveLog = log;
      let text = region.textContent;
      new MutationObserver(() => {
        if (region.textContent === text) return;
        text = region.textContent;
        log.push({ text: text ?? '', index: (document.querySelector('.stage') as HTMLElement).dataset.index ?? '' });
      }).observe(region, { childList: true, characterData: true, subtree: true });
    });
    const log = () => page.evaluate(() => (window as unknown as { liveLog: { text: string; index: string }[] }).liveLog);

    // Scrub through the step: the held line grows, the announcement stays.
    const progressSeen: number[] = [];
    for (let p = 0.1; p <= 0.95; p += 0.1) {
      await wheelTo(page, await positionOf(page, saraqeb, p));
      await page.waitForTimeout(120);
      const stage = await stageState(page);
      expect(stage.index).toBe(saraqeb);
      progressSeen.push(stage.progress);
    }
    expect(Math.max(...progressSeen) - Math.min(...progressSeen)).toBeGreaterThan(0.5);
    await page.waitForTimeout(1000);
    expect(await log()).toEqual([]);

    // The next step: one announcement, naming the encircled posts.
    const encircled = indexOf('encircled');
    await goToStep(page, encircled, 0.3);
    await expect.poll(async () => (await log()).length, { timeout: 10_000 }).toBe(1);
    const [announced] = await log();
    expect(announced!.index).toBe(String(encircled));
    for (const post of ['Morek', 'Surman', 'Tell Tuqan']) expect(announced!.text).toContain(post);
    expect(announced!.text).toMatch(/encircled/);

    // The build-up: the 430 vehicles. Passing the step between may announce it, or not.
    const buildUp = indexOf('build-up');
    await goToStep(page, buildUp, 0.3);
    await expect.poll(async () => (await log()).at(-1)?.text ?? '', { timeout: 10_000 }).toContain('430');
    const changes = await log();
    expect(changes.length).toBeLessThanOrEqual(3);
    expect(changes.at(-1)!.index).toBe(String(buildUp));
    expect(errors).toEqual([]);
    await close();
  });
});
