// `npm run bench`: builds the demo and the two hand-written baselines (bench/baseline/, D3 and
// SVG; bench/maplibre/, MapLibre GL JS on the Mapbox storytelling template's pattern), serves
// them gzipped from one local server, and measures them in the same run in headless
// Chromium — at 390x844 with 4x CPU throttling and at 1280x800 — rotating the order per
// repetition to spread machine noise. Then scaling curves for scrollstage alone. Prints
// the tables with ratios scrollstage / baseline; writes bench/results/<date>.json and
// bench/results/latest.md. The MapLibre page's WebGL is drawn in software (SwiftShader):
// headless Chromium here has no GPU, and needs no flag for it (see bench/maplibre/README.md).
//   BENCH_RUNS=5         repetitions per page and viewport (at least 5 for the README)
//   BENCH_SCALE_RUNS=3   repetitions per scaling case
//   BENCH_SKIP_BUILD=1   reuse dist/demo, dist/bench/baseline and dist/bench/maplibre
//   BENCH_ONLY=main|scaling
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildDemo, embedSizes } from './build.js';
import { startBenchServer } from '../bench/lib/server.js';
import { measureVisit, VIEWPORTS } from '../bench/lib/measure.js';
import { measureScalingCase, writeScalingPages } from '../bench/lib/scaling.js';
import { summary } from '../bench/lib/stats.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const SCALE_RUNS = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3));
const ONLY = process.env.BENCH_ONLY ?? '';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The demo as measured: a copy of dist/demo taken right after the build. */
const DEMO = join(root, 'dist/bench/demo');

const SITES = {
  scrollstage: { path: '/demo/', explainer: '#explainer', scrubStep: '#explainer .step[data-step="5"]' },
  baseline: { path: '/baseline/', explainer: '#explainer', scrubStep: '#explainer .bl-step[data-step="5"]' },
  // The second story, on a basemap of its own (maps, a line chart, a bar chart). It has no
  // hand-written baseline: its ratios are to the flagship's baseline (same kind of page, a
  // sticky map from a scrolling story), a fair bar for bytes and time to first graphic. Its
  // scrub step is the line chart drawn with the scroll.
  hurricane: { path: '/demo/hurricane-ian.html', explainer: '#explainer', scrubStep: '#explainer .step[data-step="5"]' },
  // The flagship through the script-tag embed (a newsroom's page: embed.js, the core, the
  // graphic types it names), the page of the scaling case embeds = 1: the demo pages above are
  // the Vite app, which bundles the whole package (every graphic type) into one script.
  embed: { path: '/scale/embeds-1.html', explainer: '[data-scrollstage]', scrubStep: '[data-scrollstage] >>> .step[data-step="5"]' },
  // The flagship as a newsroom would build it for a map of anywhere: MapLibre GL JS on the Mapbox
  // storytelling template's pattern, with a local style (bench/maplibre/). WebGL in software here.
  maplibre: { path: '/maplibre/', explainer: '#explainer', scrubStep: '#explainer .ml-step[data-step="5"]' }
};
/** The order of the sites in a repetition, rotated each time so a slow patch of the machine hits each. */
const SITE_ORDER = ['scrollstage', 'baseline', 'hurricane', 'embed', 'maplibre'];

/** The figures of the main table: label, how to read one run, unit, target ratio (or null). */
const FIGURES = [
  ['bytes JS (gzip)', (r) => r.bytes.js / 1024, 'KB'],
  ['bytes CSS (gzip)', (r) => r.bytes.css / 1024, 'KB'],
  ['bytes data (gzip)', (r) => r.bytes.data / 1024, 'KB'],
  ['bytes JS+CSS+data', (r) => r.bytes.scriptCssData / 1024, 'KB'],
  ['bytes all (incl. HTML, images)', (r) => r.bytes.total / 1024, 'KB'],
  ['time to first graphic', (r) => r.firstGraphicMs, 'ms'],
  ['read: frame p50', (r) => r.read.p50, 'ms'],
  ['read: frame p95', (r) => r.read.p95, 'ms'],
  ['read: frame p99', (r) => r.read.p99, 'ms'],
  ['read: frames > 16.7 ms', (r) => r.read.over16, ''],
  ['read: frames > 50 ms', (r) => r.read.over50, ''],
  ['read: long tasks', (r) => r.read.longTasks, ''],
  ['read: script ms', (r) => r.read.main.ScriptDuration, 'ms'],
  ['read: layout ms', (r) => r.read.main.LayoutDuration, 'ms'],
  ['read: style ms', (r) => r.read.main.RecalcStyleDuration, 'ms'],
  ['scrub: frame p50', (r) => r.scrub.p50, 'ms'],
  ['scrub: frame p95', (r) => r.scrub.p95, 'ms'],
  ['scrub: frame p99', (r) => r.scrub.p99, 'ms'],
  ['scrub: frames > 16.7 ms', (r) => r.scrub.over16, ''],
  ['scrub: frames > 50 ms', (r) => r.scrub.over50, ''],
  ['scrub: long tasks', (r) => r.scrub.longTasks, ''],
  ['scrub: script ms', (r) => r.scrub.main.ScriptDuration, 'ms'],
  ['CLS (whole visit)', (r) => r.cls, ''],
  ['JS heap at end (after GC)', (r) => r.heap / 1048576, 'MB'],
  ['DOM nodes at end', (r) => r.scrub.main.Nodes, '']
];

