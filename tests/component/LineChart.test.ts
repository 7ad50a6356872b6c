import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import LineChart from '../../src/graphics/line-chart/LineChart.svelte';
import type { GraphicProps } from '../../src/core/graphicProps.js';
import { lineExample, lineExampleJson } from '../helpers/lineStories.js';
import { expectThrough, pathVertices, type DataPoint } from '../helpers/pathPoints.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function mountChart(props: GraphicProps) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(LineChart, { target, props });
  flushSync();
  cleanups.push(() => {
    unmount(app);
    target.remove();
  });
  return target;
}

/** The example's data as numbers, by series id. */
function exampleData(): Record<string, DataPoint[]> {
  const json = lineExampleJson() as { steps: { graphic: { series: { id: string; points: [string, number][] }[] } }[] };
  return Object.fromEntries(json.steps[0]!.graphic.series.map((s) => [s.id, s.points.map(([x, y]) => [Date.parse(x), y] as DataPoint)]));
}

const UNTIL = ['2024-03-05T00:00Z', '2024-03-05T18:00Z', '2024-03-06T12:00Z'].map(Date.parse);

describe('<LineChart>', () => {
  it('draws each series through every point up to until, and the whole series without it', () => {
    const data = exampleData();
    const story = lineExample();
    [0, 1, 2, 3].forEach((index) => {
      const target = mountChart({ story, index, width: 390, height: 844, reducedMotion: true });
      const paths = [...target.querySelectorAll('path.line')];
      expect(paths.map((p) => p.getAttribute('data-series'))).toEqual(['upstream', 'downstream']);
      for (const path of paths) expectThrough(path.getAttribute('d')!, data[path.getAttribute('data-series')!]!, UNTIL[index] ?? Infinity);
    });
  });

  it('labels each line at its end in its colour, and says in words what it shows', () => {
    const target = mountChart({ story: lineExample(), index: 0, width: 390, height: 844, reducedMotion: true });
    const figure = target.querySelector('figure.line-chart')!;
    expect(figure.getAttribute('aria-label')).toMatch(/^Line chart\. River level at two gauges/);
    expect(target.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    for (const id of ['upstream', 'downstream']) {
      const tip = target.querySelector(`circle.tip[data-series=${id}]`)!;
      const label = target.querySelector(`text.end-label[data-of=${id}]`)!;
      expect(label.getAttribute('fill')).toBe(target.querySelector(`path.line[data-series=${id}]`)!.getAttribute('stroke'));
      expect(Number(label.getAttribute('x'))).toBeGreaterThan(Number(tip.getAttribute('cx')));
    }
    // Lines of a label wrapped to fit the phone's margin, read together.
    const labelText = (id: string) => [...target.querySelectorAll(`text.end-label[data-of=${id}]`)].map((t) => t.textContent).join(' ');
    expect([labelText('upstream'), labelText('downstream')]).toEqual(['Upstream gauge', 'Downstream gauge']);
    expect(target.querySelector('text.source')!.textContent).toBe('Source: Example data (invented)');
    expect([...target.querySelectorAll('text.title')].map((t) => t.textContent).join(' ')).toBe('River level at two gauges (invented data)');
  });

  it('is an SVG scaled to its box by its viewBox', () => {
    const target = mountChart({ story: lineExample(), index: 0, width: 390, height: 844, reducedMotion: true });
    const svg = target.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 390 844');
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
  });

  it('shows the notes the lines have reached: a ringed point, and a moment’s rule', () => {
    const story = lineExample();
    expect(mountChart({ story, index: 0, width: 1280, height: 800, reducedMotion: true }).querySelectorAll('g.note')).toHaveLength(0);
    const target = mountChart({ story, index: 2, width: 1280, height: 800, reducedMotion: true });
    expect([...target.querySelectorAll('text.note-text')].map((t) => t.textContent)).toEqual(['Upstream peak: 4.8 m', 'Flood gates opened']);
    expect(target.querySelectorAll('g.note circle.point')).toHaveLength(1);
    expect(target.querySelectorAll('g.note line.rule')).toHaveLength(1);
  });

  it('words its ticks in the story’s language and mirrors no time in a right-to-left story', () => {
    const ltr = mountChart({ story: lineExample(), index: 3, width: 390, height: 844, reducedMotion: true });
    const rtl = mountChart({ story: lineExample({ lang: 'ar-EG', dir: 'rtl' }), index: 3, width: 390, height: 844, reducedMotion: true });
    const ds = (root: Element) => [...root.querySelectorAll('path.line')].map((p) => p.getAttribute('d'));
    expect(ds(rtl)).toEqual(ds(ltr));
    const first = pathVertices(ds(rtl)[0]!);
    expect(first[0]![0]).toBeLessThan(first.at(-1)![0]);
    expect(rtl.querySelector('figure')!.getAttribute('dir')).toBe('rtl');
    const yLabels = [...rtl.querySelectorAll('text.tick-label.y')].map((t) => t.textContent);
    expect(yLabels.some((l) => /[٠-٩]/.test(l!))).toBe(true);
    expect(rtl.querySelector('text.title')!.getAttribute('direction')).toBe('rtl');
    expect(rtl.querySelector('text.title')!.getAttribute('text-anchor')).toBe('start');
    expect(Number(rtl.querySelector('text.title')!.getAttribute('x'))).toBeGreaterThan(300);
  });
});
