// Uses $state for reactive props, hence the .svelte.test.ts name.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import LineChart from '../../src/graphics/line-chart/LineChart.svelte';
import { lineExample, lineStory, YEARS } from '../helpers/lineStories.js';
import { pathVertices } from '../helpers/pathPoints.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

type Props = { story: ReturnType<typeof lineExample>; index: number; progress: number; width: number; height: number; reducedMotion: boolean };

function mountChart(props: Props) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(LineChart, { target, props });
  cleanups.push(() => {
    unmount(app);
    target.remove();
  });
  flushSync();
  return target;
}

/** Waits until `read` gives the same value twice 200 ms apart (a change has settled), up to 10 s. */
async function settled<T>(read: () => T): Promise<T> {
  let last = read();
  for (let i = 0; i < 50; i++) {
    await wait(200);
    flushSync();
    const now = read();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('the chart never settled');
}

const tipX = (root: Element, id = 'upstream') => Number(root.querySelector(`circle.tip[data-series=${id}]`)?.getAttribute('cx') ?? Number.NaN);
const gridTop = (root: Element) => Math.max(...[...root.querySelectorAll('text.tick-label.y')].map((t) => Number(t.textContent!.replace(/,/g, ''))));

describe('<LineChart> between steps', () => {
  it('draws its lines in when it appears, then extends them to the next step’s until', async () => {
    const props = $state<Props>({ story: lineExample(), index: 0, progress: 1, width: 1280, height: 800, reducedMotion: false });
    const target = mountChart(props);
    // At first the lines have barely started.
    const early = tipX(target);
    const end0 = await settled(() => tipX(target));
    expect(Number.isNaN(early) || early < end0).toBe(true);
    props.index = 1;
    flushSync();
    await wait(300);
    flushSync();
    const mid = tipX(target);
    const end1 = await settled(() => tipX(target));
    expect(mid).toBeGreaterThan(end0);
    expect(mid).toBeLessThan(end1);
    // Back up a step: the lines draw back.
    props.index = 0;
    flushSync();
    expect(await settled(() => tipX(target))).toBeCloseTo(end0, 1);
  });

  it('moves a changed domain, from what is on screen', async () => {
    const bigger = { series: [...YEARS.series, { id: 'big', label: 'Big', source: 'stats', points: [[2000, 100], [2020, 400]] }] };
    const props = $state<Props>({ story: lineStory([YEARS, { type: 'line-chart', ...bigger }]), index: 0, progress: 1, width: 1280, height: 800, reducedMotion: false });
    const target = mountChart(props);
    expect(await settled(() => gridTop(target))).toBe(80);
    const flat = () => pathVertices(target.querySelector('path.line[data-series=flat]')!.getAttribute('d')!)[0]![1];
    const before = flat();
    props.index = 1;
    flushSync();
    await wait(400);
    flushSync();
    // On its way: the flat line has moved down part of the way, and the new series fades in.
    const during = flat();
    expect(target.querySelector('g.series[data-series=big]')).not.toBeNull();
    const after = await settled(() => flat());
    expect(during).toBeGreaterThan(before);
    expect(during).toBeLessThan(after);
    expect(gridTop(target)).toBe(400);
  });

  it('follows the scroll in a scrubbed step, from the previous until to its own', () => {
    const props = $state<Props>({ story: lineExample(), index: 2, progress: 0, width: 390, height: 844, reducedMotion: false });
    const target = mountChart(props);
    const at0 = tipX(target);
    props.progress = 0.5;
    flushSync();
    const at5 = tipX(target);
    props.progress = 1;
    flushSync();
    const at1 = tipX(target);
    expect(at0).toBeLessThan(at5);
    expect(at5).toBeLessThan(at1);
    // Linear in the scroll: half way is half way along x.
    expect(at5).toBeCloseTo((at0 + at1) / 2, 1);
    const still = lineExample();
    const calm = mountChart({ story: still, index: 1, progress: 1, width: 390, height: 844, reducedMotion: true });
    expect(at0).toBeCloseTo(tipX(calm), 1);
  });

  it('jumps to each end state with reduced motion', () => {
    const props = $state<Props>({ story: lineExample(), index: 0, progress: 1, width: 390, height: 844, reducedMotion: true });
    const target = mountChart(props);
    const end0 = tipX(target);
    props.index = 1;
    flushSync();
    const end1 = tipX(target);
    expect(end1).toBeGreaterThan(end0);
    props.index = 2;
    props.progress = 0.2;
    flushSync();
    // A scrubbed step, too: its end state, whatever the scroll.
    const reference = mountChart({ story: lineExample(), index: 2, progress: 1, width: 390, height: 844, reducedMotion: true });
    expect(tipX(target)).toBeCloseTo(tipX(reference), 6);
    expect(target.querySelector('g.series.enter')).toBeNull();
  });
});