const fmt = (x, unit = '') => {
  if (!Number.isFinite(x)) return '–';
  const digits = unit === 'KB' || unit === 'MB' ? 1 : unit === 'ms' ? 1 : Number.isInteger(x) ? 0 : 3;
  return x.toFixed(digits);
};
const cell = (s, unit) => (s.n ? `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})` : '–');
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : a === 0 && b === 0 ? '=' : '–');

function mainTable(results) {
  const lines = [
    '| figure | scrollstage, flagship median (min–max) | baseline median (min–max) | ratio | scrollstage, Hurricane Ian median (min–max) | ratio to the flagship\'s baseline | scrollstage, flagship by embed median (min–max) | ratio | MapLibre GL baseline median (min–max), frames by software WebGL (SwiftShader) | ratio flagship / MapLibre |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
  ];
  for (const [label, read, unit] of FIGURES) {
    const [a, b, h, e, m] = ['scrollstage', 'baseline', 'hurricane', 'embed', 'maplibre'].map((site) => summary((results[site] ?? []).filter((r) => !r.failed).map(read)));
    lines.push(`| ${label}${unit ? ` (${unit})` : ''} | ${cell(a, unit)} | ${cell(b, unit)} | ${ratio(a.median, b.median)} | ${cell(h, unit)} | ${ratio(h.median, b.median)} | ${cell(e, unit)} | ${ratio(e.median, b.median)} | ${cell(m, unit)} | ${ratio(a.median, m.median)} |`);
  }
  return lines.join('\n');
}

/** The line under each main table: how the MapLibre page's WebGL was drawn. */
const maplibreNote = (renderer) =>
  `MapLibre GL baseline (bench/maplibre/): its WebGL is drawn in software, by ${renderer ?? 'an unknown renderer'} (headless Chromium, no GPU), so its frame, long-task and script figures include work a GPU would take off the machine and do not compare with the SVG pages'; its bytes and time to first graphic (the map's first \`idle\`: every source loaded and drawn, shaders compiled in software too) compare directly. Its JS includes maplibre-gl's worker script.`;

function scalingTable(rows) {
  const lines = [
    '| case | init (ms) | heap after GC (MB) | read frame p95 (ms) | frames > 50 ms | long tasks | step event (ms) | step painted (ms) | step long-task ms | renderer |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
  ];
  for (const { c, runs } of rows) {
    const ok = runs.filter((r) => !r.failed);
    const s = (f, unit) => cell(summary(ok.map(f)), unit);
    lines.push(
      `| ${c.kind} = ${c.n.toLocaleString('en')} | ${s((r) => r.initMs, 'ms')} | ${s((r) => r.heap / 1048576, 'MB')} | ${s((r) => r.read?.p95, 'ms')} | ${s((r) => r.read?.over50)} | ${s((r) => r.read?.longTasks)} | ${c.kind === 'steps' ? s((r) => r.stepEventMs, 'ms') : '–'} | ${c.kind === 'steps' ? s((r) => r.stepPaintMs, 'ms') : '–'} | ${c.kind === 'steps' ? s((r) => r.stepLongTaskMs, 'ms') : '–'} | ${ok[0]?.renderer ?? '–'} |`
    );
  }
  return lines.join('\n');
}

async function buildAll() {
  console.log('building the demo and the baselines…');
  await buildDemo();
  await build({ configFile: join(root, 'bench/baseline/vite.config.js'), mode: 'production', logLevel: 'warn' });
  await build({ configFile: join(root, 'bench/maplibre/vite.config.js'), mode: 'production', logLevel: 'warn' });
  // A snapshot of the demo: the browser tests rebuild dist/demo at any time on a shared tree.
  rmSync(DEMO, { recursive: true, force: true });
  cpSync(join(root, 'dist/demo'), DEMO, { recursive: true });
}

