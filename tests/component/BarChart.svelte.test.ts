import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import BarChart from '../../src/graphics/bar-chart/BarChart.svelte';
import type { GraphicProps } from '../../src/core/graphicProps.js';
import type { BarChartState } from '../../src/graphics/bar-chart/state.js';
import { barExample, barStory, hebrewBarJson } from '../helpers/barChartStories.js';
import { parseStory } from '../../src/schema/parseStory.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function mountChart(props: GraphicProps) {
  const target = document.createElement('div');
  document.body.append(target);
  const live = $state({ ...props });
  const app = mount(BarChart, { target, props: live });
  flushSync();
  cleanups.push(() => {
    unmount(app);
    target.remove();
  });
  return { target, live };
}

const UNISOLATED = /[\u2066-\u2069]/g;
const bar = (target: Element, id: string) => target.querySelector(`g.bar[data-bar="${id}"]`)!;
const labelOf = (target: Element, id: string) => [...bar(target, id).querySelectorAll('.bar-label tspan')].map((t) => t.textContent).join(' ');
const valueOf = (target: Element, id: string) => bar(target, id).querySelector('.bar-value')!.textContent!.replace(UNISOLATED, '');
const num = (el: Element, name: string) => Number(el.getAttribute(name));
const rectOf = (target: Element, id: string) => bar(target, id).querySelector('rect.bar-rect')!;
/** Bar ids from the top of the chart down. */
const order = (target: Element) =>
  [...target.querySelectorAll('g.bar')].sort((a, b) => num(a.querySelector('rect')!, 'y') - num(b.querySelector('rect')!, 'y')).map((g) => g.getAttribute('data-bar'));

