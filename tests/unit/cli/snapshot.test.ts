import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { main, type CliIo } from '../../../src/cli/main.js';
import { snapshot } from '../../../src/cli/snapshot.js';
import { parseStory, type Story } from '../../../src/schema/parseStory.js';
import { plainText } from '../../../src/story/parseMarkup.js';
import { MAP_SNAPSHOT_RULES as SNAPSHOT_RULES } from '../../../src/graphics/map/snapshotRules.js';
import UnitChart from '../../../src/graphics/unit-chart/UnitChart.svelte';
import type { MapState } from '../../../src/graphics/map/state.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = 'tests/fixtures/stories';

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd: repo,
    readFile: (path: string) => readFile(path, 'utf8')
  };
  const lines = (chunks: string[]) => chunks.join('').split('\n').filter(Boolean);
  return { io, stdout: () => lines(out), stderr: () => err.join('') };
}

async function load(file: string): Promise<Story> {
  return parseStory(JSON.parse(await readFile(join(repo, file), 'utf8')));
}

/** Elements an SVG snapshot may contain: SVG only, nothing an `<img>` would drop. */
const SVG_ELEMENTS = new Set(['svg', 'g', 'path', 'rect', 'circle', 'line', 'text', 'tspan', 'style', 'clipPath']);
const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;

/** A light well-formedness check: every `<` starts a tag, tags nest, only XML's own entities. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let tags = 0;
  for (const [, close, name, , selfClose] of xml.matchAll(TAG)) {
    tags++;
    if (!SVG_ELEMENTS.has(name!)) problems.push(`<${name}> is not an SVG element`);
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!selfClose) stack.push(name!);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' ')}`);
  const lessThans = xml.split('<').length - 1;
  if (lessThans !== tags) problems.push(`${lessThans - tags} "<" outside tags`);
  const entities = xml.match(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[\da-f]+;)/gi);
  if (entities) problems.push(`${entities.length} "&" not an XML entity`);
  return problems;
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/** Text content of an HTML page, markup removed, entities decoded, whitespace collapsed. */
function pageText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const edition = (file: string) => ({ file, dir: '', story: undefined as unknown as Story, code: -1, stdout: [] as string[] });
const english = edition('stories/idlib-m5.json');
const arabic = edition('stories/idlib-m5.ar.json');
const svgOf = (run: typeof english, stepId: string) => {
  const index = run.story.steps.findIndex((s) => s.id === stepId);
  return readFile(join(run.dir, `step-${String(index + 1).padStart(2, '0')}-${stepId}.svg`), 'utf8');
};

beforeAll(async () => {
  for (const run of [english, arabic]) {
    run.dir = await mkdtemp(join(tmpdir(), 'scrollstage-snapshot-'));
    run.story = await load(run.file);
    const { io, stdout, stderr } = testIo();
    // Into a folder that does not exist yet: the command creates it.
    run.code = await main(['snapshot', run.file, '--out', join(run.dir, 'out')], io);
    run.dir = join(run.dir, 'out');
    run.stdout = stdout();
    expect(stderr()).toBe('');
  }
}, 60_000);

afterAll(async () => {
  for (const run of [english, arabic]) await rm(join(run.dir, '..'), { recursive: true, force: true });
});

