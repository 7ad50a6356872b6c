// One measured visit of an explainer page: load (bytes by type, time to first graphic),
// reading-speed wheel scroll through the explainer, slow wheel scrub through one step;
// frames, long tasks, layout shifts, heap and Chromium's own counters for each phase.
import { PROBE } from './probe.js';
import { frameStats } from './stats.js';

/** Reading speed: one 100 px wheel notch every 100 ms (about a line of text every 30 ms). */
export const READ_NOTCH_PX = 100;
export const READ_INTERVAL_MS = 100;
/** Scrubbing: slower, as a reader watching the line advance. */
export const SCRUB_NOTCH_PX = 40;
export const SCRUB_INTERVAL_MS = 100;
/** Longest wait for the first graphic before the run counts as failed. */
const FIRST_GRAPHIC_TIMEOUT_MS = 60_000;

export const VIEWPORTS = {
  phone: { width: 390, height: 844, throttle: 4 },
  desktop: { width: 1280, height: 800, throttle: 1 }
};

/** Chromium's counters that say where main-thread time went (Performance.getMetrics). */
const COUNTERS = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration', 'LayoutCount', 'RecalcStyleCount', 'Nodes'];

/** @param {import('playwright-core').CDPSession} cdp */
async function counters(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const out = {};
  for (const { name, value } of metrics) if (COUNTERS.includes(name)) out[name] = value;
  return out;
}

function counterDelta(a, b) {
  const out = {};
  for (const key of COUNTERS) {
    const d = (b[key] ?? 0) - (a[key] ?? 0);
    out[key] = key === 'Nodes' ? (b[key] ?? 0) : key.endsWith('Duration') ? d * 1000 : d; // seconds -> ms; nodes: count at the end
  }
  return out;
}

/** @param {string} type CDP resource type @param {string} mime @param {string} url */
function category(type, mime, url) {
  if (type === 'Script') return 'js';
  if (type === 'Stylesheet') return 'css';
  if (type === 'Document') return 'html';
  if (type === 'Fetch' || type === 'XHR' || /json/.test(mime) || /\.(geo)?json$/.test(url)) return 'data';
  if (type === 'Image') return 'img';
  return 'other';
}

/**
 * Opens a page in a fresh context with the probe, throttling and network accounting.
 * @param {import('playwright-core').Browser} browser
 */
export async function openProbedPage(browser, viewport) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (viewport.throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: viewport.throttle });
  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    requests.set(requestId, { url: response.url, type, mime: response.mimeType, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = requests.get(requestId);
    if (r) r.bytes = encodedDataLength;
  });
  /** @param {{ url: string, bytes: number }[]} workerScripts dedicated workers' scripts, which this session does not see */
  const bytes = (workerScripts = []) => {
    const out = { js: 0, css: 0, data: 0, html: 0, img: 0, other: 0 };
    for (const r of requests.values()) out[category(r.type, r.mime, r.url)] += r.bytes;
    const seen = new Set([...requests.values()].map((r) => r.url));
    for (const w of workerScripts) if (!seen.has(w.url)) out.js += w.bytes;
    return { ...out, scriptCssData: out.js + out.css + out.data, total: Object.values(out).reduce((a, b) => a + b, 0) };
  };
  return { context, page, cdp, errors, bytes, requests };
}

/** @param {import('playwright-core').Page} page */
export async function waitForFirstGraphic(page) {
  await page.waitForFunction(() => window.__bench.firstGraphic !== null, null, { timeout: FIRST_GRAPHIC_TIMEOUT_MS, polling: 100 });
  return page.evaluate(() => window.__bench.firstGraphic);
}

/**
 * The scripts of the page's dedicated workers (maplibre-gl's), with their transfer size from
 * Resource Timing: Chromium fetches a worker's script outside the page's CDP network events.
 * Pages without workers (the SVG ones) give none, so their bytes are as before.
 * @param {import('playwright-core').Page} page
 */
