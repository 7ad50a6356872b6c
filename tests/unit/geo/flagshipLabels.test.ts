/**
 * For every map step of the flagship story, at a phone (text card over the bottom 30 %) and
 * a desktop size, the labels the map would show are all inside the map and none overlaps
 * another, a settled convoy cluster or the convoy key (the legend). Uses the same pure
 * layout and cluster geometry the component renders from.
 */
import { mapStateAt } from '../../../src/graphics/map/state.js';
import { describe, expect, it } from 'vitest';
import { flagship } from '../../helpers/flagship.js';
import { baseProjection } from '../../../src/geo/baseProjection.js';
import { basemap } from '../../../src/geo/basemap.js';
import { overlaps } from '../../../src/geo/placeLabels.js';
import { viewTransform } from '../../../src/geo/viewTransform.js';
import { pointAtKm } from '../../../src/geo/pointAtKm.js';
import { mapLayout } from '../../../src/graphics/map/plan/mapLayout.js';
import { targetView } from '../../../src/graphics/map/plan/targetView.js';
import { mapLabels } from '../../../src/graphics/map/plan/mapLabels.js';
import { heldPlan } from '../../../src/graphics/map/plan/progressPlan.js';
import { routeGeometry } from '../../../src/graphics/map/plan/routeGeometry.js';
import { settledClusters } from '../../../src/graphics/map/plan/settledClusters.js';

const story = flagship();
const map = basemap();
const routes = routeGeometry(story.routes);
const SIZES = [
  { width: 390, height: 844, insets: { top: 0, right: 0, bottom: Math.round(844 * 0.3), left: 0 } },
  { width: 1280, height: 800, insets: { top: 0, right: 0, bottom: 0, left: 0 } }
];
const cases = SIZES.flatMap((size) =>
  story.steps.filter((s) => s.state.type === 'corridor-map').map((s) => ({ ...size, index: s.index, id: s.id }))
);

describe('flagship map labels', () => {
  it.each(cases)('step $index ($id) at $width x $height: inside the map, no overlaps', ({ width, height, insets, index }) => {
    const state = mapStateAt(story, index);
    if (!state) return;
    const projection = baseProjection(width, height, map.region);
    const layout = mapLayout(story, index, width, height, insets);
    const transform = viewTransform(targetView(story, state.view, projection, layout, map.region), layout.frame);
    const plan = heldPlan(story, index, routes);
    const project = (p: [number, number]) => projection(p) as [number, number];
    const labels = mapLabels({
      story, index, projection, transform, layout, basemap: map, width, height,
      front: plan ? project(pointAtKm(plan.route.coordinates, plan.endKm)) : null,
      remainingMid: plan?.remainingKm ? project(pointAtKm(plan.route.coordinates, plan.endKm + plan.remainingKm / 2)) : null
    });
    expect(labels.length).toBeGreaterThan(0);
    for (const a of labels) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.y).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(width);
      expect(a.box.y + a.box.height).toBeLessThanOrEqual(height);
      for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
    }
    // Settled convoys and their key: the clusters as the convoy layer draws them, the key in the legend.
    const clusters = settledClusters(story, index, projection, transform);
    expect(clusters).toHaveLength(state.convoys.length);
    const key = { id: 'legend', ...layout.legend };
    for (const a of labels) {
      for (const c of clusters) expect(overlaps(a.box, c), `${a.id} overlaps ${c.id}`).toBe(false);
      expect(overlaps(a.box, key), `${a.id} overlaps the legend`).toBe(false);
    }
    for (const convoy of state.convoys) {
      const row = layout.legend.rows.find((r) => r.kind === `convoy-${convoy.tone ?? 'latest'}`);
      const source = story.sources.find((s) => s.id === convoy.source)!.name;
      expect(row?.lines.join(' ')).toBe(`${convoy.label} (${source})`);
    }
    // The place the convoys settle at keeps its name, beside its cluster.
    for (const place of new Set(clusters.map((c) => c.place))) {
      if (place && state.places.includes(place)) expect(labels.map((l) => l.id)).toContain(`place:${place}`);
    }
    // Highlighted places keep their names.
    for (const id of state.highlight) {
      if (state.places.includes(id)) expect(labels.map((l) => l.id)).toContain(`place:${id}`);
    }
  });
});
