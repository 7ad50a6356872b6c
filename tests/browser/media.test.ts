/**
 * Photos and video in the embed, as a reader meets them: the media example story, its
 * test patterns served beside it (with byte ranges, as any static host), reached by
 * scrolling with the wheel. The photo loads with its alt and a visible credit, its focus
 * inside the crop on a phone, without shifting the layout; a broken one says so. The
 * video plays while its step is active and stops when the reader leaves, pauses with its
 * button, waits on its poster with reduced motion, and follows the scroll on a scrub step.
 * Under a strict Content Security Policy, with the media on another origin, the directives
 * a newsroom adds (img-src, media-src, connect-src for the story) are all it takes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, BrowserContextOptions, JSHandle, Page } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.js';
import { byteRange } from '../../src/cli/preview/byteRange.js';
import { contentType } from '../../src/cli/preview/contentType.js';

const demo = fileURLToPath(new URL('../../dist/demo/', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const STORY = 'fixtures/stories/media-example.json';
const HOST = 'media';

/** Serves tests/fixtures under /fixtures/ as a static host does: types, byte ranges, optional headers. */
async function serveFixture(req: IncomingMessage, res: ServerResponse, headers: Record<string, string> = {}): Promise<boolean> {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (!path.startsWith('/fixtures/')) return false;
  const file = normalize(join(fixtures, path.slice('/fixtures/'.length)));
  const info = file.startsWith(fixtures) ? await stat(file).catch(() => null) : null;
  if (!info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
    return true;
  }
  const body = await readFile(file);
  const base = { 'content-type': contentType(file), 'accept-ranges': 'bytes', 'cache-control': 'no-store', ...headers };
  const range = byteRange(req.headers.range, body.length);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...base, 'content-range': `bytes */${body.length}` }).end();
  } else if (range) {
    res.writeHead(206, { ...base, 'content-range': `bytes ${range.start}-${range.end}/${body.length}`, 'content-length': range.end - range.start + 1 });
    res.end(body.subarray(range.start, range.end + 1));
  } else {
    res.writeHead(200, { ...base, 'content-length': body.length }).end(body);
  }
  return true;
}

