/**
 * For every map step of the flagship story, at a phone (text card over the bottom 30 %) and
 * a desktop size, the labels the map would show are all inside the map and none overlaps
 * another, a settled cluster of moving marks or their key (the legend). Uses the same pure
 * layout and cluster geometry the component renders from.
 */
import { describe, expect, it } from 'vitest';
import { flagship, flagshipBasemap } from '../../helpers/flagship.js';
import { overlaps } from '../../../src/geo/placeLabels.js';
import { mapScene } from '../../../src/graphics/map/plan/mapScene.js';
import { settledClusters } from '../../../src/graphics/map/plan/settledClusters.js';

const story = flagship();
const SIZES = [
  { width: 390, height: 844, insets: { top: 0, right: 0, bottom: Math.round(844 * 0.3), left: 0 } },
  { width: 1280, height: 800, insets: { top: 0, right: 0, bottom: 0, left: 0 } }
];
const cases = SIZES.flatMap((size) =>
  story.steps.filter((s) => s.state.type === 'map').map((s) => ({ ...size, index: s.index, id: s.id }))
);

describe('flagship map labels', () => {
  it.each(cases)('step $index ($id) at $width x $height: inside the map, no overlaps', ({ width, height, insets, index }) => {
    const scene = mapScene(story, index, width, height, insets, flagshipBasemap());
    const { state, labels, layout, projection, transform } = scene;
    if (!state) return;
    expect(labels.length).toBeGreaterThan(0);
    for (const a of labels) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.y).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(width);
      expect(a.box.y + a.box.height).toBeLessThanOrEqual(height);
      for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
    }
    // Settled moving marks and their key: the clusters as the mover layer draws them, the key in the legend.
    const clusters = settledClusters(story, index, projection, transform);
    expect(clusters).toHaveLength(state.movers.length);
    const key = { id: 'legend', ...layout.legend };
    for (const a of labels) {
      for (const c of clusters) expect(overlaps(a.box, c), `${a.id} overlaps ${c.id}`).toBe(false);
      expect(overlaps(a.box, key), `${a.id} overlaps the legend`).toBe(false);
    }
    for (const mover of state.movers) {
      const row = layout.legend.rows.find((r) => r.key === `mover:${mover.id}`);
      const source = story.sources.find((s) => s.id === mover.source)!.name;
      expect(row?.lines.join(' ')).toBe(`${mover.label} (${source})`);
    }
    // The place the moving marks settle at keeps its name, beside its cluster.
    for (const place of new Set(clusters.map((c) => c.place))) {
      if (place && state.places.includes(place)) expect(labels.map((l) => l.id)).toContain(`place:${place}`);
    }
    // Highlighted places keep their names.
    for (const id of state.highlight) {
      if (state.places.includes(id)) expect(labels.map((l) => l.id)).toContain(`place:${id}`);
    }
  });
});
