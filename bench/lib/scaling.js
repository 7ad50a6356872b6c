// Scaling runs (scrollstage only, through the embed): synthetic stories with many steps,
// unit charts with many units, and many embeds on one page. Each is written to a folder
// the bench server serves beside the demo, so the embed loads them like any newsroom page.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapAfterGc, openProbedPage, recordPhase, wheelRange, READ_INTERVAL_MS, READ_NOTCH_PX } from './measure.js';
import { summary } from './stats.js';

export const STEP_COUNTS = [10, 100, 1000];
export const UNIT_COUNTS = [430, 5000, 50000];
export const EMBED_COUNTS = [1, 5, 20];
/** The newer graphic types at the sizes a newsroom might push them to. */
export const LINE_POINTS = 10000;
export const BAR_COUNT = 200;
/** Stories for the "different stories on one page" case, cycled: the demo's three and every valid fixture (step-text-number.json is not: it tests an error). */
const DEMO_STORIES = ['idlib-m5.json', 'hurricane-ian.json', 'gallery.json'];
const FIXTURE_STORIES = [
  'bar-chart-example.json',
  'fr-marathon.json',
  'he-election.json',
  'line-chart-example.json',
  'media-example.json',
  'unit-chart-six-groups.json',
  'unit-chart-six-groups.he.json',
  'valid.json'
];
const repo = fileURLToPath(new URL('../..', import.meta.url));
/** Steps the step-change probe jumps to, spread over the story (clamped to its length). */
const JUMP_FRACTIONS = [0.1, 0.3, 0.5, 0.7, 0.9];

/** The flagship's steps repeated in order (so inheritance stays meaningful) with unique ids. */
export function manyStepsStory(flagship, n) {
  const steps = [];
  for (let i = 0; i < n; i++) {
    const step = structuredClone(flagship.steps[i % flagship.steps.length]);
    step.id = `${step.id}-${i}`;
    steps.push(step);
  }
  return { ...flagship, id: `steps-${n}`, steps };
}

/** The title map, then two unit-chart steps of n units (one group, then split in two). */
export function manyUnitsStory(flagship, n) {
  const unit = { value: 1, label: '1 unit' };
  const a = Math.round(n * 0.7);
  return {
    ...flagship,
    id: `units-${n}`,
    steps: [
      flagship.steps[0],
      {
        id: 'units',
        kicker: 'Units',
        text: `${n} units, one mark each.`,
        sources: ['sohr'],
        graphic: { type: 'unit-chart', title: `${n} units`, unit, groups: [{ id: 'all', label: 'All', value: n, source: 'sohr' }] }
      },
      {
        id: 'split',
        kicker: 'Split',
        text: `The same ${n} units, in two groups.`,
        sources: ['sohr'],
        graphic: {
          type: 'unit-chart',
          groups: [
            { id: 'first', label: 'First', value: a, source: 'sohr' },
            { id: 'second', label: 'Second', value: n - a, source: 'sohr' }
          ]
        }
      },
      { ...flagship.steps[flagship.steps.length - 1], id: 'after' }
    ]
  };
}

/** A line chart of one series of n points (a daily series, a slow random walk), drawn, scrubbed, then whole. */
export function longLineStory(n) {
  const start = Date.UTC(1990, 0, 1);
  const day = 86_400_000;
  let v = 50;
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const points = [];
  for (let i = 0; i < n; i++) {
    v = Math.max(1, v + (rand() - 0.5) * 2);
    points.push([new Date(start + i * day).toISOString().slice(0, 10), Math.round(v * 100) / 100]);
  }
  const at = (f) => points[Math.floor(f * (n - 1))][0];
  const sources = [{ id: 'synthetic', name: 'Synthetic series (bench)', url: 'https://example.org/' }];
  return {
    version: 2,
    id: `line-${n}`,
    lang: 'en',
    title: `A line of ${n} points`,
    date: '2026-11-25',
    sources,
    steps: [
      { id: 'first', kicker: 'Start', text: 'The first third of the series.', sources: ['synthetic'], graphic: { type: 'line-chart', title: `${n} daily values (synthetic)`, x: { type: 'date' }, y: { label: 'Value' }, series: [{ id: 's', label: 'Series', source: 'synthetic', points }], until: at(0.33) } },
      { id: 'scrub', kicker: 'Scrub', text: 'The line follows the scroll.', sources: ['synthetic'], graphic: { type: 'line-chart', scrub: true, until: at(0.8) } },
      { id: 'whole', kicker: 'Whole', text: 'The whole series.', sources: ['synthetic'], graphic: { type: 'line-chart', until: null } },
      { id: 'after', text: 'The end.', sources: ['synthetic'], graphic: { type: 'line-chart' } }
    ]
  };
}

