// Screenshots of the MapLibre GL baseline at a few steps, to check that the map draws land,
// the route and places in headless Chromium (WebGL in software): node bench/maplibre/screenshots.js
// after `npm run bench` (or BENCH_SKIP_BUILD unset) built dist/bench/maplibre. STEPS=0,2,5 picks
// the steps; the PNGs go to .scratch/maplibre-shots/.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from '../lib/server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}.scratch/maplibre-shots`;
mkdirSync(out, { recursive: true });
const server = await startBenchServer({ '/maplibre/': `${root}dist/bench/maplibre` });
// The bench's own launch flags: no WebGL flag is needed, Chromium falls back to SwiftShader.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const steps = (process.env.STEPS ?? '0,2,3,5,6,8,9,10,12').split(',').map(Number);
for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]]) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (e) => console.log('pageerror', String(e)));
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(`${server.url}/maplibre/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-first-graphic-at]', { timeout: 60_000 });
  const renderer = await page.evaluate(() => {
    const gl = document.querySelector('.maplibregl-canvas').getContext('webgl2');
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  });
  console.log(name, 'renderer:', renderer);
  const tops = await page.$$eval('.ml-step', (els) => els.map((e) => e.getBoundingClientRect().top + scrollY + Math.min(e.clientHeight / 2, 200)));
  for (const i of steps) {
    if (tops[i] === undefined) continue;
    // Scroll in a few moves, as a reader would, so scrollama sees the step entered.
    const target = tops[i] - height * 0.5;
    const from = await page.evaluate(() => scrollY);
    for (let k = 1; k <= 4; k++) {
      await page.evaluate((y) => scrollTo(0, y), from + ((target - from) * k) / 4);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
    await page.screenshot({ path: `${out}/maplibre-${name}-${String(i).padStart(2, '0')}.png` });
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(out);
