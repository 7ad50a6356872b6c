import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { basemapText, DATA_BOX } from '../../../scripts/buildBasemap.js';
import { basemap } from '../../../src/geo/basemap.js';
import { baseProjection, regionOutline } from '../../../src/geo/baseProjection.js';
import { boxOf } from '../../../src/geo/fitView.js';
import { zoomView } from '../../../src/geo/zoomView.js';
import { viewTransform, visibleRect } from '../../../src/geo/viewTransform.js';
import { mapLayout, NARROW_MAP } from '../../../src/graphics/map/plan/mapLayout.js';
import { targetView } from '../../../src/graphics/map/plan/targetView.js';
import { flagship } from '../../helpers/flagship.js';
import { mapStateAt } from '../../../src/graphics/map/state.js';

const committed = readFileSync(new URL('../../../src/geo/basemap.topo.json', import.meta.url), 'utf8');
const KM2 = 6371.0088 ** 2;

describe('basemap', () => {
  it('is what scripts/buildBasemap.js writes (run `npm run basemap` when this fails)', () => {
    expect((basemapText as () => string)() === committed).toBe(true);
  });

  it('stays under 40 KB gzip', () => {
    expect(gzipSync(committed).length).toBeLessThan(40 * 1024);
  });

  it('names Syria and its neighbours', () => {
    const names = basemap().countries.map((c) => c.properties.name);
    for (const name of ['Syria', 'Turkey', 'Lebanon', 'Iraq', 'Jordan', 'Israel']) expect(names).toContain(name);
  });

  it.each([
    ['idleb', 5416],
    ['aleppo', 19887]
  ])('has the %s governorate at its OCHA area (%i km², ±2 %)', (id, km2) => {
    const g = basemap().governorates.find((f) => f.id === id)!;
    expect(Math.abs(geoArea(g) * KM2 - km2) / km2).toBeLessThan(0.02);
  });

  it('winds polygons for d3 (Syria is not the whole globe)', () => {
    const syria = basemap().countries.find((c) => c.properties.name === 'Syria')!;
    expect(geoArea(syria) * KM2).toBeGreaterThan(180_000);
    expect(geoArea(syria) * KM2).toBeLessThan(195_000);
  });

  // The tallest and the widest screens the map is made for, and some between; phones with
  // the text card over the bottom 30 %, as the article lays them out, and without.
  const SIZES = [[320, 900], [360, 780], [390, 844], [600, 900], [1024, 768], [1280, 800], [1600, 600]] as const;
  const reach = SIZES.flatMap(([width, height]) =>
    (width < NARROW_MAP ? [0, 0.3] : [0]).map((card) => ({ width, height, card }))
  );

  it.each(reach)('has geography wherever the camera looks at $width x $height (card $card)', ({ width, height, card }) => {
    const story = flagship();
    const map = basemap();
    const projection = baseProjection(width, height, map.region);
    const project = (p: [number, number]) => projection(p) as [number, number];
    const regionBox = boxOf(regionOutline(map.region).coordinates.map((c) => project(c as [number, number])))!;
    const centre: [number, number] = [regionBox.x + regionBox.width / 2, regionBox.y + regionBox.height / 2];
    const [[west, south], [east, north]] = DATA_BOX as [[number, number], [number, number]];
    for (const step of story.steps) {
      if (step.state.type !== 'corridor-map') continue;
      const layout = mapLayout(story, step.index, width, height, { top: 0, right: 0, bottom: Math.round(height * card), left: 0 });
      const views = [
        zoomView(centre, 0, regionBox, layout.target, layout.frame),
        targetView(story, mapStateAt(story, step.index)!.view, projection, layout, map.region)
      ];
      for (const view of views) {
        // The whole graphic, the part under the text card too.
        const v = visibleRect(viewTransform(view, layout.frame), { x: 0, y: 0, width, height });
        for (let i = 0; i <= 16; i++) {
          const s = i / 16;
          for (const [x, y] of [[v.x + v.width * s, v.y], [v.x + v.width * s, v.y + v.height], [v.x, v.y + v.height * s], [v.x + v.width, v.y + v.height * s]] as const) {
            const [lon, lat] = projection.invert!([x, y])!;
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
