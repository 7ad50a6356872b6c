// @vitest-environment node
// Server rendering: the live component and the snapshot, compiled for the server, as `svelte/server` users get them.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
// @ts-expect-error jsdom ships no types (and @types/jsdom is not installed): only its parser is used here.
import { JSDOM } from 'jsdom';
import BarChart from '../../src/graphics/bar-chart/BarChart.svelte';
import GraphicStage from '../../src/components/GraphicStage.svelte';
import { snapshotSvg } from '../../src/components/snapshot/snapshotSvg.js';
import { parseStory } from '../../src/schema/parseStory.js';
import type { BarChartState } from '../../src/graphics/bar-chart/state.js';
import { barExample, barStory, hebrewBarJson } from '../helpers/barChartStories.js';

const SIZES = [
  [320, 568],
  [390, 844],
  [1280, 800]
] as const;

const parse = (html: string): Document => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
const num = (el: Element, name: string) => Number(el.getAttribute(name));

/** Every bar and text anchor of a drawing inside its viewBox. */
function expectInsideViewBox(svg: Element) {
  const [x0, y0, w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  expect([x0, y0]).toEqual([0, 0]);
  for (const rect of svg.querySelectorAll('rect.bar-rect')) {
    expect(num(rect, 'x')).toBeGreaterThanOrEqual(0);
    expect(num(rect, 'x') + num(rect, 'width')).toBeLessThanOrEqual(w + 0.1);
    expect(num(rect, 'y') + num(rect, 'height')).toBeLessThanOrEqual(h + 0.1);
  }
  for (const text of svg.querySelectorAll('text.bar-value, tspan')) {
    const x = num(text, 'x');
    if (text.hasAttribute('x') && text.getAttribute('x') !== '0') expect(x >= 0 && x <= w).toBe(true);
    if (text.hasAttribute('y')) expect(num(text, 'y')).toBeLessThanOrEqual(h);
  }
}

describe('<BarChart> on the server', () => {
  it.each(SIZES)('renders the end state at %i x %i, scaled to its box by a viewBox, with no fixed width', (width, height) => {
    const story = barExample();
    const { body } = render(BarChart, { props: { story, index: 2, width, height } });
    const doc = parse(body);
    const svg = doc.querySelector('figure.bar-chart svg.bars')!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.getAttribute('height')).toBe('100%');
    expect(svg.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
    expectInsideViewBox(svg);
    const state = story.steps[2]!.state as unknown as BarChartState;
    for (const b of state.bars) {
      const group = doc.querySelector(`g.bar[data-bar="${b.id}"]`)!;
      expect([...group.querySelectorAll('.bar-label tspan')].map((t) => t.textContent).join(' ')).toBe(b.label);
      expect(group.querySelector('.bar-value')!.textContent).toBe(`\u2068${b.display}\u2069`);
      // Settled: attributes in the markup, nothing left for a script.
      expect(group.querySelector('rect')!.hasAttribute('width')).toBe(true);
    }
  });

  it('scales a chart too tall for its box down into it rather than cropping', () => {
    const story = barStory([Array.from({ length: 120 }, (_, i) => ({ id: `b${i}`, value: i + 1 }))]);
    const { body } = render(BarChart, { props: { story, index: 0, width: 390, height: 500 } });
    const svg = parse(body).querySelector('svg.bars')!;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as number[];
    expect(h!).toBeGreaterThan(500);
    expect(w! / h!).toBeCloseTo(390 / 500, 2);
    expectInsideViewBox(svg);
  });

  it('renders a right-to-left story with its direction and language', () => {
    const { body } = render(BarChart, { props: { story: parseStory(hebrewBarJson()), index: 0, width: 390, height: 844 } });
    expect(body).toContain('dir="rtl"');
    expect(body).toContain('lang="he"');
    expect(body).toContain('direction="rtl"');
  });
});

describe('bar-chart snapshots', () => {
  it.each(SIZES)('writes a standalone SVG at %i x %i with every label and value, its font in its own stylesheet', (width, height) => {
    const story = barExample();
    const svg = snapshotSvg(story, 3, width, height);
    const doc = parse(svg);
    const outer = doc.querySelector('svg.scrollstage-snapshot')!;
    expect(outer.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(outer.getAttribute('aria-label')).toContain('Highlighted: Japan and Great Britain.');
    expect(doc.querySelector('style')!.textContent).toContain('.scrollstage-snapshot .bar-chart-snapshot text { font-family: system-ui, sans-serif }');
    expect(doc.querySelectorAll('g.bar')).toHaveLength(9);
    expect(doc.querySelector('rect.paper')!.getAttribute('fill')).toBe('#fbfaf7');
    expectInsideViewBox(doc.querySelector('svg.bars')!);
  });

  it('is what the explainer’s server render shows, filling whatever box the page gives it', () => {
    const story = barExample();
    const insets = { top: 0, right: 0, bottom: 0, left: 0 };
    const { body } = render(GraphicStage, { props: { story, index: 1, progress: 1, width: 390, height: 844, insets, reducedMotion: true } });
    const doc = parse(body);
    const outer = doc.querySelector('svg.scrollstage-snapshot')!;
    expect(outer.getAttribute('width')).toBe('100%');
    expect(outer.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
    expect(doc.querySelectorAll('g.bar')).toHaveLength(9);
  });
});
