/**
 * `scrollstage preview` as an author runs it: `node bin/scrollstage.js preview story.json`
 * (from the repository, through Vite's loader) on a copy of the flagship story in a temp
 * folder, the page open in Chromium, the file edited, broken and mended on disk.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStorySource } from '../../src/cli/checkStory.js';
import { TRIGGER_OFFSET_NARROW, TRIGGER_OFFSET_WIDE } from '../../src/constants.js';
import { launchBrowser, openPage, VIEWPORTS, type WatchedPage } from '../helpers/browser.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const SCRATCH = join(repo, '.scratch');
/** How long a save may take to show in the page: the aim is under a second; a busy test machine gets room. */
const SAVE_SHOWS_WITHIN_MS = 5000;
/** Starting includes building the embed from src/ when it changed since the last preview. */
const START_WITHIN_MS = 120_000;

interface StepJson {
  id: string;
  kicker?: string;
  text: string;
}
interface StoryJson {
  steps: StepJson[];
}

/** Saves as editors do: a new file written beside the story and renamed over it. */
async function save(file: string, text: string): Promise<number> {
  await writeFile(`${file}.saving`, text);
  const at = Date.now();
  await rename(`${file}.saving`, file);
  return at;
}

/** The story text with step `index`'s text replaced. */
function withStepText(source: string, index: number, text: string): string {
  const story = JSON.parse(source) as StoryJson;
  story.steps[index]!.text = text;
  return JSON.stringify(story, null, 2) + '\n';
}

function frameOf(page: Page, device: 'phone' | 'desktop'): Frame {
  const frame = page.frame({ name: device });
  if (!frame) throw new Error(`no ${device} frame`);
  return frame;
}

/** Waits until the frame's mounted story has a step whose text contains `text`. */
async function frameShows(frame: Frame, text: string): Promise<void> {
  await frame.waitForFunction(
    (wanted) => {
      const host = document.querySelector('#story > div:last-child');
      return [...(host?.shadowRoot?.querySelectorAll('.step') ?? [])].some((step) => step.textContent?.includes(wanted));
    },
    text,
    { timeout: SAVE_SHOWS_WITHIN_MS }
  );
}

/** The step the frame's explainer marks active, or -1. */
function activeStepIn(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const host = document.querySelector('#story > div:last-child');
    const active = host?.shadowRoot?.querySelector<HTMLElement>('.step.active');
    return active ? Number(active.dataset.step) : -1;
  });
}

async function waitForActiveStep(frame: Frame, index: number): Promise<void> {
  await expect.poll(() => activeStepIn(frame), { timeout: SAVE_SHOWS_WITHIN_MS }).toBe(index);
}