/** A bar chart of n bars, then the same bars with new values (a re-sort), one highlighted. */
export function manyBarsStory(n) {
  const bars = (k) => Array.from({ length: n }, (_, i) => ({ id: `b${i}`, label: `Bar ${i + 1}`, value: ((i * 7919 + k * 104729) % 997) + 1, source: 'synthetic' }));
  const sources = [{ id: 'synthetic', name: 'Synthetic values (bench)', url: 'https://example.org/' }];
  return {
    version: 2,
    id: `bars-${n}`,
    lang: 'en',
    title: `${n} bars`,
    date: '2026-11-25',
    sources,
    steps: [
      { id: 'first', kicker: 'Bars', text: `${n} bars.`, sources: ['synthetic'], graphic: { type: 'bar-chart', title: `${n} bars (synthetic)`, unit: { label: 'units' }, bars: bars(0) } },
      { id: 'again', kicker: 'New values', text: 'The same bars, new values.', sources: ['synthetic'], graphic: { type: 'bar-chart', bars: bars(1), highlight: ['b3'] } },
      { id: 'scrub', kicker: 'Scrub', text: 'Back, with the scroll.', sources: ['synthetic'], graphic: { type: 'bar-chart', scrub: true, bars: bars(0), highlight: null } },
      { id: 'after', text: 'The end.', sources: ['synthetic'], graphic: { type: 'bar-chart' } }
    ]
  };
}

function embedPage(stories, title) {
  const boxes = stories
    .map((s, i) => `<h2>Explainer ${i + 1}</h2>\n<p>Some article text before the explainer.</p>\n<div id="e${i}" data-scrollstage="./stories/${s}"></div>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${title}</title><script src="/demo/embed/embed.js" defer></script>
<style>body{margin:0;font:18px/1.6 Georgia,serif}h2,p{max-width:40rem;margin:1rem auto;padding:0 1rem}</style></head>
<body><h1 style="max-width:40rem;margin:2rem auto;padding:0 1rem">${title}</h1>${boxes}<p style="height:100vh">End.</p></body></html>`;
}

/** Writes the synthetic stories and pages into `dir`; returns the list of cases. */
export function writeScalingPages(dir, flagship) {
  mkdirSync(join(dir, 'stories'), { recursive: true });
  const cases = [];
  for (const n of STEP_COUNTS) {
    writeFileSync(join(dir, 'stories', `steps-${n}.json`), JSON.stringify(manyStepsStory(flagship, n)));
    writeFileSync(join(dir, `steps-${n}.html`), embedPage([`steps-${n}.json`], `${n} steps`));
    cases.push({ kind: 'steps', n, page: `steps-${n}.html` });
  }
  for (const n of UNIT_COUNTS) {
    writeFileSync(join(dir, 'stories', `units-${n}.json`), JSON.stringify(manyUnitsStory(flagship, n)));
    writeFileSync(join(dir, `units-${n}.html`), embedPage([`units-${n}.json`], `${n} units`));
    cases.push({ kind: 'units', n, page: `units-${n}.html` });
  }
  // The demo's stories with their basemaps and media, and the fixtures with theirs (../media/).
  for (const file of [...DEMO_STORIES, 'idlib-m5.basemap.json', 'hurricane-ian.basemap.json']) cpSync(join(repo, 'stories', file), join(dir, 'stories', file));
  cpSync(join(repo, 'stories/gallery-media'), join(dir, 'stories/gallery-media'), { recursive: true });
  for (const file of FIXTURE_STORIES) cpSync(join(repo, 'tests/fixtures/stories', file), join(dir, 'stories', file));
  cpSync(join(repo, 'tests/fixtures/media'), join(dir, 'media'), { recursive: true });
  writeFileSync(join(dir, 'stories', 'idlib-m5.json'), JSON.stringify(flagship));
  for (const n of EMBED_COUNTS) {
    writeFileSync(join(dir, `embeds-${n}.html`), embedPage(Array(n).fill('idlib-m5.json'), `${n} embeds`));
    cases.push({ kind: 'embeds', n, page: `embeds-${n}.html` });
  }
  // The newer graphic types, each read through from its first step to its last.
  writeFileSync(join(dir, 'stories', `line-${LINE_POINTS}.json`), JSON.stringify(longLineStory(LINE_POINTS)));
  writeFileSync(join(dir, `line-${LINE_POINTS}.html`), embedPage([`line-${LINE_POINTS}.json`], `A line chart of ${LINE_POINTS} points`));
  cases.push({ kind: 'line points', n: LINE_POINTS, page: `line-${LINE_POINTS}.html`, read: 'all' });
  writeFileSync(join(dir, 'stories', `bars-${BAR_COUNT}.json`), JSON.stringify(manyBarsStory(BAR_COUNT)));
  writeFileSync(join(dir, `bars-${BAR_COUNT}.html`), embedPage([`bars-${BAR_COUNT}.json`], `A bar chart of ${BAR_COUNT} bars`));
  cases.push({ kind: 'bars', n: BAR_COUNT, page: `bars-${BAR_COUNT}.html`, read: 'all' });
  writeFileSync(join(dir, 'photos.html'), embedPage(['media-example.json'], 'Photo and video steps'));
  cases.push({ kind: 'photo + video steps', n: 6, page: 'photos.html', read: 'all' });
  writeFileSync(join(dir, 'regional.html'), embedPage(['hurricane-ian.json'], 'A story on its own regional basemap'));
  cases.push({ kind: 'regional basemap (hurricane-ian) steps', n: 13, page: 'regional.html', read: 'all' });
  // Different stories on one page: one embed of each, cycled to 20; read through the first (the flagship).
  const mixed = Array.from({ length: 20 }, (_, i) => [...DEMO_STORIES, ...FIXTURE_STORIES][i % (DEMO_STORIES.length + FIXTURE_STORIES.length)]);
  writeFileSync(join(dir, 'mixed-20.html'), embedPage(mixed, '20 embeds of different stories'));
  cases.push({ kind: 'embeds, different stories', n: 20, page: 'mixed-20.html', embeds: 20 });
  return cases;
}

/** Waits until `count` embeds are ready; returns the time of the last one (ms since navigation). */
async function readyTime(page, count) {
  await page.waitForFunction((n) => window.__bench.ready.length >= n || document.querySelectorAll('[data-scrollstage] ').length === 0, count, {
    timeout: 120_000,
    polling: 100
  });
  return page.evaluate(() => Math.max(...window.__bench.ready));
}

/** Rect of the i-th step of the first embed, in page coordinates. */
function stepRect(page, i) {
  return page.evaluate((i) => {
    const root = document.querySelector('[data-scrollstage]').shadowRoot;
    const steps = root.querySelectorAll('.step[data-step]');
    const el = steps[Math.min(i, steps.length - 1)];
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, count: steps.length };
  }, i);
}

