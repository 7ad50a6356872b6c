import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import UnitChart from '../../src/graphics/unit-chart/UnitChart.svelte';
import type { GraphicProps } from '../../src/core/graphicProps.js';
import { UNIT_CANVAS_THRESHOLD } from '../../src/graphics/unit-chart/plan/constants.js';
import { themeColors } from '../../src/core/theme.js';
import { partiesStory, syntheticStory, tollStory } from '../helpers/chartStories.js';
import { LRI, PDI } from '../../src/text/isolateNumbers.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function mountChart(props: GraphicProps) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(UnitChart, { target, props });
  flushSync();
  cleanups.push(() => {
    unmount(app);
    target.remove();
  });
  return target;
}

describe('<UnitChart>', () => {
  it('draws one square per 1,000 displaced and per 1,000 of Saraqeb’s residents', () => {
    const target = mountChart({ story: tollStory(), index: 0, width: 390, height: 844, reducedMotion: true });
    const figure = target.querySelector('figure.unit-chart')!;
    expect(figure.getAttribute('data-renderer')).toBe('svg');
    expect(target.querySelectorAll('rect.mark[data-group=displaced]')).toHaveLength(580);
    expect(target.querySelectorAll('rect.mark[data-group=saraqeb]')).toHaveLength(110);
    expect(target.querySelector('.unit-caption')?.textContent).toContain('Each square = 1,000 people');
    expect(target.querySelector('span.count[data-group=displaced]')?.textContent).toBe('more than 580,000');
    expect(target.textContent).toContain('Source: Syrian Observatory for Human Rights');
    expect(figure.getAttribute('aria-label')).toContain('580');
    expect(target.querySelector('svg.marks')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('keeps every mark inside the area the text cards leave free', () => {
    const insets = { top: 0, right: 0, bottom: 253, left: 0 };
    const target = mountChart({ story: tollStory(), index: 0, width: 390, height: 844, insets, reducedMotion: true });
    for (const rect of target.querySelectorAll('rect.mark')) {
      const y = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'));
      const x = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'));
      expect(y).toBeLessThanOrEqual(844 - 253);
      expect(x).toBeLessThanOrEqual(390);
    }
  });

  it('grows marks in and ticks the count up on first show, then settles on the display wording', async () => {
    const target = mountChart({ story: tollStory(), index: 1, width: 1280, height: 800 });
    const count = () => target.querySelector('span.count[data-group=killed]')!.textContent;
    // Entering squares are invisible at first and created at most 200 a frame.
    const squares = () => target.querySelectorAll('rect.mark[data-group=killed]').length;
    expect(squares()).toBe(200);
    expect(count()).toBe('0');
    await wait(550);
    flushSync();
    expect(squares()).toBe(300);
    const mid = Number(count()!.replace(/,/g, ''));
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(300);
    await wait(900);
    flushSync();
    expect(count()).toBe('more than 300');
  });

  it('highlights a subset in the stronger colour with its label', () => {
    const story = tollStory();
    const target = mountChart({ story, index: 2, width: 390, height: 844, reducedMotion: true });
    const marks = [...target.querySelectorAll('rect.mark[data-group=posts]')];
    expect(marks).toHaveLength(12);
    expect(marks.filter((m) => m.getAttribute('fill') === themeColors(story).highlight)).toHaveLength(3);
    expect(target.querySelector('.highlight-key')?.textContent?.replace(/\s+/g, ' ')).toContain('3 encircled');
  });

  it('mirrors right-to-left: the first square at the right', () => {
    const ltr = mountChart({ story: tollStory(), index: 1, width: 390, height: 844, reducedMotion: true });
    const rtl = mountChart({ story: tollStory({ lang: 'ar', dir: 'rtl' }), index: 1, width: 390, height: 844, reducedMotion: true });
    const first = (root: Element) => root.querySelector('rect.mark')!;
    const x = (r: Element) => Number(r.getAttribute('x'));
    const w = Number(first(ltr).getAttribute('width'));
    expect(x(first(rtl))).toBeCloseTo(390 - x(first(ltr)) - w, 6);
    expect(rtl.querySelector('figure')?.getAttribute('dir')).toBe('rtl');
  });

  it(`uses a canvas above ${UNIT_CANVAS_THRESHOLD} marks: 50,000 units render without error in jsdom`, () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const target = mountChart({ story: syntheticStory(50000, 2), index: 0, width: 1280, height: 800, reducedMotion: true });
    spy.mockRestore();
    const figure = target.querySelector('figure.unit-chart')!;
    expect(figure.getAttribute('data-renderer')).toBe('canvas');
    const canvas = target.querySelector('canvas')!;
    expect(canvas.getAttribute('data-mark-count')).toBe('50000');
    expect(JSON.parse(canvas.getAttribute('data-group-counts')!)).toEqual({ g0: 25000, g1: 25000 });
    expect(target.querySelectorAll('rect.mark')).toHaveLength(0);
  });

  it('colours each group’s squares and the swatch before its label with the group’s colour', () => {
    const story = partiesStory({ groups: 6 });
    const target = mountChart({ story, index: 0, width: 1280, height: 800, reducedMotion: true });
    const fills = (group: string) => new Set([...target.querySelectorAll(`rect.mark[data-group=${group}]`)].map((r) => r.getAttribute('fill')));
    expect(fills('renewal')).toEqual(new Set([themeColors(story)['party-a']]));
    expect(fills('workers')).toEqual(new Set(['#2c7a7b']));
    expect(fills('citizens')).toEqual(new Set(['#7a4f9a']));
    const swatch = target.querySelector<HTMLElement>('.group-head[data-group=workers] .label .swatch')!;
    expect(swatch.style.background).toMatch(/#2c7a7b|rgb\(44, 122, 123\)/);
    // The flagship's groups have no colour: no swatch before their labels.
    const toll = mountChart({ story: tollStory(), index: 0, width: 1280, height: 800, reducedMotion: true });
    expect(toll.querySelectorAll('.group-head .label .swatch')).toHaveLength(0);
  });

  it('names a source every group shares once, under the chart', () => {
    const target = mountChart({ story: partiesStory({ groups: 6 }), index: 0, width: 1280, height: 800, reducedMotion: true });
    const lines = [...target.querySelectorAll('.source-line')];
    expect(lines.map((l) => l.textContent?.trim())).toEqual(['Source: Example data A (invented)']);
    expect(target.querySelectorAll('.group-head .source')).toHaveLength(0);
    expect(target.textContent!.match(/Source:/g)).toHaveLength(1);
    // Groups with sources of their own name them in their headings.
    const own = mountChart({ story: partiesStory({ groups: 3, sources: 'each' }), index: 0, width: 1280, height: 800, reducedMotion: true });
    expect(own.querySelectorAll('.source-line')).toHaveLength(0);
    expect([...own.querySelectorAll('.group-head .source')].map((s) => s.textContent)).toHaveLength(3);
  });

  it('draws a group under one square as part of a square, and a highlight under one square as part of the first', () => {
    const story = partiesStory({ groups: 6, highlight: { workers: { value: 600, label: 'by post' } } });
    const target = mountChart({ story, index: 0, width: 1280, height: 800, reducedMotion: true });
    const [part, ...more] = target.querySelectorAll('rect.mark[data-group=pensioners]');
    expect(more).toHaveLength(0);
    expect(Number(part!.getAttribute('width')) / Number(part!.getAttribute('height'))).toBeCloseTo(0.6, 1);
    const highlighted = [...target.querySelectorAll('rect.mark[data-group=workers]')].filter((r) => r.getAttribute('fill') === themeColors(story).highlight);
    expect(highlighted).toHaveLength(1);
    expect(Number(highlighted[0]!.getAttribute('width')) / Number(highlighted[0]!.getAttribute('height'))).toBeCloseTo(0.6, 1);
  });

  it('keeps "+2,140" whole in a right-to-left chart, in its count and its text alternative', () => {
    const target = mountChart({ story: partiesStory({ groups: 6, lang: 'he' }), index: 0, width: 390, height: 792, reducedMotion: true, insets: { top: 0, right: 0, bottom: 238, left: 0 } });
    expect(target.querySelector('span.count[data-group=renewal]')!.textContent).toBe(`84,312 (${LRI}+2,140${PDI})`);
    expect(target.querySelector('figure')!.getAttribute('aria-label')).toContain(`${LRI}+2,140${PDI}`);
  });
});
