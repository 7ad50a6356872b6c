/**
 * Faults the network and the page can throw at the embed. Each broken story (404, 500, a
 * server that hangs, invalid JSON, an HTML page, a redirect to a 404) fires
 * `scrollstage:error` with a readable message and shows it in the box, while a good embed on
 * the same page gets ready, and a redirect to a good story works; no page error and no
 * unhandled rejection. And `destroy()` in the middle of a camera flight and of a unit-chart
 * transition stops every timer, frame, observer and listener the embed started.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.js';

const demo = fileURLToPath(new URL('../../dist/demo/', import.meta.url));
const story = readFileSync(new URL('../../stories/idlib-m5.json', import.meta.url), 'utf8');

/** Story URLs the route hook answers, each with what the reader should be told. */
const FAULTS: { path: string; host: string; message: RegExp }[] = [
  { path: '/faults/missing.json', host: 'missing', message: /the story could not be loaded \(HTTP 404, http:\/\/.+\/faults\/missing\.json\)/ },
  { path: '/faults/error.json', host: 'error', message: /the story could not be loaded \(HTTP 500, / },
  { path: '/faults/hang.json', host: 'hang', message: /the story did not arrive within 0\.8 s \(http:\/\/.+\/faults\/hang\.json\)/ },
  { path: '/faults/invalid.json', host: 'invalid', message: /the story is not valid JSON \(.+\)/ },
  { path: '/faults/html.json', host: 'html', message: /the story is not JSON \(the server sent text\/html, / },
  { path: '/faults/moved-away.json', host: 'moved-away', message: /HTTP 404, http:\/\/.+\/faults\/moved-away\.json, redirected to http:\/\/.+\/faults\/gone\.json/ },
  { path: '/faults/not-a-story.json', host: 'not-a-story', message: /the story is not valid: version: .+ \(and \d+ more\)|the story is not valid: / }
];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Faults</title>
<script src="./embed/embed.js" defer></script></head><body>
${FAULTS.map((f) => `<div id="${f.host}" data-scrollstage=".${f.path}" data-scrollstage-timeout="800"><p>Fallback ${f.host}</p></div>`).join('\n')}
<div id="moved" data-scrollstage="./faults/moved.json"><p>Fallback moved</p></div>
<div id="good" data-scrollstage="./stories/idlib-m5.json"><p>Fallback good</p></div>
</body></html>`;

const EMPTY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Destroy</title>
<script src="./embed/embed.js" defer></script></head><body><div id="spacer" style="height: 50px"></div><main id="page"></main></body></html>`;

let browser: Browser;
let server: StaticServer;
const hanging = new Set<import('node:http').ServerResponse>();
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(demo, {
    route(req, res) {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const json = { 'content-type': 'application/json' };
      switch (path) {
        case '/faults.html':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
          return true;
        case '/destroy.html':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(EMPTY_PAGE);
          return true;
        case '/faults/error.json':
          res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
          return true;
        case '/faults/hang.json':
          // Headers, then nothing: the body never comes.
          res.writeHead(200, json);
          res.write('{"version": 1,');
          hanging.add(res);
          return true;
        case '/faults/invalid.json':
          res.writeHead(200, json).end('{"version": 1, "id": "broken",');
          return true;
        case '/faults/html.json':
          res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Sign in to read this story</p>');
          return true;
        case '/faults/moved.json':
          res.writeHead(302, { location: '/stories/idlib-m5.json' }).end();
          return true;
        case '/faults/moved-away.json':
          res.writeHead(301, { location: '/faults/gone.json' }).end();
          return true;
        case '/faults/not-a-story.json':
          res.writeHead(200, json).end('{"hello": "world"}');
          return true;
        case '/faults/good-story.json':
          res.writeHead(200, json).end(story);
          return true;
      }
      return false;
    }
  });
});
// Closed even when a test fails, so no page keeps a hanging request open for the next one.
const contexts: BrowserContext[] = [];
const newContext = async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context;
};
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  await browser?.close();
  await server?.close();
});

/** Page errors, unhandled rejections and embed events, from the first script on. */
function watch() {
  const w = window as unknown as { __events: { type: string; host: string; detail: Record<string, unknown> }[]; __rejections: string[] };
  w.__events = [];
  w.__rejections = [];
  window.addEventListener('unhandledrejection', (e) => w.__rejections.push(String(e.reason)));
  for (const type of ['scrollstage:ready', 'scrollstage:error']) {
    document.addEventListener(type, (e) => w.__events.push({ type, host: (e.target as Element).id, detail: (e as CustomEvent).detail }));
  }
}

