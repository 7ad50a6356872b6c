// Every view a story's map can show lies inside its basemap: past the basemap's box the map
// would show an empty sea. Checked for the flagship at the tallest and widest screens the map
// is made for, zoom 0 and every step, with and without a phone's text card.
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { baseProjection, regionOutline } from '../../../../src/geo/baseProjection.js';
import { boxOf } from '../../../../src/geo/fitView.js';
import { zoomView } from '../../../../src/geo/zoomView.js';
import { viewTransform, visibleRect } from '../../../../src/geo/viewTransform.js';
import { mapLayout, NARROW_MAP } from '../../../../src/graphics/map/plan/mapLayout.js';
import { targetView } from '../../../../src/graphics/map/plan/targetView.js';
import { mapStateAt } from '../../../../src/graphics/map/state.js';
import { flagship, flagshipBasemap, flagshipGeography } from '../../../helpers/flagship.js';

const KM2 = 6371.0088 ** 2;

describe('the flagship basemap', () => {
  it('has the countries the story names, and the two governorates as areas with their OCHA codes', () => {
    const map = flagshipBasemap();
    const names = map.countries.map((c) => c.properties.name);
    for (const name of ['Syria', 'Turkey', 'Lebanon', 'Iraq', 'Jordan', 'Israel']) expect(names).toContain(name);
    expect(map.countries.find((c) => c.properties.name === 'Syria')!.properties.iso).toBe('SY');
    expect(map.layers.governorates!.map((g) => g.id).sort()).toEqual(['SY02', 'SY07']);
    expect(map.credits).toEqual(['Natural Earth', 'OCHA COD-AB, CC BY 3.0 IGO']);
    // Syria is about 185,000 km².
    const syria = map.countries.find((c) => c.properties.name === 'Syria')!;
    expect(geoArea(syria) * KM2).toBeGreaterThan(175_000);
    expect(geoArea(syria) * KM2).toBeLessThan(195_000);
  });

  const SIZES = [[320, 900], [360, 780], [390, 844], [600, 900], [1024, 768], [1280, 800], [1600, 600]] as const;
  const reach = SIZES.flatMap(([width, height]) => (width < NARROW_MAP ? [0, 0.3] : [0]).map((card) => ({ width, height, card })));

  it.each(reach)('covers wherever the camera looks at $width x $height (card $card)', ({ width, height, card }) => {
    const story = flagship();
    const geo = flagshipGeography(story);
    const [west, south, east, north] = flagshipBasemap().bbox;
    const projection = baseProjection(width, height, geo.spec, geo.region);
    const project = (p: [number, number]) => projection(p) as [number, number];
    const regionBox = boxOf(regionOutline(geo.region).coordinates.map((c) => project(c as [number, number])))!;
    const centre: [number, number] = [regionBox.x + regionBox.width / 2, regionBox.y + regionBox.height / 2];
    for (const step of story.steps) {
      const state = mapStateAt(story, step.index);
      if (!state) continue;
      const layout = mapLayout(story, step.index, width, height, { top: 0, right: 0, bottom: Math.round(height * card), left: 0 });
      const views = [zoomView(centre, 0, regionBox, layout.target, layout.frame), targetView(story, state.view, projection, layout, geo.region)];
      for (const view of views) {
        // The whole graphic, the part under the text card too.
        const v = visibleRect(viewTransform(view, layout.frame), { x: 0, y: 0, width, height });
        for (let i = 0; i <= 16; i++) {
          const s = i / 16;
          for (const [x, y] of [[v.x + v.width * s, v.y], [v.x + v.width * s, v.y + v.height], [v.x, v.y + v.height * s], [v.x + v.width, v.y + v.height * s]] as const) {
            const [lon, lat] = projection.invert([x, y]);
            expect(lon, `step ${step.id}: west edge`).toBeGreaterThanOrEqual(west);
            expect(lon, `step ${step.id}: east edge`).toBeLessThanOrEqual(east);
            expect(lat, `step ${step.id}: south edge`).toBeGreaterThanOrEqual(south);
            expect(lat, `step ${step.id}: north edge`).toBeLessThanOrEqual(north);
          }
        }
      }
    }
  });
});