describe('scrollstage preview', () => {
  let dir: string;
  let file: string;
  let original: string;
  let child: ChildProcess;
  let output = '';
  let errors = '';
  let exit: Promise<number | null>;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrollstage-preview-'));
    file = join(dir, 'story.json');
    original = await readFile(join(repo, 'stories/idlib-m5.json'), 'utf8');
    await writeFile(file, original);
    // What the story names beside itself: its basemap.
    await writeFile(join(dir, 'idlib-m5.basemap.json'), await readFile(join(repo, 'stories/idlib-m5.basemap.json')));
    child = spawn(process.execPath, [join(repo, 'bin/scrollstage.js'), 'preview', 'story.json', '--port', '0'], { cwd: dir });
    exit = new Promise((done) => child.on('exit', (code) => done(code)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`the preview did not start within ${START_WITHIN_MS} ms:\n${output}${errors}`)), START_WITHIN_MS);
      child.stdout!.on('data', () => /Ctrl\+C to stop/.test(output) && (clearTimeout(timer), ready()));
      child.on('exit', (code) => (clearTimeout(timer), fail(new Error(`the preview exited (${code}):\n${output}${errors}`))));
    });
    const url = output.match(/Previewing story\.json at (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
    expect(url, output).toBeTruthy();
    browser = await launchBrowser();
    watched = await openPage(browser, url!, { viewport: VIEWPORTS.desktop });
    page = watched.page;
    // Set once: if the page ever reloads, it is gone.
    await page.evaluate(() => Object.assign(window, { previewMarker: 'never reloaded' }));
  });

  afterAll(async () => {
    await watched?.close();
    await browser?.close();
    if (child?.exitCode === null) child.kill('SIGINT');
    await rm(dir, { recursive: true, force: true });
  });

  const marker = () => page.evaluate(() => (window as unknown as { previewMarker?: string }).previewMarker);

  it('prints the URL, the check of the file and how to stop', () => {
    expect(output).toContain('story.json: ok (13 steps)');
    expect(output).toMatch(/Previewing story\.json at http:\/\/127\.0\.0\.1:\d+\/\nCtrl\+C to stop\n/);
    expect(errors).toBe('');
  });

  it('shows the story in both frames, each a page of its own size with the story mounted by the embed', async () => {
    const story = JSON.parse(original) as StoryJson;
    for (const device of ['phone', 'desktop'] as const) {
      const frame = frameOf(page, device);
      await frameShows(frame, story.steps[0]!.text.split('**')[0]!.trim());
      const seen = await frame.evaluate(() => ({
        width: innerWidth,
        height: innerHeight,
        embed: typeof window.scrollstage?.mount,
        steps: document.querySelector('#story > div')?.shadowRoot?.querySelectorAll('.step').length
      }));
      expect(seen).toEqual({ ...VIEWPORTS[device], embed: 'function', steps: story.steps.length });
    }
    // Scaled to fit: both frames side by side inside the window, the phone at a readable scale.
    const boxes = await page.$$eval('.screen', (screens) => screens.map((s) => s.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.right).toBeLessThanOrEqual(boxes[1]!.left);
    expect(boxes[1]!.right).toBeLessThanOrEqual(VIEWPORTS.desktop.width);
    expect(Math.max(boxes[0]!.bottom, boxes[1]!.bottom)).toBeLessThanOrEqual(VIEWPORTS.desktop.height);
    expect(boxes[0]!.width / VIEWPORTS.phone.width).toBeGreaterThan(0.75);
    // The step list: one entry per step, by kicker.
    expect(await page.$$eval('#steps .label', (labels) => labels.map((l) => l.textContent))).toEqual(
      story.steps.map((s) => s.kicker ?? s.id)
    );
    await page.screenshot({ path: join(SCRATCH, 'preview-story.png') });
  });

  it('jumps both frames to a step chosen from the list', async () => {
    await page.click('#steps button[data-index="5"]');
    for (const device of ['phone', 'desktop'] as const) await waitForActiveStep(frameOf(page, device), 5);
    // The list marks where each frame is.
    await expect.poll(() => page.$eval('#steps button[data-index="5"]', (b) => b.className)).toBe('at-phone at-desktop');
    await page.waitForTimeout(1500); // the camera's flight to the step, for the picture
    await page.screenshot({ path: join(SCRATCH, 'preview-step.png') });
  });

  it("tracks a reader's scrolling in each frame by that frame's own viewport", async () => {
    for (const device of ['phone', 'desktop'] as const) {
      const frame = frameOf(page, device);
      const box = (await page.locator(`iframe[name=${device}]`).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let notch = 0; notch < 8; notch++) {
        await page.mouse.wheel(0, 240);
        await page.waitForTimeout(50);
      }
      // The step the layout says: the last whose top has passed the trigger line (lower on a phone).
      const line = device === 'phone' ? TRIGGER_OFFSET_NARROW : TRIGGER_OFFSET_WIDE;
      const expected = await frame.evaluate((offset) => {
        const steps = [...(document.querySelector('#story > div')?.shadowRoot?.querySelectorAll('.step') ?? [])];
        return steps.filter((step) => step.getBoundingClientRect().top <= offset * innerHeight).length - 1;
      }, line);
      expect(expected).toBeGreaterThan(5);
      await waitForActiveStep(frame, expected);
    }
    await page.click('#steps button[data-index="5"]');
    for (const device of ['phone', 'desktop'] as const) await waitForActiveStep(frameOf(page, device), 5);
  });

  it('shows an edit within seconds, at the same step, without reloading the page', async () => {
    const text = 'Edited while previewing: this sentence was not in the story a moment ago.';
    const savedAt = await save(file, withStepText(original, 5, text));
    await Promise.all((['phone', 'desktop'] as const).map((device) => frameShows(frameOf(page, device), text)));
    const shownAfter = Date.now() - savedAt;
    console.log(`preview: an edit showed in both frames ${shownAfter} ms after the save`);
    expect(shownAfter).toBeLessThan(SAVE_SHOWS_WITHIN_MS);
    for (const device of ['phone', 'desktop'] as const) {
      await waitForActiveStep(frameOf(page, device), 5);
      // The new version replaced the old: one story in the frame, not two.
      expect(await frameOf(page, device).$$eval('#story > div', (hosts) => hosts.length)).toBe(1);
    }
    expect(await marker()).toBe('never reloaded');
  });

  it("shows validate's lines instead of the story while the JSON is broken", async () => {
    // The comma after the story's id: a mistake an author makes.
    const broken = original.replace(/("id": "[^"]+"),/, '$1');
    expect(broken).not.toBe(original);
    await save(file, broken);
    const problems = page.locator('#problems');
    await problems.waitFor({ state: 'visible', timeout: SAVE_SHOWS_WITHIN_MS });
    const expected = checkStorySource('story.json', broken).lines;
    expect(expected[0]).toMatch(/^story\.json:\d+:\d+ {2}invalid JSON: /);
    expect(await page.locator('#lines').textContent()).toBe(expected.join('\n'));
    expect(await page.$eval('#stage', (stage) => getComputedStyle(stage).visibility)).toBe('hidden');
    await page.screenshot({ path: join(SCRATCH, 'preview-broken.png') });
    expect(await marker()).toBe('never reloaded');
  });

  it('shows every problem of a story that is valid JSON but not a valid story', async () => {
    const story = JSON.parse(original) as StoryJson & Record<string, unknown>;
    (story.steps[2] as unknown as { text: number }).text = 12;
    delete story.steps[4]!.kicker;
    (story.steps[4] as unknown as { colour: string }).colour = 'red';
    const invalid = JSON.stringify(story, null, 2);
    await save(file, invalid);
    const expected = checkStorySource('story.json', invalid).lines;
    expect(expected).toHaveLength(2);
    expect(expected[0]).toMatch(/^story\.json:\d+:\d+ {2}steps\[2\]\.text {2}expected a string/);
    await expect.poll(() => page.locator('#lines').textContent(), { timeout: SAVE_SHOWS_WITHIN_MS }).toBe(expected.join('\n'));
    await page.screenshot({ path: join(SCRATCH, 'preview-invalid.png') });
  });

  it('brings the story back on the next good save, at the step the reader was on', async () => {
    const text = 'Mended: the story is back.';
    await save(file, withStepText(original, 5, text));
    await page.locator('#problems').waitFor({ state: 'hidden', timeout: SAVE_SHOWS_WITHIN_MS });
    for (const device of ['phone', 'desktop'] as const) {
      await frameShows(frameOf(page, device), text);
      await waitForActiveStep(frameOf(page, device), 5);
    }
    expect(await page.$eval('#stage', (stage) => getComputedStyle(stage).visibility)).toBe('visible');
    expect(await marker()).toBe('never reloaded');
    expect(watched.errors).toEqual([]);
  });

  it('loads the frames afresh, at the same step, when a file the story uses besides itself is saved', async () => {
    // What an image graphic or a story's own basemap does: fetch a file named relative to the story.
    await writeFile(join(dir, 'photo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    for (const device of ['phone', 'desktop'] as const) {
      const frame = frameOf(page, device);
      expect(await frame.evaluate(() => fetch('/photo.svg').then((r) => r.status))).toBe(200);
      await frame.evaluate(() => Object.assign(window, { frameMarker: 'this load' }));
    }
    await save(join(dir, 'photo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10"/>');
    for (const device of ['phone', 'desktop'] as const) {
      const frame = frameOf(page, device);
      await expect
        .poll(() => frame.evaluate(() => (window as unknown as { frameMarker?: string }).frameMarker ?? 'reloaded').catch(() => 'loading'), {
          timeout: SAVE_SHOWS_WITHIN_MS
        })
        .toBe('reloaded');
      await waitForActiveStep(frame, 5);
    }
    expect(await marker()).toBe('never reloaded');
  });

  it('stops cleanly on Ctrl+C', async () => {
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(output).toMatch(/preview stopped\n$/);
    expect(errors).toBe('');
  });
});