describe('a story that cannot be had', () => {
  it('fails with a clear message in its own box while the good embeds work', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.addInitScript(watch);
    await page.goto(`${server.url}faults.html`, { waitUntil: 'load' });
    await page.waitForFunction((n) => (window as unknown as { __events: unknown[] }).__events.length === n, FAULTS.length + 2, {
      timeout: 30_000
    });
    const events = await page.evaluate(() => (window as unknown as { __events: { type: string; host: string; detail: Record<string, unknown> }[] }).__events);
    const byHost = new Map(events.map((e) => [e.host, e]));
    expect(byHost.get('good')).toMatchObject({ type: 'scrollstage:ready', detail: { id: 'idlib-m5', steps: 13 } });
    expect(byHost.get('moved')).toMatchObject({ type: 'scrollstage:ready', detail: { id: 'idlib-m5' } });
    for (const fault of FAULTS) {
      const event = byHost.get(fault.host)!;
      expect(event?.type, fault.host).toBe('scrollstage:error');
      expect(String(event.detail.message), fault.host).toMatch(fault.message);
      const box = await page.evaluate((id) => {
        const host = document.getElementById(id)!;
        return {
          note: host.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '',
          state: host.shadowRoot!.querySelector('.scrollstage-box')?.getAttribute('data-state'),
          fallback: host.querySelector('p')!.getBoundingClientRect().height
        };
      }, fault.host);
      expect(box.note).toBe(`This explainer could not be shown: ${String(event.detail.message)}.`);
      expect(box.state).toBe('error');
      expect(box.fallback).toBeGreaterThan(0);
    }
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

/**
 * Counts live timers, frames, observers and listeners by wrapping the browser's own
 * functions before any page script runs. A listener on a node that has left the document
 * is not counted: it goes with the node.
 */
function instrument() {
  type Live = { kind: string; what: string };
  const live = new Map<object | number | string, Live>();
  const w = window as unknown as { __live: () => Record<string, number>; __liveList: () => string[] };
  const originalSetTimeout = window.setTimeout.bind(window);
  const originalClearTimeout = window.clearTimeout.bind(window);
  const originalSetInterval = window.setInterval.bind(window);
  const originalClearInterval = window.clearInterval.bind(window);
  const originalRaf = window.requestAnimationFrame.bind(window);
  const originalCaf = window.cancelAnimationFrame.bind(window);
  const stack = () => (new Error().stack ?? '').split('\n').slice(3, 5).join(' ').replace(/\s+/g, ' ');
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = originalSetTimeout(
      (...a: unknown[]) => {
        live.delete(`t${id}`);
        if (typeof fn === 'function') fn(...a);
      },
      ms,
      ...args
    );
    live.set(`t${id}`, { kind: 'timeout', what: `${ms} ${stack()}` });
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    live.delete(`t${id}`);
    originalClearTimeout(id);
  }) as typeof clearTimeout;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = originalSetInterval(fn, ms, ...args);
    live.set(`i${id}`, { kind: 'interval', what: `${ms} ${stack()}` });
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    live.delete(`i${id}`);
    originalClearInterval(id);
  }) as typeof clearInterval;
  window.requestAnimationFrame = (fn) => {
    const id = originalRaf((t) => {
      live.delete(`f${id}`);
      fn(t);
    });
    live.set(`f${id}`, { kind: 'frame', what: stack() });
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    live.delete(`f${id}`);
    originalCaf(id);
  };
  for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver'] as const) {
    const Original = window[name] as unknown as { new (...args: unknown[]): { observe(...a: unknown[]): void; disconnect(): void } };
    // Live while it observes something: Svelte keeps one ResizeObserver for bind:clientWidth and unobserves.
    const Wrapped = class extends Original {
      __what = stack();
      __targets = new Set<unknown>();
      override observe(...args: unknown[]) {
        this.__targets.add(args[0]);
        live.set(this, { kind: name, what: this.__what });
        return super.observe(...args);
      }
      unobserve(target: unknown) {
        this.__targets.delete(target);
        if (this.__targets.size === 0) live.delete(this);
        return (Original.prototype as unknown as { unobserve(t: unknown): void }).unobserve.call(this, target);
      }
      override disconnect() {
        this.__targets.clear();
        live.delete(this);
        return super.disconnect();
      }
    };
    Object.defineProperty(window, name, { value: Wrapped, configurable: true, writable: true });
  }
  const listeners = new Map<string, { target: EventTarget; kind: string; what: string }>();
  const targetIds = new WeakMap<object, number>();
  const fnIds = new WeakMap<object, number>();
  let next = 1;
  const idOf = (map: WeakMap<object, number>, o: object) => {
    if (!map.has(o)) map.set(o, next++);
    return map.get(o)!;
  };
  const keyOf = (target: EventTarget, type: string, fn: object, options?: boolean | EventListenerOptions) =>
    `${idOf(targetIds, target)} ${type} ${idOf(fnIds, fn)} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (fn) {
      const key = keyOf(this, type, fn, options);
      const o = typeof options === 'object' ? options : {};
      if (!(o.signal?.aborted)) {
        listeners.set(key, { target: this, kind: 'listener', what: `${type} on ${(this as Node).nodeName ?? this.constructor.name} ${stack()}` });
        const forget = () => listeners.delete(key);
        if (o.once) add.call(this, type, forget, { once: true, capture: o.capture });
        o.signal?.addEventListener('abort', forget, { once: true });
      }
    }
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (fn) listeners.delete(keyOf(this, type, fn, options));
    return remove.call(this, type, fn, options);
  };
  const all = () => {
    const out: Live[] = [...live.values()];
    for (const l of listeners.values()) {
      if (l.target instanceof Node && !l.target.isConnected && !(l.target instanceof Document)) continue;
      if (l.target instanceof AbortSignal) continue;
      out.push(l);
    }
    return out;
  };
  w.__live = () => {
    const counts: Record<string, number> = { timeout: 0, interval: 0, frame: 0, IntersectionObserver: 0, ResizeObserver: 0, MutationObserver: 0, listener: 0 };
    for (const l of all()) counts[l.kind] = (counts[l.kind] ?? 0) + 1;
    return counts;
  };
  w.__liveList = () => all().map((l) => `${l.kind}: ${l.what}`);
}

const live = (page: Page) => page.evaluate(() => (window as unknown as { __live: () => Record<string, number> }).__live());
const liveList = (page: Page) => page.evaluate(() => (window as unknown as { __liveList: () => string[] }).__liveList());

/** Mounts the flagship by URL into #page and waits for it. */
async function mountFlagship(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const host = document.createElement('div');
        host.id = 'host';
        document.getElementById('page')!.append(host);
        const done = new AbortController();
        host.addEventListener('scrollstage:ready', () => (done.abort(), resolve()), { signal: done.signal });
        host.addEventListener('scrollstage:error', (e) => (done.abort(), reject(new Error((e as CustomEvent).detail.message))), {
          signal: done.signal
        });
        (window as unknown as { __handle: { destroy(): void } }).__handle = window.scrollstage!.mount(host, './stories/idlib-m5.json');
      })
  );
}

async function scrollToStep(page: Page, index: number) {
  await page.evaluate((i) => {
    const step = document.getElementById('host')!.shadowRoot!.querySelector(`.step[data-step="${i}"]`)!;
    window.scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight * 0.5 + 10);
  }, index);
  await page.waitForFunction((i) => document.getElementById('host')?.shadowRoot?.querySelector('.stage')?.getAttribute('data-index') === String(i), index);
}

describe('destroy() in the middle of an animation', () => {
  for (const [moment, steps] of [
    ['a camera flight', [0, 5]],
    ['a unit-chart transition', [9, 10]],
    ['the map coming back after a chart', [11, 8]]
  ] as const) {
    it(`stops every timer, frame, observer and listener during ${moment}`, async () => {
      const context = await newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.addInitScript(instrument);
      await page.addInitScript(watch);
      await page.goto(`${server.url}destroy.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => !!window.scrollstage);
      await page.waitForTimeout(300);
      const baseline = await live(page);
      const baselineList = await liveList(page);

      await mountFlagship(page);
      await scrollToStep(page, steps[0]);
      await page.waitForTimeout(2600); // the first state settles
      await scrollToStep(page, steps[1]);
      await page.waitForTimeout(150); // mid-flight
      const during = await live(page);
      // Something is animating: a frame is pending.
      expect((during.frame ?? 0) + (during.timeout ?? 0)).toBeGreaterThan(0);

      await page.evaluate(() => (window as unknown as { __handle: { destroy(): void } }).__handle.destroy());
      // d3-timer's last frame runs once more, then sleeps for good.
      await page.waitForFunction(
        (base) => {
          const now = (window as unknown as { __live: () => Record<string, number> }).__live();
          return Object.keys(base).every((k) => now[k] === base[k]);
        },
        baseline,
        { timeout: 5000 }
      ).catch(() => {});
      const after = await live(page);
      if (JSON.stringify(after) !== JSON.stringify(baseline)) {
        const before = new Set(baselineList);
        console.log((await liveList(page)).filter((l) => !before.has(l)));
      }
      expect(after).toEqual(baseline);
      // And stays there: nothing restarts later.
      await page.waitForTimeout(1200);
      expect(await live(page)).toEqual(baseline);
      // The host's own content (none here) shows again; the shadow root holds only a slot.
      expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.innerHTML)).toBe('<slot></slot>');
      expect(await page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections)).toEqual([]);
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('stops a story still loading, leaving nothing behind and reporting nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.addInitScript(watch);
    await page.goto(`${server.url}destroy.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!window.scrollstage);
    await page.waitForTimeout(300);
    const baseline = await live(page);
    await page.evaluate(() => {
      const host = document.createElement('div');
      document.getElementById('page')!.append(host);
      const handle = window.scrollstage!.mount(host, './faults/hang.json');
      setTimeout(() => handle.destroy(), 200);
    });
    await page.waitForTimeout(1500);
    expect(await live(page)).toEqual(baseline);
    expect(await page.evaluate(() => (window as unknown as { __events: unknown[]; __rejections: string[] }).__events)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections)).toEqual([]);
    await context.close();
  });
});
