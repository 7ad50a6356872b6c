/**
 * No story can run script. A corpus of injection payloads (tests/fixtures/injection) goes
 * into every text field of the flagship, which is mounted through the embed's
 * `window.scrollstage.mount` on a page with a trap: payloads that ran would call `__pwn`,
 * `alert` or `confirm`. The reader scrolls through every step (so every label, convoy and
 * chart is drawn); nothing may run, nothing executable may appear in the shadow root, and
 * each payload shows as text. Unsafe URLs never get that far: the schema refuses them in
 * every field that holds one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.js';
import { flagshipJsonForPage } from '../helpers/flagship.js';
import { TEXT_PAYLOADS, UNSAFE_URLS, storyWithPayload } from '../fixtures/injection/payloads.js';
import { validateStory } from '../../src/schema/parseStory.js';
import { plainText } from '../../src/story/parseMarkup.js';

const demo = fileURLToPath(new URL('../../dist/demo/', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Injection</title>
<script src="./embed/embed.js" defer></script></head><body><main id="page"></main></body></html>`;

/** The trap, installed before any page script. */
function trap() {
  const w = window as unknown as { __pwned: string[]; __pwn: (name: string) => void; __violations: string[] };
  w.__pwned = [];
  w.__violations = [];
  w.__pwn = (name) => w.__pwned.push(String(name));
  window.alert = (m?: unknown) => w.__pwned.push(`alert ${String(m)}`);
  window.confirm = (m?: string) => (w.__pwned.push(`confirm ${m}`), false);
  window.prompt = (m?: string) => (w.__pwned.push(`prompt ${m}`), null);
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.violatedDirective));
}

/** Payloads grouped so that each group fits a short (300-character) field whole. */
function groups(): string[][] {
  const out: string[][] = [[]];
  for (const payload of Object.values(TEXT_PAYLOADS)) {
    const current = out.at(-1)!;
    if ([...current, payload].join(' ').length > 300) out.push([payload]);
    else current.push(payload);
  }
  return out;
}

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(demo, {
    route(req, res) {
      if (!req.url?.startsWith('/inject.html')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
      return true;
    }
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Mounts `story` in a fresh host and waits for ready or error. */
async function mountStory(page: Page, story: unknown): Promise<{ type: string; message?: string }> {
  return page.evaluate(
    (s) =>
      new Promise<{ type: string; message?: string }>((resolve) => {
        const host = document.createElement('div');
        host.id = 'host';
        document.getElementById('page')!.replaceChildren(host);
        host.addEventListener('scrollstage:ready', () => resolve({ type: 'ready' }));
        host.addEventListener('scrollstage:error', (e) => resolve({ type: 'error', message: (e as CustomEvent).detail.message }));
        window.scrollstage!.mount(host, s as object);
      }),
    story
  );
}

/** Scrolls to every step in turn so each step's graphic is drawn; returns all text seen. */
async function visitEverything(page: Page, steps: number): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < steps; i++) {
    await page.evaluate((index) => {
      const step = document.getElementById('host')!.shadowRoot!.querySelector(`.step[data-step="${index}"]`)!;
      window.scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight * 0.5 + 10);
    }, i);
    await page.waitForFunction(
      (index) => document.getElementById('host')!.shadowRoot!.querySelector('.stage')?.getAttribute('data-index') === String(index),
      i
    );
    await page.waitForTimeout(60);
    seen.push(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.textContent ?? ''));
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(100);
  return seen.join('\n');
}

/** Anything executable or foreign in the shadow root. */
function dangerous(page: Page) {
  return page.evaluate(() => {
    const root = document.getElementById('host')!.shadowRoot!;
    const all = [...root.querySelectorAll('*')];
    const found: string[] = [];
    for (const el of root.querySelectorAll('script, iframe, object, embed, math, foreignObject, meta, form, details:not(.data-table), template, base, img, style, animate, set')) {
      found.push(`<${el.localName}>`);
    }
    for (const el of all) {
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr)) found.push(`${el.localName}[${attr}]`);
        if (attr === 'style' && el.getAttribute('style')!.match(/expression|url\(|javascript/i)) found.push(`${el.localName}[style]`);
      }
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
      if (href !== null && !/^(https?:\/\/|mailto:|#)/i.test(href) && !(el.localName === 'link' && href.endsWith('embed.css'))) {
        found.push(`${el.localName}[href=${href}]`);
      }
      if (el.localName === 'a' && el.getAttribute('target') === '_blank' && !/noopener/.test(el.getAttribute('rel') ?? '')) {
        found.push('a[target=_blank] without noopener');
      }
      // SVG belongs to the graphic only: none from a payload in the text, header or sources.
      if (el.localName === 'svg' && !el.closest('.graphic')) found.push('<svg> outside the graphic');
    }
    return found;
  });
}

