// Where scrollstage's main-thread time goes while reading: a CPU profile (CDP Profiler) of
// the reading-speed scroll (or the load, until the first graphic), top functions by self
// time and inclusive. node bench/profile.js [demo|baseline] [phone|desktop] [read|load]
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './lib/server.js';
import { openProbedPage, wheelRange, waitForFirstGraphic, VIEWPORTS } from './lib/measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const [site = 'demo', vpName = 'desktop'] = process.argv.slice(2);
const server = await startBenchServer({ '/demo/': process.env.DEMO_DIR ?? `${root}dist/demo`, '/baseline/': `${root}dist/bench/baseline` });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const vp = VIEWPORTS[vpName];
const { page, cdp, context } = await openProbedPage(browser, vp);
const phase = process.argv[4] ?? 'read';
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (phase === 'load') await cdp.send('Profiler.start');
await page.goto(`${server.url}/${site}/`, { waitUntil: 'load' });
console.log('first graphic', (await waitForFirstGraphic(page)).toFixed(0), 'ms');
if (phase !== 'load') {
  await page.waitForTimeout(500);
  const box = await page.evaluate(() => { const r = document.querySelector('#explainer').getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY }; });
  await cdp.send('Profiler.start');
  await wheelRange(page, box.top - vp.height, process.env.WHOLE ? box.bottom : Math.min(box.top + 4000, box.bottom), 100, 100);
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) {
  const f = byId.get(id).callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + us / 1000);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`total sampled ${total.toFixed(0)} ms`);
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(0).padStart(7), 'ms ', k);
// Inclusive time by function, to find the caller.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, us] of counts) {
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = byId.get(n).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + us / 1000);
  }
}
console.log('--- inclusive');
for (const [k, ms] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(ms.toFixed(0).padStart(7), 'ms ', k);
await context.close();
await browser.close();
await server.close();