/** The WebGL renderer Chromium gives a page with the bench's flags (SwiftShader without a GPU). */
async function webglRenderer(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'none (no WebGL2)';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) await buildAll();
  const flagship = JSON.parse(readFileSync(join(root, 'stories/idlib-m5.json'), 'utf8'));
  const scaleDir = join(root, 'dist/bench/scale');
  const cases = writeScalingPages(scaleDir, flagship);
  const server = await startBenchServer({
    '/demo/': DEMO,
    '/baseline/': join(root, 'dist/bench/baseline'),
    '/maplibre/': join(root, 'dist/bench/maplibre'),
    '/scale/': scaleDir
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info']
  });
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1073741824),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    webgl: await webglRenderer(browser),
    loadAverageAtStart: loadavg().map((x) => x.toFixed(2)).join(' ')
  };
  const date = new Date().toISOString();
  const out = { date, machine, runs: RUNS, scaleRuns: SCALE_RUNS, embedFiles: embedSizes(join(DEMO, 'embed')), main: {}, scaling: [] };
  const md = [`# Bench: scrollstage vs hand-written baselines`, '', `${date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB · ${machine.os} · Node ${machine.node} · Chromium ${machine.chromium} · WebGL: ${machine.webgl} · load average at start ${machine.loadAverageAtStart}`, ''];
  try {
    if (ONLY !== 'scaling') {
      for (const [vpName, vp] of Object.entries(VIEWPORTS)) {
        const results = Object.fromEntries(SITE_ORDER.map((site) => [site, []]));
        for (let i = 0; i < RUNS; i++) {
          // Rotate which page goes first, so a slow patch of the machine hits each.
          const order = SITE_ORDER.map((_, k) => SITE_ORDER[(k + i) % SITE_ORDER.length]);
          for (const site of order) {
            const { path, ...selectors } = SITES[site];
            const t = Date.now();
            try {
              const r = await measureVisit(browser, server.url + path, vp, selectors);
              results[site].push(r);
              console.log(`  ${vpName} ${site} run ${i + 1}/${RUNS}: first graphic ${r.firstGraphicMs.toFixed(0)} ms, read p95 ${r.read.p95.toFixed(1)} ms, scrub p95 ${r.scrub.p95.toFixed(1)} ms (${((Date.now() - t) / 1000).toFixed(0)} s)${r.errors.length ? ` errors: ${r.errors.join(' | ')}` : ''}`);
            } catch (error) {
              results[site].push({ failed: String(error) });
              console.log(`  ${vpName} ${site} run ${i + 1}/${RUNS} FAILED: ${error}`);
            }
          }
        }
        out.main[vpName] = { viewport: vp, results };
        const title = `## ${vp.width}x${vp.height}${vp.throttle > 1 ? `, ${vp.throttle}x CPU throttling` : ''} (median of ${RUNS} runs, min–max)`;
        const table = mainTable(results);
        const note = maplibreNote(machine.webgl);
        console.log(`\n${title}\n\n${table}\n\n${note}\n`);
        md.push(title, '', table, '', note, '');
      }
    }
    if (ONLY !== 'main') {
      const vp = VIEWPORTS.desktop;
      for (const c of cases) {
        const runs = [];
        for (let i = 0; i < SCALE_RUNS; i++) {
          try {
            runs.push(await measureScalingCase(browser, `${server.url}/scale/${c.page}`, c, vp));
          } catch (error) {
            runs.push({ failed: String(error) });
            console.log(`  scaling ${c.kind}=${c.n} run ${i + 1} FAILED: ${error}`);
          }
        }
        out.scaling.push({ c, runs });
        console.log(`  scaling ${c.kind}=${c.n}: ${runs.filter((r) => !r.failed).length}/${SCALE_RUNS} ok${runs[0]?.errors?.length ? ` errors: ${runs[0].errors.join(' | ')}` : ''}`);
      }
      const title = `## Scaling, scrollstage embed, ${vp.width}x${vp.height} unthrottled (median of ${SCALE_RUNS} runs, min–max)`;
      const table = scalingTable(out.scaling);
      console.log(`\n${title}\n\n${table}\n`);
      md.push(
        title,
        '',
        'steps: synthetic stories cloning the flagship; step event/painted = time from a jump to the step event and to the second frame after it. units: a unit-chart step of N marks, then the same split in two. embeds: N copies of the flagship on one page, init = last `scrollstage:ready`; frames while reading through the first. embeds, different stories: the flagship, Hurricane Ian, the gallery and the valid fixtures (tests/fixtures/stories/), cycled to 20; frames while reading through the first (the flagship), to compare with embeds = 1. line points: a line chart of one series of N points drawn to a third, scrubbed to 80 %, then whole. bars: N bars, then new values and a highlight, then scrubbed back. photo + video steps: tests/fixtures/stories/media-example.json with its media. regional basemap: stories/hurricane-ian.json with its own basemap. These four are read through from a screen above the first step to the end of the last.',
        '',
        table,
        ''
      );
    }
    out.machine.loadAverageAtEnd = loadavg().map((x) => x.toFixed(2)).join(' ');
    md.push(`Load average at end: ${out.machine.loadAverageAtEnd} (the machine is shared; compare ratios from one run).`, '');
  } finally {
    await browser.close();
    await server.close();
  }
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(out, null, 1));
  writeFileSync(join(dir, 'latest.md'), md.join('\n'));
  console.log(`wrote ${file} and bench/results/latest.md`);
}

await main();
