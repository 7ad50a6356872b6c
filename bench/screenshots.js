// Screenshots of the baseline and the demo at each step, to check the baseline is a fair,
// working page: node bench/screenshots.js (after npm run bench built both).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './lib/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}.scratch/bench-shots`;
mkdirSync(out, { recursive: true });
const server = await startBenchServer({ '/demo/': `${root}dist/demo`, '/baseline/': `${root}dist/bench/baseline` });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const only = process.argv.slice(2);
for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]]) {
  for (const site of ['baseline', 'demo']) {
    if (only.length && !only.includes(site)) continue;
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('pageerror', (e) => console.log(site, 'pageerror', String(e)));
    page.on('console', (m) => m.type() === 'error' && console.log(site, 'console', m.text()));
    await page.goto(`${server.url}/${site}/`, { waitUntil: 'networkidle' });
    const steps = await page.$$eval('.bl-step, .step', (els) => els.map((e) => e.getBoundingClientRect().top + scrollY + Math.min(e.clientHeight / 2, 200)));
    for (const [i, y] of steps.entries()) {
      if (!(process.env.STEPS ?? "0,2,5,8,10,12").split(",").map(Number).includes(i)) continue;
      await page.evaluate((y) => scrollTo(0, y - innerHeight * 0.5), y);
      await page.waitForTimeout(Number(process.env.WAIT ?? 1200));
      await page.screenshot({ path: `${out}/${site}-${name}-${String(i).padStart(2, '0')}.png` });
    }
    await page.close();
  }
}
await browser.close();
await server.close();
console.log(out);