/** A page with one embed of `story` (a URL, or inline JSON). */
const PAGE = (story: string | object, policy?: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
${policy ? `<meta http-equiv="content-security-policy" content="${policy}">` : ''}
<title>Media</title><script src="/embed/embed.js" defer></script></head>
<body><p>Before the explainer.</p>
${
  typeof story === 'string'
    ? `<div id="${HOST}" data-scrollstage="${story}"></div>`
    : `<div id="${HOST}" data-scrollstage><script type="application/json">${JSON.stringify(story).replace(/</g, '\\u003c')}</script></div>`
}
<p>After the explainer.</p></body></html>`;

let browser: Browser;
let server: StaticServer;
/** Pages by path, set by each test. */
const pages = new Map<string, string>();
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(demo, {
    async route(req, res) {
      const page = pages.get(req.url ?? '');
      if (page) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return true;
      }
      return serveFixture(req, res);
    }
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** From the first script: layout shifts, policy violations, embed events. */
function watch() {
  const w = window as unknown as { __shifts: { value: number; time: number }[]; __violations: string[]; __ready: boolean };
  w.__shifts = [];
  w.__violations = [];
  w.__ready = false;
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  document.addEventListener('scrollstage:ready', () => (w.__ready = true));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) w.__shifts.push({ value: entry.value, time: entry.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function open(path: string, html: string, options: BrowserContextOptions = {}) {
  pages.set(path, html);
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(watch);
  await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __ready: boolean }).__ready, undefined, { timeout: 30_000 });
  return { page, errors, close: () => context.close() };
}

/** Scroll position at which step `index` is at `progress` through the trigger line (the engine's: 75 % down on phones, the middle on wide screens). */
function positionOf(page: Page, index: number, progress: number): Promise<number> {
  return page.evaluate(
    ([host, i, p]) => {
      const root = document.getElementById(host)!.shadowRoot!;
      const step = root.querySelector(`.step[data-step="${i}"]`) as HTMLElement;
      const rect = step.getBoundingClientRect();
      const narrow = (root.querySelector('.frame') as HTMLElement).clientWidth < 720;
      return Math.round(rect.top + scrollY - innerHeight * (narrow ? 0.75 : 0.5) + rect.height * p);
    },
    [HOST, index, progress] as const
  );
}

/** Wheel input towards step `index` at `progress`, then the last exact adjustment, until the stage shows that step. */
async function scrollToStep(page: Page, index: number, progress = 0.3): Promise<void> {
  const viewport = page.viewportSize()!;
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  const y = await positionOf(page, index, progress);
  for (let i = 0; i < 400; i++) {
    const delta = y - (await page.evaluate(() => scrollY));
    if (Math.abs(delta) < 200) break;
    await page.mouse.wheel(0, Math.sign(delta) * Math.min(Math.abs(delta) - 100, 600));
    await page.waitForTimeout(30);
  }
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForFunction(
    ([host, i]) => (document.getElementById(host)!.shadowRoot!.querySelector('.stage') as HTMLElement).dataset.index === String(i),
    [HOST, index] as const
  );
}

/** The active layer's video. */
const videoHandle = (page: Page): Promise<JSHandle<HTMLVideoElement>> =>
  page.evaluateHandle((host) => document.getElementById(host)!.shadowRoot!.querySelector('.layer.active video') as HTMLVideoElement, HOST);

describe('a photo step', () => {
  it.each(Object.entries(VIEWPORTS))('at %s size, loads the photo with its alt, its credit visible, its focus in the crop, and shifts nothing', async (_name, viewport) => {
    const { page, errors, close } = await open('/photo.html', PAGE(`./${STORY}`), { viewport });
    // Once the explainer has grown in (a shift of the page's own, before the photo exists) and painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const before = await page.evaluate(() => performance.now());
    // Halfway through the step: the panel has stuck to the top, and a phone's text card has passed above the credit.
    await scrollToStep(page, 0, 0.5);
    await page.waitForFunction(
      (host) => {
        const img = document.getElementById(host)!.shadowRoot!.querySelector('.layer.active img.picture.shown') as HTMLImageElement | null;
        return !!img && img.complete && img.naturalWidth > 0 && getComputedStyle(img).opacity === '1';
      },
      HOST,
      { timeout: 30_000 }
    );
    const seen = await page.evaluate(
      (host) => {
        const root = document.getElementById(host)!.shadowRoot!;
        const img = root.querySelector('.layer.active img.picture.shown') as HTMLImageElement;
        const box = img.getBoundingClientRect();
        const graphic = (root.querySelector('.graphic') as HTMLElement).getBoundingClientRect();
        // Where CSS draws the picture: object-fit cover at the computed object-position.
        const scale = Math.max(box.width / img.naturalWidth, box.height / img.naturalHeight);
        const [w, h] = [img.naturalWidth * scale, img.naturalHeight * scale];
        const [px, py] = getComputedStyle(img).objectPosition.split(' ').map((v) => parseFloat(v) / 100) as [number, number];
        const focus = { x: box.left + px * (box.width - w) + 0.8 * w, y: box.top + py * (box.height - h) + 0.35 * h };
        const credit = root.querySelector('.layer.active .credit') as HTMLElement;
        const c = credit.getBoundingClientRect();
        // No text card over it (the panel takes no pointer events, so hit testing cannot tell).
        const covered = [...root.querySelectorAll('.card')].some((card) => {
          const r = card.getBoundingClientRect();
          return r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top;
        });
        return {
          alt: img.alt,
          src: img.currentSrc,
          natural: img.naturalWidth,
          credit: credit.textContent,
          creditOnScreen: c.top >= 0 && c.bottom <= innerHeight && c.width > 0,
          creditOnTop: !covered && getComputedStyle(credit).visibility === 'visible' && Number(getComputedStyle(credit).opacity) > 0.5,
          focus,
          picture: [box.left, box.top, box.right, box.bottom].map(Math.round),
          panel: { left: graphic.left, top: graphic.top, right: graphic.right, bottom: graphic.bottom },
          viewport: { width: innerWidth, height: innerHeight }
        };
      },
      HOST
    );
    expect(seen.alt).toBe('Rolling green hills under a dusk sky, with a red target marked focus in the sky at the upper right.');
    expect(seen.src).toMatch(/\/fixtures\/media\/landscape-(800|1600)\.jpg$/);
    expect(seen.natural).toBeGreaterThan(0);
    expect(seen.credit).toBe('Photo: Test pattern (generated)');
    expect(seen.creditOnScreen).toBe(true);
    expect(seen.creditOnTop).toBe(true);
    // The picture fills the panel; the red target is inside it and on screen.
    expect(seen.picture).toEqual([seen.panel.left, seen.panel.top, seen.panel.right, seen.panel.bottom].map(Math.round));
    expect(seen.focus.x).toBeGreaterThanOrEqual(Math.max(0, seen.panel.left));
    expect(seen.focus.x).toBeLessThanOrEqual(Math.min(seen.viewport.width, seen.panel.right));
    expect(seen.focus.y).toBeGreaterThanOrEqual(Math.max(0, seen.panel.top));
    expect(seen.focus.y).toBeLessThanOrEqual(Math.min(seen.viewport.height, seen.panel.bottom));
    // Nothing moved while the reader scrolled to it and it loaded and faded in.
    const shifts = await page.evaluate((t0) => {
      const w = window as unknown as { __shifts: { value: number; time: number }[] };
      return w.__shifts.filter((s) => s.time > t0).map((s) => s.value);
    }, before);
    expect(shifts.reduce((sum, v) => sum + v, 0)).toBeLessThan(0.001);
    expect(errors).toEqual([]);
    await close();
  });

  it('fades to the next photo and shows it whole when its step comes', async () => {
    const { page, close } = await open('/photo.html', PAGE(`./${STORY}`));
    await scrollToStep(page, 2);
    await page.waitForFunction(
      (host) => {
        const imgs = [...document.getElementById(host)!.shadowRoot!.querySelectorAll('.layer.active img.picture')] as HTMLImageElement[];
        return imgs.length === 1 && imgs[0]!.classList.contains('shown') && imgs[0]!.naturalWidth > 0;
      },
      HOST,
      { timeout: 30_000 }
    );
    const alt = await page.evaluate((host) => (document.getElementById(host)!.shadowRoot!.querySelector('.layer.active img.picture') as HTMLImageElement).alt, HOST);
    expect(alt).toMatch(/^A tower/);
    await close();
  });

  it('says the picture could not be loaded when its file is missing', async () => {
    const story = JSON.parse(await readFile(join(fixtures, 'stories/media-example.json'), 'utf8'));
    // Inline, the story's paths are relative to the page: this one is not there.
    story.steps[0].graphic.src = 'fixtures/media/nowhere.jpg';
    story.steps[0].graphic.srcset = null;
    const { page, errors, close } = await open('/broken.html', PAGE(story));
    await scrollToStep(page, 0);
    await page.waitForFunction((host) => !!document.getElementById(host)!.shadowRoot!.querySelector('.layer.active .failed'), HOST, { timeout: 30_000 });
    const failed = await page.evaluate((host) => {
      const box = document.getElementById(host)!.shadowRoot!.querySelector('.layer.active .failed') as HTMLElement;
      const r = box.getBoundingClientRect();
      return { text: box.textContent, visible: r.width > 0 && r.height > 0 };
    }, HOST);
    expect(failed.text).toContain('The picture could not be loaded.');
    expect(failed.text).toContain('Rolling green hills');
    expect(failed.visible).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a video step', () => {
  it.each(Object.entries(VIEWPORTS))('at %s size, plays while its step is active and stops when the reader leaves it', async (_name, viewport) => {
    const { page, errors, close } = await open('/video.html', PAGE(`./${STORY}`), { viewport });
    await scrollToStep(page, 3);
    const video = await videoHandle(page);
    await page.waitForFunction((v) => !v.paused && v.currentTime > 0.2, video, { timeout: 30_000 });
    expect(await video.evaluate((v) => [v.muted, v.hasAttribute('playsinline'), v.textTracks[0]?.mode])).toEqual([true, true, 'showing']);
    // Back up to the photo: the video stops (and goes).
    await scrollToStep(page, 2);
    await page.waitForFunction((v) => v.paused, video);
    expect(await video.evaluate((v) => v.isConnected)).toBe(false);
    // Down again, then on to the scrub step: that one does not play by itself either.
    await scrollToStep(page, 3);
    const again = await videoHandle(page);
    await page.waitForFunction((v) => !v.paused, again, { timeout: 30_000 });
    await scrollToStep(page, 4, 0.2);
    await page.waitForFunction((v) => v.paused, again);
    expect(await (await videoHandle(page)).evaluate((v) => v.paused)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('pauses with its button, by pointer and by keyboard, and plays again', async () => {
    const { page, close } = await open('/video.html', PAGE(`./${STORY}`), { viewport: VIEWPORTS.desktop });
    await scrollToStep(page, 3);
    const video = await videoHandle(page);
    await page.waitForFunction((v) => !v.paused && v.currentTime > 0.2, video, { timeout: 30_000 });
    const button = page.locator(`#${HOST} .layer.active button.toggle`);
    expect(await button.textContent()).toContain('Pause');
    await button.click();
    await page.waitForFunction((v) => v.paused, video);
    // The label follows the video's pause and play events, which come a task after `paused` flips.
    await expect.poll(() => button.textContent()).toContain('Play');
    const at = await video.evaluate((v) => v.currentTime);
    await page.waitForTimeout(400);
    expect(await video.evaluate((v) => v.currentTime)).toBe(at);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((v) => !v.paused, video);
    await expect.poll(() => button.textContent()).toContain('Pause');
    await page.keyboard.press('Space');
    await page.waitForFunction((v) => v.paused, video);
    await close();
  });

  it('with reduced motion, shows its poster and does not play until asked', async () => {
    const { page, close } = await open('/video.html', PAGE(`./${STORY}`), { reducedMotion: 'reduce' });
    await scrollToStep(page, 3);
    const video = await videoHandle(page);
    await page.waitForTimeout(1000);
    expect(await video.evaluate((v) => ({ paused: v.paused, time: v.currentTime, played: v.played.length, poster: v.poster }))).toEqual({
      paused: true,
      time: 0,
      played: 0,
      poster: `${server.url}fixtures/media/clip-poster.jpg`
    });
    expect(await page.locator(`#${HOST} .layer.active button.toggle`).textContent()).toContain('Play');
    await page.locator(`#${HOST} .layer.active button.toggle`).click();
    await page.waitForFunction((v) => !v.paused, video);
    await close();
  });

  it('on a scrub step, follows the reader’s progress through the step', async () => {
    const { page, errors, close } = await open('/video.html', PAGE(`./${STORY}`));
    for (const progress of [0.25, 0.7, 0.4]) {
      await scrollToStep(page, 4, progress);
      const video = await videoHandle(page);
      // Once the stage has the reader's progress and the video has caught up with it.
      await page.waitForFunction(
        ([host, v, target]) => {
          const stage = document.getElementById(host as string)!.shadowRoot!.querySelector('.stage') as HTMLElement;
          const el = v as HTMLVideoElement;
          const shown = Number(stage.dataset.progress);
          return Math.abs(shown - (target as number)) < 0.05 && el.duration > 0 && !el.seeking && Math.abs(el.currentTime / el.duration - shown) < 0.02;
        },
        [HOST, video, progress] as const,
        { timeout: 30_000 }
      );
      const [time, duration, shown] = await page.evaluate(
        ([host, v]) => [
          (v as HTMLVideoElement).currentTime,
          (v as HTMLVideoElement).duration,
          Number((document.getElementById(host as string)!.shadowRoot!.querySelector('.stage') as HTMLElement).dataset.progress)
        ],
        [HOST, video] as const
      );
      expect(time / duration).toBeCloseTo(shown, 1);
      expect(shown).toBeGreaterThan(progress - 0.1);
      expect(shown).toBeLessThan(progress + 0.1);
      expect(await video.evaluate((v) => v.paused)).toBe(true);
      expect(await page.locator(`#${HOST} .layer.active button.toggle`).count()).toBe(0);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('under a strict Content Security Policy, media on another origin', () => {
  let cdn: StaticServer;
  beforeAll(async () => {
    // A second origin, as a newsroom's CDN: CORS allowed, as cross-origin captions need.
    cdn = await startStaticServer(fixtures, { route: (req, res) => serveFixture(req, res, { 'access-control-allow-origin': '*' }) });
  });
  afterAll(() => cdn?.close());

  const base = "default-src 'self'; script-src 'self'; style-src 'self'";
  const origin = () => cdn.url.replace(/\/$/, '');

  it('needs only connect-src, img-src and media-src for that origin, and shows photo, video and captions without a violation', async () => {
    const policy = `${base}; connect-src 'self' ${origin()}; img-src 'self' ${origin()}; media-src 'self' ${origin()}`;
    const { page, errors, close } = await open('/csp-media.html', PAGE(`${origin()}/${STORY}`, policy), { viewport: VIEWPORTS.desktop });
    await scrollToStep(page, 0);
    await page.waitForFunction(
      (host) => ((document.getElementById(host)!.shadowRoot!.querySelector('.layer.active img.picture.shown') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0,
      HOST,
      { timeout: 30_000 }
    );
    await scrollToStep(page, 3);
    const video = await videoHandle(page);
    await page.waitForFunction((v) => !v.paused && v.currentTime > 0.2 && v.textTracks[0]?.cues?.length === 3, video, { timeout: 30_000 });
    expect(await video.evaluate((v) => [v.currentSrc, v.crossOrigin])).toEqual([`${origin()}/fixtures/media/clip.mp4`, 'anonymous']);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    // The explainer brought no <style> of its own: positions went through the CSSOM.
    expect(await page.evaluate((host) => document.getElementById(host)!.shadowRoot!.querySelectorAll('style').length, HOST)).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('is blocked, and says which directive, without img-src and media-src', async () => {
    const policy = `${base}; connect-src 'self' ${origin()}`;
    const { page, close } = await open('/csp-blocked.html', PAGE(`${origin()}/${STORY}`, policy), { viewport: VIEWPORTS.desktop });
    await scrollToStep(page, 0);
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.some((v) => v.startsWith('img-src')), undefined, {
      timeout: 30_000
    });
    await scrollToStep(page, 3);
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.some((v) => v.startsWith('media-src')), undefined, {
      timeout: 30_000
    });
    await close();
  });
});
