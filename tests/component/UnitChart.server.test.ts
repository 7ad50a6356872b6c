// @vitest-environment node
// Server rendering: the component compiled for the server, as `svelte/server` users get it.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import UnitChart from '../../src/graphics/unit-chart/UnitChart.svelte';
import { syntheticStory, tollStory } from '../helpers/chartStories.js';

describe('<UnitChart> on the server', () => {
  it('server-renders the end state; 50,000 units as compact paths, not 50,000 elements', () => {
    const small = render(UnitChart, { props: { story: tollStory(), index: 0, width: 390, height: 844 } });
    expect(small.body.match(/<rect[^>]*class="mark"/g)).toHaveLength(690);
    expect(small.body).toContain('more than 580,000');

    const big = render(UnitChart, { props: { story: syntheticStory(50000), index: 0, width: 1280, height: 800 } });
    expect(big.body).toContain('data-renderer="canvas"');
    expect(big.body.match(/<rect/g) ?? []).toHaveLength(0);
    expect(big.body.match(/<path/g)!.length).toBeLessThanOrEqual(2);
    expect(big.body.length).toBeLessThan(100_000);
  });

  it('server-renders a right-to-left story with its direction and language', () => {
    const { body } = render(UnitChart, { props: { story: tollStory({ lang: 'ar', dir: 'rtl' }), index: 0, width: 390, height: 844 } });
    expect(body).toContain('dir="rtl"');
    expect(body).toContain('lang="ar"');
  });
});