/**
 * Step-change cost: jump to a step, then time from the scroll to the step event and on to
 * the second animation frame after it (the new state painted), and the long tasks between.
 */
async function stepChangeCost(page, index) {
  const { top } = await stepRect(page, index);
  return page.evaluate(
    ({ y, index }) =>
      new Promise((done) => {
        const b = window.__bench;
        const seen = b.steps.length;
        const t0 = performance.now();
        window.scrollTo(0, y);
        const check = () => {
          const hit = b.steps.slice(seen).find((s) => s.index === index);
          if (hit) {
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const t = performance.now();
                done({ toEvent: hit.t - t0, toPaint: t - t0, longTaskMs: b.longtasks.filter((l) => l.start >= t0).reduce((s, l) => s + l.duration, 0) });
              })
            );
          } else if (performance.now() - t0 > 5000) done({ toEvent: NaN, toPaint: NaN, longTaskMs: NaN });
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { y: top - 200, index }
  );
}

/** One visit of a scaling case at the given viewport. */
export async function measureScalingCase(browser, url, c, viewport) {
  const { context, page, cdp, errors } = await openProbedPage(browser, viewport);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const embeds = c.embeds ?? (c.kind === 'embeds' ? c.n : 1);
    const initMs = await readyTime(page, embeds);
    await page.waitForTimeout(800);
    const out = { initMs, errors };
    if (c.kind === 'steps') {
      const { count } = await stepRect(page, 0);
      const costs = [];
      // Reach the explainer first so the step events flow.
      await stepChangeCost(page, 0);
      for (const f of JUMP_FRACTIONS) {
        await page.waitForTimeout(900); // let the previous transition finish
        costs.push(await stepChangeCost(page, Math.floor(f * (count - 1))));
      }
      out.stepEventMs = summary(costs.map((x) => x.toEvent)).median;
      out.stepPaintMs = summary(costs.map((x) => x.toPaint)).median;
      out.stepLongTaskMs = summary(costs.map((x) => x.longTaskMs)).median;
      // Reading-speed scroll over the first ten steps.
      const a = await stepRect(page, 0);
      const b = await stepRect(page, 9);
      out.read = await recordPhase(page, cdp, () => wheelRange(page, a.top - 400, b.bottom, READ_NOTCH_PX, READ_INTERVAL_MS));
    } else if (c.kind === 'units') {
      const a = await stepRect(page, 1);
      const b = await stepRect(page, 2);
      await page.evaluate((y) => window.scrollTo(0, y), a.top - 200);
      await page.waitForTimeout(1500);
      out.renderer = await page.evaluate(() => {
        const root = document.querySelector('[data-scrollstage]').shadowRoot;
        return root.querySelector('canvas') ? 'canvas' : 'svg';
      });
      out.read = await recordPhase(page, cdp, () => wheelRange(page, a.top - viewport.height, b.bottom, READ_NOTCH_PX, READ_INTERVAL_MS));
    } else if (c.read === 'all') {
      // One story read through, from a screen above its first step to the end of its last.
      const a = await stepRect(page, 0);
      const b = await stepRect(page, 10_000);
      out.read = await recordPhase(page, cdp, () => wheelRange(page, a.top - viewport.height, b.bottom, READ_NOTCH_PX, READ_INTERVAL_MS));
    } else {
      // Many embeds: read through the first one.
      const a = await stepRect(page, 0);
      const b = await stepRect(page, 12);
      out.read = await recordPhase(page, cdp, () => wheelRange(page, a.top - viewport.height, b.bottom, READ_NOTCH_PX, READ_INTERVAL_MS));
    }
    out.heap = await heapAfterGc(cdp);
    return out;
  } finally {
    await context.close();
  }
}
