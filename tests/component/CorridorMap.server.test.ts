// @vitest-environment node
// Server rendering (no-JS fallback, static snapshots): node environment, so Svelte compiles
// the components for the server as an SSR app would.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CorridorMap from '../../src/graphics/map/CorridorMap.svelte';
import storyJson from '../../stories/idlib-m5.json';
import { parseStory } from '../../src/schema/parseStory.js';
import { routeGeometry } from '../../src/graphics/map/plan/routeGeometry.js';
import { progressPlan } from '../../src/graphics/map/plan/progressPlan.js';
import { mapStateAt } from '../../src/graphics/map/state.js';
import { flagshipContext } from '../helpers/flagship.js';

const story = parseStory(storyJson);
const routes = routeGeometry(story.routes);
const stepIndex = (id: string) => story.steps.findIndex((s) => s.id === id);

describe('<CorridorMap> on the server', () => {
  it.each(['title', 'idlib', 'saraqeb', 'build-up', 'remaining'])('renders the whole map for step %s', (id) => {
    const index = stepIndex(id);
    const state = mapStateAt(story, index);
    if (!state) throw new Error('not a map step');
    const { body } = render(CorridorMap, { props: { story, index, width: 1280, height: 800, progress: 0 }, context: flagshipContext() });
    expect(body).toMatch(/<svg class="scrollstage-map[^"]*" role="img" aria-label="[^"]+"/);
    expect(body).toContain('class="land');
    for (const route of state.routes) expect(body).toMatch(new RegExp(`class="route[^"]*"[^>]*data-route="${route}" data-km="\\d+\\.\\d\\d"`));
    expect(body).toMatch(/<text class="label/);
    expect(body).toMatch(/<g class="legend/);
    expect(body).toMatch(/<g class="scale-bar[^"]*" data-km="\d+"/);
    expect(body).toContain('Natural Earth; OCHA COD-AB, CC BY 3.0 IGO');
    if (state.progress) {
      // The end state, even with progress 0 in a scrubbed step: the server has no scroll.
      const plan = progressPlan(story, index, routes)!;
      const km = Number(body.match(/class="progress[^"]*" data-route="m5" data-km="([\d.]+)"/)![1]);
      expect(km).toBeCloseTo(plan.endKm - plan.fromKm, 1);
      expect(body).toMatch(/<g class="front/);
    }
    if (state.remaining) expect(body).toMatch(/class="remaining/);
  });

  it('draws water, routes and places without a basemap (before it arrives, or with none)', () => {
    const { body } = render(CorridorMap, { props: { story, index: stepIndex('title'), width: 800, height: 600 } });
    expect(body).toContain('class="water');
    expect(body).toMatch(/class="land[^"]*" d=""/);
    expect(body).toMatch(/data-route="m5"/);
  });

  it('renders nothing for a step that is not a map', () => {
    const { body } = render(CorridorMap, { props: { story, index: stepIndex('displaced'), width: 800, height: 600 } });
    expect(body).not.toContain('<svg');
  });
});