describe('injection payloads in every text field', () => {
  it.each(groups().map((group, i) => [i + 1, group] as const))('payload group %i runs nothing and shows as text', async (_n, group) => {
    const payload = group.join(' ');
    const json = storyWithPayload(flagshipJsonForPage(), payload);
    const parsed = validateStory(json);
    expect(parsed.problems).toEqual([]);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('dialog', (dialog) => (pageErrors.push(`dialog ${dialog.message()}`), dialog.dismiss()));
    await page.addInitScript(trap);
    await page.goto(`${server.url}inject.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!window.scrollstage);
    const scriptsBefore = await page.evaluate(() => document.scripts.length);

    expect(await mountStory(page, json)).toEqual({ type: 'ready' });
    const text = await visitEverything(page, parsed.story!.steps.length);

    // Each payload is on screen, as the text it is (markup fields as their plain text).
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const shown of [payload, plainText(payload)]) expect(squash(text)).toContain(squash(shown));
    expect(await dangerous(page)).toEqual([]);
    // Let any deferred handler (onload, onerror, a timer) get its chance.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned: string[] }).__pwned)).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(scriptsBefore);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the trap', () => {
  it('catches a payload made live on purpose, so a pass above means something', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(trap);
    await page.goto(`${server.url}inject.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!window.scrollstage);
    expect(await mountStory(page, flagshipJsonForPage())).toEqual({ type: 'ready' });
    await page.evaluate((html) => {
      document.getElementById('host')!.shadowRoot!.querySelector('.step .text')!.insertAdjacentHTML('beforeend', html);
    }, `${TEXT_PAYLOADS.imgOnerror} ${TEXT_PAYLOADS.svgOnload}`);
    await page.waitForFunction(() => (window as unknown as { __pwned: string[] }).__pwned.includes('img'));
    expect(await dangerous(page)).toEqual(expect.arrayContaining(['<img>', 'img[onerror]', 'svg[onload]', '<svg> outside the graphic']));
    await context.close();
  });
});

/** Every field that holds a URL, with a setter. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const URL_FIELDS: [string, (story: any, url: string) => void][] = [
  ['a link in step text', (s, url) => (s.steps[0].text = `Read [the report](${url}).`)],
  ['a link in a method paragraph', (s, url) => (s.method = [`See [the data](${url}).`])],
  ['a source url', (s, url) => (s.sources[0].url = url)],
  ['the canonical url', (s, url) => (s.canonical = url)],
  ['an edition href', (s, url) => (s.editions = [{ lang: 'ar', label: 'عربي', href: url }])]
];

describe('unsafe URLs', () => {
  for (const [field, set] of URL_FIELDS) {
    it(`are refused in ${field}, with a problem at its path`, () => {
      for (const [name, url] of Object.entries(UNSAFE_URLS)) {
        // A relative path is a fine edition link; a protocol-relative one goes to http(s).
        if (field === 'an edition href' && (name === 'relative' || name === 'protocolRelative')) continue;
        // A link with a space or a closing bracket in it is not a link: it stays text.
        if (field.startsWith('a link') && /[\s)]/.test(url)) continue;
        const story = flagshipJsonForPage();
        set(story, url);
        const result = validateStory(story);
        expect(result.problems.length, `${name} in ${field}`).toBeGreaterThan(0);
        expect(result.problems.map((p) => p.message).join(), `${name} in ${field}`).toMatch(/URL|links must be|relative path/);
      }
    });
  }

  it('stay text when markup with one is rendered anyway, and the embed refuses such a story with a message', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(trap);
    await page.goto(`${server.url}inject.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!window.scrollstage);
    const story = flagshipJsonForPage() as { steps: { text: string }[] };
    story.steps[0]!.text = `Click [here](${UNSAFE_URLS.javascript}).`;
    const result = await mountStory(page, story);
    expect(result.type).toBe('error');
    expect(result.message).toMatch(/steps\[0\]\.text: links must be https:, http: or mailto:/);
    expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.querySelector('[role="alert"]')?.textContent)).toMatch(
      /could not be shown: the story is not valid/
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned: string[] }).__pwned)).toEqual([]);
    await context.close();
  });
});
