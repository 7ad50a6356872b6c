// Uses $state for reactive props, hence the .svelte.test.ts name.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import UnitChart from '../../src/graphics/unit-chart/UnitChart.svelte';
import { tollStory } from '../helpers/chartStories.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('<UnitChart> between steps', () => {
  it('moves to the next step: new marks in, removed marks out of the DOM when their fade ends', async () => {
    const story = tollStory();
    const props = $state({ story, index: 0, width: 1280, height: 800, reducedMotion: false });
    const target = document.createElement('div');
    document.body.append(target);
    const app = mount(UnitChart, { target, props });
    cleanups.push(() => {
      unmount(app);
      target.remove();
    });
    flushSync();
    await wait(1400);
    props.index = 1;
    flushSync();
    expect(target.querySelectorAll('rect.mark[data-group=displaced]').length).toBe(580);
    expect(target.querySelectorAll('rect.mark[data-group=killed]').length).toBe(300);
    await wait(1400);
    flushSync();
    expect(target.querySelectorAll('rect.mark[data-group=displaced]').length).toBe(0);
    expect(target.querySelectorAll('rect.mark').length).toBe(300);
  });


  it('starts a retarget from what is on screen', async () => {
    const props = $state({ story: tollStory(), index: 0, width: 1280, height: 800, reducedMotion: false });
    const target = document.createElement('div');
    document.body.append(target);
    const app = mount(UnitChart, { target, props });
    cleanups.push(() => {
      unmount(app);
      target.remove();
    });
    flushSync();
    await wait(400);
    flushSync();
    // The last displaced squares are still growing; the count is on its way.
    const last = () => [...target.querySelectorAll('rect.mark[data-group=displaced]')].at(-1)!;
    const size = Number(last().getAttribute('width'));
    const at = [last().getAttribute('x'), last().getAttribute('y')];
    expect(size).toBeLessThan(16);
    props.index = 1;
    flushSync();
    // They fade out from where they are and how big they are: no jump to the end or back to nothing.
    expect(Number(last().getAttribute('width'))).toBe(size);
    expect([last().getAttribute('x'), last().getAttribute('y')]).toEqual(at);
  });
});