describe('<BarChart>', () => {
  it.each([
    [390, 844],
    [1280, 800]
  ])('writes every bar’s label and value at %i px', (width, height) => {
    const story = barExample();
    const { target } = mountChart({ story, index: 2, width, height, reducedMotion: true });
    const state = story.steps[2]!.state as unknown as BarChartState;
    expect(target.querySelectorAll('g.bar')).toHaveLength(state.bars.length);
    for (const b of state.bars) {
      expect(labelOf(target, b.id)).toBe(b.label);
      expect(valueOf(target, b.id)).toBe(b.display);
    }
    const lines = (selector: string) => [...target.querySelectorAll(`${selector} tspan`)].map((t) => t.textContent).join(' ');
    expect(lines('text.title')).toBe('Change in gold medals, Tokyo 2020 to Paris 2024');
    expect(target.querySelector('text.unit-caption')!.textContent).toBe('gold medals, Paris minus Tokyo');
    expect(target.querySelector('text.source')!.textContent).toBe('Source: Paris 2024 medal table (IOC)');
    const figure = target.querySelector('figure.bar-chart')!;
    expect(figure.getAttribute('aria-label')).toContain('Japan: −7.');
    expect(target.querySelector('svg.bars')!.getAttribute('aria-hidden')).toBe('true');
    // The value is isolated, so a right-to-left line cannot turn "+6" into "6+".
    expect(bar(target, 'france').querySelector('.bar-value')!.textContent).toBe('\u2068+6\u2069');
  });

  it('updates to the next step’s values, order and highlight (reduced motion: at once)', () => {
    const story = barExample();
    const { target, live } = mountChart({ story, index: 0, width: 390, height: 844, reducedMotion: true });
    expect(order(target)).toEqual(['usa', 'china', 'japan', 'gbr', 'australia', 'netherlands', 'france', 'germany', 'italy']);
    const franceFill = rectOf(target, 'france').getAttribute('fill');
    const usaFill = rectOf(target, 'usa').getAttribute('fill');
    live.index = 1;
    flushSync();
    expect(order(target)).toEqual(['usa', 'china', 'japan', 'australia', 'france', 'netherlands', 'gbr', 'italy', 'germany']);
    expect(valueOf(target, 'france')).toBe('16');
    expect(valueOf(target, 'gbr')).toBe('14');
    // France is highlighted in its own colour; the others are muted.
    expect(rectOf(target, 'france').getAttribute('fill')).toBe(franceFill);
    expect(rectOf(target, 'usa').getAttribute('fill')).not.toBe(usaFill);
    expect(bar(target, 'usa').querySelector('.bar-label')!.getAttribute('fill')).toBe('#565656');
    expect(bar(target, 'france').querySelector('.bar-label')!.getAttribute('font-weight')).toBe('600');
    expect(bar(target, 'usa').querySelector('.bar-label')!.hasAttribute('font-weight')).toBe(false);
    // Negative changes: bars to the other side of the zero line.
    live.index = 2;
    flushSync();
    const zero = num(bar(target, 'japan').querySelector('line.zero')!, 'x1');
    expect(num(rectOf(target, 'japan'), 'x') + num(rectOf(target, 'japan'), 'width')).toBeCloseTo(zero, 0);
    expect(num(rectOf(target, 'france'), 'x')).toBeCloseTo(zero, 0);
  });

  it('animates to the next step from what is on screen, and settles on it', async () => {
    const story = barExample();
    const { target, live } = mountChart({ story, index: 0, width: 1280, height: 800 });
    await vi.waitFor(() => expect(valueOf(target, 'france')).toBe('10'), { timeout: 10_000, interval: 50 });
    const before = num(rectOf(target, 'france'), 'width');
    const gbrY = num(rectOf(target, 'gbr'), 'y');
    live.index = 1;
    flushSync();
    // The change starts where the bars were.
    expect(num(rectOf(target, 'france'), 'width')).toBeCloseTo(before, 0);
    expect(num(rectOf(target, 'gbr'), 'y')).toBeCloseTo(gbrY, 0);
    await vi.waitFor(() => expect(valueOf(target, 'france')).toBe('16'), { timeout: 10_000, interval: 50 });
    await vi.waitFor(() => expect(order(target)).toEqual(['usa', 'china', 'japan', 'australia', 'france', 'netherlands', 'gbr', 'italy', 'germany']), { timeout: 10_000, interval: 50 });
    expect(num(rectOf(target, 'france'), 'width')).toBeGreaterThan(before);
  });

  it('follows the scroll through a scrubbed step, from the previous step’s picture to its own', () => {
    const story = barExample();
    expect(story.steps[1]!.state.scrub).toBe(true);
    const { target: end } = mountChart({ story, index: 0, width: 390, height: 844, reducedMotion: true });
    const tokyo = num(rectOf(end, 'france'), 'width');
    const { target, live } = mountChart({ story, index: 1, progress: 0, width: 390, height: 844 });
    expect(num(rectOf(target, 'france'), 'width')).toBeCloseTo(tokyo, 0);
    live.progress = 0.5;
    flushSync();
    const half = num(rectOf(target, 'france'), 'width');
    live.progress = 1;
    flushSync();
    const paris = num(rectOf(target, 'france'), 'width');
    expect(paris).toBeGreaterThan(tokyo);
    expect(half).toBeCloseTo((tokyo + paris) / 2, 0);
    expect(valueOf(target, 'france')).toBe('16');
    // With reduced motion the scrubbed step shows its end state whatever the scroll.
    const { target: calm } = mountChart({ story, index: 1, progress: 0, width: 390, height: 844, reducedMotion: true });
    expect(num(rectOf(calm, 'france'), 'width')).toBeCloseTo(paris, 0);
  });

  it('grows bars in from the zero line when first shown, with motion', () => {
    const story = barStory([[{ id: 'a', value: 5 }, { id: 'b', value: 3 }]]);
    const { target } = mountChart({ story, index: 0, width: 390, height: 844 });
    expect(num(rectOf(target, 'a'), 'width')).toBe(0);
    expect(bar(target, 'a').getAttribute('opacity')).toBe('0');
  });

  it('mirrors a right-to-left story: bars end at the zero line on the right, labels anchored on the right', () => {
    const story = parseStory(hebrewBarJson());
    const { target } = mountChart({ story, index: 0, width: 390, height: 844, reducedMotion: true });
    const figure = target.querySelector('figure.bar-chart')!;
    expect(figure.getAttribute('dir')).toBe('rtl');
    expect(figure.getAttribute('lang')).toBe('he');
    const rect = rectOf(target, 'usa');
    const zero = num(bar(target, 'usa').querySelector('line.zero')!, 'x1');
    expect(zero).toBeCloseTo(390 - 16, 0);
    expect(num(rect, 'x') + num(rect, 'width')).toBeCloseTo(zero, 0);
    expect(labelOf(target, 'usa')).toBe('ארצות הברית');
    expect(target.querySelector('svg.bars')!.getAttribute('direction')).toBe('rtl');
  });
});