describe('scrollstage snapshot', () => {
  it('validates, writes one SVG per step and index.html, one line per file and a summary, and exits 0', async () => {
    const { story, dir, code, stdout } = english;
    expect(code).toBe(0);
    const names = story.steps.flatMap((s, i) => [`step-${String(i + 1).padStart(2, '0')}-${s.id}.svg`, `step-${String(i + 1).padStart(2, '0')}-${s.id}.phone.svg`]);
    expect(names).toHaveLength(26);
    expect((await readdir(dir)).sort()).toEqual([...names, 'index.html'].sort());
    expect(stdout[0]).toBe('stories/idlib-m5.json: ok (13 steps)');
    expect(stdout.slice(1, -1)).toEqual(
      [...names, 'index.html'].map((n) => expect.stringMatching(new RegExp(`^wrote ${join(dir, n).replace(/[.]/g, '\\.')} \\(\\d+ K?B\\)$`)))
    );
    expect(stdout.at(-1)).toBe(`stories/idlib-m5.json: 13 graphics at 800x600 and for phones at 390x520, and index.html in ${dir}`);
  });

  it('writes every step as a complete standalone SVG: namespace, size, SVG elements only, no custom properties', async () => {
    for (const step of english.story.steps) {
      const svg = await svgOf(english, step.id);
      expect(svg, step.id).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 800 600" width="800" height="600"/);
      expect(svg.trimEnd().endsWith('</svg>'), step.id).toBe(true);
      expect(xmlProblems(svg), step.id).toEqual([]);
      expect(svg, step.id).not.toContain('var(');
      expect(svg, step.id).not.toContain('<!--');
      expect(svg, step.id).toMatch(/role="img" aria-label="[^"]{20,}"/);
    }
  });

  it('draws each map with its basemap, its routes and, where government forces advance, the progress line and front', async () => {
    const maps = english.story.steps.filter((s) => s.state.type === 'map');
    expect(maps).toHaveLength(11);
    for (const step of maps) {
      const state = step.state as unknown as MapState;
      const svg = await svgOf(english, step.id);
      const land = svg.match(/<path class="land[ "][^>]* d="([^"]+)"/);
      // Drawn for this view only (clipped near the picture, thinned to what it shows): a close-up carries a small part of the land.
      expect(land?.[1] ?? '', step.id).toMatch(/^M[-\d.]+,[-\d.]+L.*Z/);
      for (const route of state.routes) expect(svg, `${step.id} ${route}`).toMatch(new RegExp(`<path class="route[^"]*"[^>]* data-route="${route}"`));
      expect(svg.includes('<path class="progress'), step.id).toBe(state.progress !== null && state.progress !== undefined);
      if (state.progress) expect(svg, step.id).toMatch(/<g class="front/);
      // The map's own CSS travels with it, the theme's colours written in; the progress line is
      // the story's "progress" colour, government red.
      expect(svg, step.id).toMatch(/<style>[^<]*\.scrollstage-snapshot \.scrollstage-map \.water \{ fill: #dde7ee;/);
      if (state.progress) expect(svg, step.id).toMatch(/<path class="progress[^"]*"[^>]* stroke="#c0392b"/);
    }
    for (const id of ['khan-shaykhun', 'maarat-al-numan', 'saraqeb', 'remaining']) expect(await svgOf(english, id)).toContain('<path class="progress');
  });

  it('draws the unit charts in SVG: one mark per unit per group, the caption, labels, counts in the story’s words and sources', async () => {
    const displaced = await svgOf(english, 'displaced');
    expect(count(displaced, /<rect class="mark" data-group="displaced"/g)).toBe(580);
    expect(count(displaced, /<rect class="mark" data-group="saraqeb-residents"/g)).toBe(110);
    for (const text of ['Forced from their homes', 'Each square = 1,000 people', 'Displaced in Idlib since December', 'more than 580,000', 'some 110,000', 'Source: AFP', 'Source: Syrian Observatory for Human Rights']) {
      expect(pageText(displaced)).toContain(text);
    }
    const killed = await svgOf(english, 'killed');
    expect(count(killed, /<rect class="mark" data-group="civilians-killed"/g)).toBe(300);
    expect(pageText(killed)).toContain('Each square = 1 person');
    expect(pageText(killed)).toContain('more than 300');
  });

  it('places the marks exactly where the live UnitChart does', async () => {
    const positions = (html: string) => [...html.matchAll(/<rect class="mark" data-group="([^"]+)" x="([^"]+)" y="([^"]+)"/g)].map((m) => m.slice(1).join(' '));
    for (const id of ['displaced', 'killed']) {
      const index = english.story.steps.findIndex((s) => s.id === id);
      const live = render(UnitChart, { props: { story: english.story, index, width: 800, height: 600 } }).body;
      const marks = positions(await svgOf(english, id));
      expect(marks.length).toBeGreaterThan(0);
      expect(marks).toEqual(positions(live));
    }
  });

  it('writes index.html: the whole story as text, every graphic as an <img> of its file with a text alternative', async () => {
    const html = await readFile(join(english.dir, 'index.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>The M5 and the battle for Idlib</title>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<svg');
    const text = pageText(html);
    english.story.steps.forEach((step, i) => {
      for (const paragraph of step.text.split(/\n\s*\n/)) expect(text, step.id).toContain(plainText(paragraph).replace(/\s+/g, ' ').trim());
      const file = `step-${String(i + 1).padStart(2, '0')}-${step.id}.svg`;
      expect(html, step.id).toMatch(new RegExp(`<img src="${file}" alt="[^"]{20,}" width="800" height="600"`));
    });
    expect(text).toContain('Sources and method');
  });

  it('writes a phone-size drawing of every step, laid out at 390x520, which index.html gives phones in a <picture>', async () => {
    const html = await readFile(join(english.dir, 'index.html'), 'utf8');
    for (const [i, step] of english.story.steps.entries()) {
      const base = `step-${String(i + 1).padStart(2, '0')}-${step.id}`;
      const phone = await readFile(join(english.dir, `${base}.phone.svg`), 'utf8');
      expect(phone, step.id).toMatch(/^<svg [^>]*viewBox="0 0 390 520" width="390" height="520"/);
      expect(xmlProblems(phone), step.id).toEqual([]);
      expect(html, step.id).toMatch(
        new RegExp(`<picture><source media="\\(max-width: 600px\\)" srcset="${base}\\.phone\\.svg" width="390" height="520"/>\\s*<img src="${base}\\.svg"`)
      );
    }
    // The same unit chart, its marks laid out again for the narrow box rather than scaled down.
    const wide = await svgOf(english, 'killed');
    const narrow = await readFile(join(english.dir, 'step-12-killed.phone.svg'), 'utf8');
    expect(count(narrow, /<rect class="mark"/g)).toBe(300);
    expect(narrow).not.toBe(wide);
    // The page's own CSS turns to the phone drawing, full width, at the same breakpoint.
    expect(html).toContain('@media (max-width: 600px)');
  });

  it('mirrors the Arabic edition: right-to-left chart text, marks from the right, legend anchored at its end', async () => {
    expect(arabic.code).toBe(0);
    expect(await readdir(arabic.dir)).toHaveLength(27);
    const chart = await svgOf(arabic, 'displaced');
    const texts = chart.match(/<text [^>]*>/g)!;
    expect(texts.length).toBeGreaterThanOrEqual(8);
    for (const tag of texts) expect(tag).toContain('direction="rtl"');
    expect(pageText(chart)).toContain('كل مربع = 1000 شخص');
    const xs = [...chart.matchAll(/<rect class="mark" data-group="displaced" x="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(580);
    expect(xs[0]).toBeGreaterThan(xs[1]!);
    expect(xs[0]).toBeGreaterThan(600);

    const map = await svgOf(arabic, 'saraqeb');
    expect(map).toMatch(/<g class="legend[^>]*>[\s\S]*?<text [^>]*text-anchor="end"[^>]*>تحت سيطرة القوات الحكومية<\/text>/);
    // The map anchors its labels physically; an inherited rtl direction would flip them, so it
    // sets its own, inside the snapshot's (which is the story's).
    expect(map).toMatch(/^<svg [^>]*direction="rtl"/);
    expect(map).toMatch(/<svg class="scrollstage-map[^"]*"[^>]*direction="ltr"/);
    const html = await readFile(join(arabic.dir, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="ar" dir="rtl">');
  });

  it('prints a broken story’s problems exactly as validate does, writes nothing and exits 1', async () => {
    const { io, stdout } = testIo();
    const out = join(english.dir, '..', 'broken');
    expect(await snapshot([`${FIXTURES}/step-text-number.json`, '--out', out], io)).toBe(1);
    expect(stdout()).toEqual([`${FIXTURES}/step-text-number.json:46:15  steps[2].text  expected a string, got a number (12)`]);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [[], 'no story file given'],
    [['stories/idlib-m5.json'], 'needs --out DIR'],
    [['stories/idlib-m5.json', '--out'], '--out needs a value'],
    [['stories/idlib-m5.json', '--out', 'x', '--width', '12'], '--width must be a whole number of px from 240 to 4000 (got 12)'],
    [['stories/idlib-m5.json', '--out=x', '--height', 'tall'], '--height must be a whole number'],
    [['a.json', 'b.json', '--out', 'x'], 'takes one story file (got 2)'],
    [['stories/idlib-m5.json', '--out', 'x', '--inline'], 'unknown option --inline']
  ])('rejects %j with a usage line and exit 2', async (args, message) => {
    const { io, stdout, stderr } = testIo();
    expect(await snapshot(args, io)).toBe(2);
    expect(stderr()).toMatch(new RegExp(`^scrollstage snapshot: ${message.replace(/[()?.*+]/g, '\\$&')}`));
    expect(stderr()).toContain('Usage: scrollstage snapshot FILE --out DIR');
    expect(stdout()).toEqual([]);
  });

  it('draws at the size asked for', async () => {
    const { io } = testIo();
    const dir = join(english.dir, '..', 'small');
    expect(await snapshot(['stories/idlib-m5.json', '--out', dir, '--width', '390', '--height', '600'], io)).toBe(0);
    const svg = await readFile(join(dir, 'step-12-killed.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 390 600" width="390" height="600"/);
    expect(count(svg, /<rect class="mark"/g)).toBe(300);
  }, 30_000);
});

describe('the standalone map stylesheet', () => {
  /** Each component's rules as [selector in a snapshot, declarations]. */
  async function componentRules(file: string, scope: (selector: string) => string): Promise<[string, string][]> {
    const source = await readFile(join(repo, 'src/graphics/map', file), 'utf8');
    const css = source.match(/<style>([\s\S]*?)<\/style>/)![1]!.replace(/\/\*[\s\S]*?\*\//g, '');
    return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selectors, body]) => [
      selectors!
        .split(',')
        .map((s) => scope(s.trim()))
        .join(', '),
      body!
        .split(';')
        .map((d) => d.trim().replace(/\s*:\s*/, ': ').replace(/\s+/g, ' '))
        .filter(Boolean)
        .join('; ') + ';'
    ]);
  }

  it('is the map’s, place symbols’, legend’s, scale bar’s and locator’s CSS, rule for rule', async () => {
    const map = (s: string) =>
      s === 'svg' ? 'svg.scrollstage-map' : s === 'svg :global(text)' ? '.scrollstage-map text' : s === 'text' ? '.scrollstage-map > text' : /^\.(land|focus)$/.test(s) ? `.scrollstage-map .camera ${s}` : `.scrollstage-map ${s}`;
    const global = (prefix: string) => (s: string) => `${prefix} ${s.replace(/:global\(([^)]*)\)/g, '$1')}`;
    const expected = [
      ...(await componentRules('CorridorMap.svelte', map)),
      ...(await componentRules('layers/PlaceSymbol.svelte', global('.scrollstage-map'))),
      ...(await componentRules('layers/Legend.svelte', (s) => `.legend ${s}`)),
      ...(await componentRules('layers/ScaleBar.svelte', (s) => `.scale-bar ${s}`)),
      ...(await componentRules('layers/Locator.svelte', (s) => `.locator ${s}`))
    ];
    expect(SNAPSHOT_RULES.map(([selector, declarations]) => [selector, declarations])).toEqual(expected);
  });
});
