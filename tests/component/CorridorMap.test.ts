import { describe, expect, it } from 'vitest';
import { mount, unmount, flushSync } from 'svelte';
import CorridorMap from '../../src/components/CorridorMap.svelte';
import storyJson from '../../stories/idlib-m5.json';
import { parseStory } from '../../src/schema/parseStory.js';
import { routeGeometry } from '../../src/components/map/routeGeometry.js';
import { heldPlan } from '../../src/components/map/heldPlan.js';
import { convoyArrival } from '../../src/components/map/convoyArrival.js';

// Imported rather than read from disk: under jsdom, import.meta.url is not a file URL.
const story = parseStory(storyJson);
const routes = routeGeometry(story.routes);
const stepIndex = (id: string) => story.steps.findIndex((s) => s.id === id);
const size = { width: 390, height: 844, insets: { top: 0, right: 0, bottom: 253, left: 0 } };

function mountMap(props: Record<string, unknown>) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(CorridorMap, { target, props: { story, ...size, ...props } as never });
  flushSync();
  return { target, destroy: () => (unmount(app), target.remove()) };
}

describe('<CorridorMap> in the DOM', () => {
  it('marks posts, encircled posts and approximate places', () => {
    const { target, destroy } = mountMap({ index: stepIndex('encircled'), reducedMotion: true });
    const svg = target.querySelector('svg.corridor-map')!;
    expect(svg.getAttribute('role')).toBe('img');
    for (const id of ['op-morek', 'op-surman', 'op-tell-tuqan']) {
      expect(svg.querySelector(`g.place[data-place="${id}"]`)?.getAttribute('data-encircled')).toBe('true');
    }
    expect(svg.querySelector('g.place[data-place="op-al-eis"]')?.getAttribute('data-encircled')).toBe('false');
    expect(svg.querySelector('g.place[data-place="op-morek"]')?.getAttribute('data-precision')).toBe('approximate');
    expect(svg.querySelector('g.legend [data-kind="encircled"]')).not.toBeNull();
    expect(svg.querySelector('g.locator')).not.toBeNull();
    for (const label of svg.querySelectorAll('text.label[data-place]')) {
      expect(svg.querySelector(`g.place[data-place="${label.getAttribute('data-place')}"]`)).not.toBeNull();
    }
    destroy();
  });

  it('in a scrubbed step, draws the held line from the previous step’s end to this step’s, by progress', () => {
    const index = stepIndex('saraqeb');
    const plan = heldPlan(story, index, routes)!;
    for (const progress of [0, 0.5, 1, 0.25]) {
      const m = mountMap({ index, progress });
      const km = Number(m.target.querySelector('path.held')!.getAttribute('data-km'));
      expect(km).toBeCloseTo(plan.startKm - plan.fromKm + (plan.endKm - plan.startKm) * progress, 1);
      m.destroy();
    }
    expect(plan.startKm).toBeLessThan(plan.endKm);
  });

  it('draws the end state at once with reduced motion', () => {
    const index = stepIndex('saraqeb');
    const plan = heldPlan(story, index, routes)!;
    const { target, destroy } = mountMap({ index, progress: 0, reducedMotion: true });
    expect(Number(target.querySelector('path.held')!.getAttribute('data-km'))).toBeCloseTo(plan.endKm - plan.fromKm, 1);
    destroy();
  });

  it('computes convoy arrival: present before → 1, new → entry tween (or progress when scrubbed), no motion → 1', () => {
    const earlier = stepIndex('build-up-earlier');
    const latest = stepIndex('build-up');
    const scrubbed = (i: number) => story.steps[i]!.state.type === 'corridor-map' && (story.steps[i]!.state as { scrub: boolean }).scrub;
    expect(convoyArrival(story, latest, { live: true, progress: 0.3, entry: 0.5 })).toEqual({ earlier: 1, latest: scrubbed(latest) ? 0.3 : 0.5 });
    expect(convoyArrival(story, earlier, { live: true, progress: 0.3, entry: 0.2 })).toEqual({ earlier: scrubbed(earlier) ? 0.3 : 0.2 });
    expect(convoyArrival(story, latest, { live: false, progress: 0, entry: 0 })).toEqual({ earlier: 1, latest: 1 });
  });
});