export async function workerScripts(page) {
  const urls = page.workers().map((w) => w.url());
  if (!urls.length) return [];
  return page.evaluate(
    (urls) => performance.getEntriesByType('resource').filter((e) => urls.includes(e.name)).map((e) => ({ url: e.name, bytes: e.transferSize })),
    urls
  );
}

/** GC, then the JS heap in use (bytes). */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Records frames, long tasks and layout shifts while `act` runs.
 * @param {import('playwright-core').Page} page
 */
export async function recordPhase(page, cdp, act) {
  const before = await counters(cdp);
  const start = await page.evaluate(() => {
    window.__bench.frames = [];
    window.__bench.recording = true;
    return performance.now();
  });
  await act();
  const data = await page.evaluate((start) => {
    const b = window.__bench;
    b.recording = false;
    return {
      end: performance.now(),
      frames: b.frames,
      longtasks: b.longtasks.filter((t) => t.start >= start),
      shifts: b.shifts.filter((s) => s.start >= start)
    };
  }, start);
  const after = await counters(cdp);
  return {
    ...frameStats(data.frames),
    durationMs: data.end - start,
    longTasks: data.longtasks.length,
    longTaskMs: data.longtasks.reduce((s, t) => s + t.duration, 0),
    cls: data.shifts.reduce((s, x) => s + x.value, 0),
    main: counterDelta(before, after)
  };
}

/** Wheels down from `fromY` until `toY` is at the top of the viewport, one notch per interval. */
export async function wheelRange(page, fromY, toY, notch, interval) {
  const vp = page.viewportSize();
  await page.evaluate((y) => window.scrollTo(0, y), fromY);
  await page.waitForTimeout(800);
  await page.mouse.move(vp.width / 2, vp.height / 2);
  for (let i = 0; i < 5000; i++) {
    const y = await page.evaluate(() => scrollY);
    const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    if (y >= Math.min(toY, max - 1)) break;
    const t = Date.now();
    await page.mouse.wheel(0, notch);
    const rest = interval - (Date.now() - t);
    if (rest > 0) await page.waitForTimeout(rest);
  }
  await page.waitForTimeout(500);
}

/**
 * The page-coordinate top and bottom of the element a selector names; `HOST >>> INNER` looks
 * inside HOST's shadow root (an embed's steps).
 * @param {import('playwright-core').Page} page @param {string} selector
 */
export function pageRect(page, selector) {
  return page.evaluate((sel) => {
    const [outer, inner] = sel.split(' >>> ');
    let el = document.querySelector(outer);
    if (inner) el = el.shadowRoot.querySelector(inner);
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY };
  }, selector);
}

/**
 * One visit of an explainer page: load, read, scrub.
 * @param {{ explainer: string, scrubStep: string }} selectors
 */
export async function measureVisit(browser, url, viewport, selectors) {
  const { context, page, cdp, errors, bytes } = await openProbedPage(browser, viewport);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const firstGraphicMs = await waitForFirstGraphic(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const loadShifts = await page.evaluate(() => window.__bench.shifts.reduce((s, x) => s + x.value, 0));

    const box = await pageRect(page, selectors.explainer);
    const vh = viewport.height;
    const read = await recordPhase(page, cdp, () =>
      wheelRange(page, Math.max(0, box.top - vh), box.bottom - vh * 0.2, READ_NOTCH_PX, READ_INTERVAL_MS)
    );

    const step = await pageRect(page, selectors.scrubStep);
    const scrub = await recordPhase(page, cdp, () =>
      wheelRange(page, Math.max(0, step.top - vh), step.bottom, SCRUB_NOTCH_PX, SCRUB_INTERVAL_MS)
    );
    const heap = await heapAfterGc(cdp);
    const { cls, shiftSources } = await page.evaluate(() => ({
      cls: window.__bench.shifts.reduce((s, x) => s + x.value, 0),
      shiftSources: window.__bench.shifts.map((x) => `${x.start.toFixed(0)}ms ${x.value.toFixed(4)} ${x.sources}`)
    }));
    return { bytes: bytes(await workerScripts(page)), firstGraphicMs, loadCls: loadShifts, cls, shiftSources, read, scrub, heap, errors };
  } finally {
    await context.close();
  }
}
