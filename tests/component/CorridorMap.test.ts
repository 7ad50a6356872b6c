import { describe, expect, it } from 'vitest';
import { mount, unmount, flushSync } from 'svelte';
import CorridorMap from '../../src/graphics/map/CorridorMap.svelte';
import storyJson from '../../stories/idlib-m5.json';
import { parseStory } from '../../src/schema/parseStory.js';
import { routeGeometry } from '../../src/graphics/map/plan/routeGeometry.js';
import { progressPlan } from '../../src/graphics/map/plan/progressPlan.js';
import { moverArrival } from '../../src/graphics/map/plan/moverArrival.js';
import { settledClusters } from '../../src/graphics/map/plan/settledClusters.js';
import { MOVER_RADIUS } from '../../src/graphics/map/plan/moverConstants.js';
import { mapStateAt } from '../../src/graphics/map/state.js';
import { flagshipBasemap, flagshipContext } from '../helpers/flagship.js';
import { mapScene } from '../../src/graphics/map/plan/mapScene.js';

// Imported rather than read from disk: under jsdom, import.meta.url is not a file URL.
const story = parseStory(storyJson);
const routes = routeGeometry(story.routes);
const stepIndex = (id: string) => story.steps.findIndex((s) => s.id === id);
const size = { width: 390, height: 844, insets: { top: 0, right: 0, bottom: 253, left: 0 } };

function mountMap(props: Record<string, unknown>) {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(CorridorMap, { target, props: { story, ...size, ...props } as never, context: flagshipContext() });
  flushSync();
  return { target, destroy: () => (unmount(app), target.remove()) };
}

describe('<CorridorMap> in the DOM', () => {
  it('marks posts, ringed posts and approximate places', () => {
    const { target, destroy } = mountMap({ index: stepIndex('encircled'), reducedMotion: true });
    const svg = target.querySelector('svg.scrollstage-map')!;
    expect(svg.getAttribute('role')).toBe('img');
    for (const id of ['op-morek', 'op-surman', 'op-tell-tuqan']) {
      expect(svg.querySelector(`g.place[data-place="${id}"]`)?.getAttribute('data-ringed')).toBe('true');
      expect(svg.querySelector(`g.place[data-place="${id}"] circle.ring`)).not.toBeNull();
    }
    expect(svg.querySelector('g.place[data-place="op-al-eis"]')?.hasAttribute('data-ringed')).toBe(false);
    // Posts are the story's own kind: a square in its colour, as its "kinds" says.
    expect(svg.querySelector('g.place[data-place="op-al-eis"] rect.symbol.filled')?.getAttribute('fill')).toBe('#1c5fa8');
    expect(svg.querySelector('g.place[data-place="op-morek"]')?.getAttribute('data-precision')).toBe('approximate');
    expect(svg.querySelector('g.legend [data-key="ringed"]')?.textContent).toContain('Post encircled');
    expect(svg.querySelector('g.legend [data-key="kind:observation-post"]')?.textContent).toContain('Turkish observation post');
    expect(svg.querySelector('g.locator')).not.toBeNull();
    for (const label of svg.querySelectorAll('text.label[data-place]')) {
      expect(svg.querySelector(`g.place[data-place="${label.getAttribute('data-place')}"]`)).not.toBeNull();
    }
    destroy();
  });

  it('in a scrubbed step, draws the held line from the previous step’s end to this step’s, by progress', () => {
    const index = stepIndex('saraqeb');
    const plan = progressPlan(story, index, routes)!;
    for (const progress of [0, 0.5, 1, 0.25]) {
      const m = mountMap({ index, progress });
      const km = Number(m.target.querySelector('path.progress')!.getAttribute('data-km'));
      expect(km).toBeCloseTo(plan.startKm - plan.fromKm + (plan.endKm - plan.startKm) * progress, 1);
      m.destroy();
    }
    expect(plan.startKm).toBeLessThan(plan.endKm);
  });

  it('draws the end state at once with reduced motion', () => {
    const index = stepIndex('saraqeb');
    const plan = progressPlan(story, index, routes)!;
    const { target, destroy } = mountMap({ index, progress: 0, reducedMotion: true });
    expect(Number(target.querySelector('path.progress')!.getAttribute('data-km'))).toBeCloseTo(plan.endKm - plan.fromKm, 1);
    destroy();
  });

  it('computes the arrival of moving marks: present before → 1, new → entry tween (or progress when scrubbed), no motion → 1', () => {
    const earlier = stepIndex('build-up-earlier');
    const latest = stepIndex('build-up');
    const scrubbed = (i: number) => story.steps[i]!.state.type === 'map' && story.steps[i]!.state.scrub;
    expect(moverArrival(story, latest, { live: true, progress: 0.3, entry: 0.5 })).toEqual({ earlier: 1, latest: scrubbed(latest) ? 0.3 : 0.5 });
    expect(moverArrival(story, earlier, { live: true, progress: 0.3, entry: 0.2 })).toEqual({ earlier: scrubbed(earlier) ? 0.3 : 0.2 });
    expect(moverArrival(story, latest, { live: false, progress: 0, entry: 0 })).toEqual({ earlier: 1, latest: 1 });
  });

  it('settles the moving marks inside the boxes labels keep clear of, and names them in the legend with their sources', () => {
    const index = stepIndex('build-up');
    const { projection, transform: t } = mapScene(story, index, size.width, size.height, size.insets, flagshipBasemap());
    const boxes = new Map(settledClusters(story, index, projection, t).map((c) => [c.id, c]));
    const { target, destroy } = mountMap({ index, reducedMotion: true });
    const camera = target.querySelector('g.camera')!.getAttribute('transform')!;
    const [x, y, k] = camera.match(/-?[\d.]+/g)!.map(Number) as [number, number, number];
    expect(k).toBeCloseTo(t.k, 6);
    const circles = [...target.querySelectorAll('circle.mover')];
    expect(circles).toHaveLength(580);
    for (const c of circles) {
      const box = boxes.get(`mover:${c.getAttribute('data-mover')}`)!;
      const sx = x + Number(c.getAttribute('cx')) * k;
      const sy = y + Number(c.getAttribute('cy')) * k;
      expect(sx - MOVER_RADIUS).toBeGreaterThanOrEqual(box.x - 1e-6);
      expect(sx + MOVER_RADIUS).toBeLessThanOrEqual(box.x + box.width + 1e-6);
      expect(sy - MOVER_RADIUS).toBeGreaterThanOrEqual(box.y - 1e-6);
      expect(sy + MOVER_RADIUS).toBeLessThanOrEqual(box.y + box.height + 1e-6);
    }
    expect(target.querySelector('text.mover-key')).toBeNull();
    const legend = [...target.querySelectorAll('g.legend g.row')].map((row) =>
      [...row.querySelectorAll('text')].map((line) => line.textContent).join(' ')
    );
    expect(legend).toContain('430 vehicles in 24 hours (Syrian Observatory for Human Rights)');
    expect(legend).toContain('≈150 vehicles, earlier in the week (AFP)');
    destroy();
  });
});
