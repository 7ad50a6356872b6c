/**
 * Moves a page to a place in the explainer the way a reader would get there: wheel input
 * in the right direction, then a last exact adjustment.
 */
import type { Page } from 'playwright-core';

/** Scroll position at which step `index` is at `progress` (0..1) through the trigger line. */
export async function positionOf(page: Page, index: number, progress: number): Promise<number> {
  return page.evaluate(
    ([i, p]) => {
      const step = document.querySelector(`.step[data-step="${i}"]`) as HTMLElement;
      const rect = step.getBoundingClientRect();
      const narrow = (document.querySelector('.frame') as HTMLElement).clientWidth < 720;
      const line = innerHeight * (narrow ? 0.75 : 0.5);
      return Math.round(rect.top + scrollY - line + rect.height * p);
    },
    [index, progress] as const
  );
}

export async function wheelTo(page: Page, y: number): Promise<void> {
  const viewport = page.viewportSize()!;
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let i = 0; i < 400; i++) {
    const delta = y - (await page.evaluate(() => scrollY));
    if (Math.abs(delta) < 200) break;
    await page.mouse.wheel(0, Math.sign(delta) * Math.min(Math.abs(delta) - 100, 600));
    await page.waitForTimeout(30);
  }
  await page.evaluate((top) => window.scrollTo(0, top), y);
  // The engine decides the step in an animation frame after the scroll event: wait for two
  // frames, however long a busy machine takes to paint them, not for a fixed time.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForTimeout(50);
}

/** Where the graphic stage says it is. */
export async function stageState(page: Page): Promise<{ index: number; progress: number; type: string }> {
  return page.evaluate(() => {
    const stage = document.querySelector('.stage') as HTMLElement;
    return { index: Number(stage.dataset.index), progress: Number(stage.dataset.progress), type: stage.dataset.type ?? '' };
  });
}
