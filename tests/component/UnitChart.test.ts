import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import UnitChart from '../../src/graphics/unit-chart/UnitChart.svelte';
import type { GraphicProps } from '../../src/core/graphicProps.js';
import { UNIT_CANVAS_THRESHOLD } from '../../src/graphics/unit-chart/plan/constants.js';
import { themeColors } from '../../src/core/theme.js';
import { syntheticStory, tollStory } from '../helpers/chartStories.js';

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

});
