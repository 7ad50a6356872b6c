import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { buildBasemap, type WorldTopology } from '../../../../src/geo/build/buildBasemap.js';
import { layerFeatures } from '../../../../src/geo/build/layerFeatures.js';
import type { BasemapFile, Box } from '../../../../src/geo/basemap/basemapFile.js';

const require = createRequire(import.meta.url);
/** A fresh copy each time: buildBasemap caches what it decodes per world object. */
const world = (detail: string) => structuredClone(require(`world-atlas/countries-${detail}.json`)) as WorldTopology;
const world50m = world('50m');
const USSE: Box = [-92, 23, -74, 37];
const KM2 = 6371.0088 ** 2;

function positions(geometry: GeoJSON.Geometry | null): number[][] {
  if (!geometry || geometry.type === 'GeometryCollection') return [];
  const out: number[][] = [];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') out.push(c as number[]);
    else for (const inner of c as unknown[]) visit(inner);
  };
  visit(geometry.coordinates);
  return out;
}
const decoded = (file: BasemapFile, name: string) =>
  feature(file, file.objects[name] as GeometryCollection<{ name?: string }>).features as GeoJSON.Feature<GeoJSON.Geometry, { name?: string; iso?: string }>[];

describe('buildBasemap', () => {
  const file = buildBasemap({ world: world50m, box: USSE, detail: '50m' });

  it('writes the file format: a topology with land, countries, borders and the scrollstage member', () => {
    expect(Object.keys(file)).toEqual(['type', 'bbox', 'transform', 'objects', 'arcs', 'scrollstage']);
    expect(Object.keys(file.objects)).toEqual(['land', 'countries', 'borders']);
    expect(file.objects.land.geometries.map((g) => g.type)).toEqual(['MultiPolygon']);
    expect(file.objects.borders.geometries.map((g) => g.type)).toEqual(['MultiLineString']);
    expect(file.bbox).toEqual(USSE);
    expect(file.scrollstage).toEqual({ format: 1, bbox: USSE, detail: '50m', layers: {}, credits: ['Natural Earth'] });
  });

  it('draws nothing outside the box, beyond rounding to the quantization grid', () => {
    const [sx, sy] = file.transform!.scale;
    const [w, s, e, n] = USSE;
    for (const name of ['land', 'countries', 'borders']) {
      for (const f of decoded(file, name)) {
        for (const [x, y] of positions(f.geometry)) {
          expect(x! >= w - sx && x! <= e + sx && y! >= s - sy && y! <= n + sy, `${name} ${x},${y}`).toBe(true);
        }
      }
    }
  });

  it('keeps every country that reaches into the box, with its name, ISO codes and nothing else', () => {
    const countries = decoded(file, 'countries');
    const names = countries.map((c) => c.properties!.name).sort();
    expect(names).toEqual(['Bahamas', 'Cuba', 'United States of America']);
    expect(countries.find((c) => c.id === '840')!.properties).toEqual({ name: 'United States of America', iso: 'US' });
    // Independent check: every country with a vertex strictly inside the box is there.
    for (const c of feature(world50m, world50m.objects.countries).features) {
      const inside = positions(c.geometry).some(([x, y]) => x! > USSE[0] && x! < USSE[2] && y! > USSE[1] && y! < USSE[3]);
      if (inside) expect(names).toContain(c.properties.name);
    }
  });

  it('keeps countries without an ISO code (they would be holes in the land), named by their name', () => {
    const cyprus = buildBasemap({ world: world50m, box: [31, 34, 36, 36.5], detail: '50m' });
    const north = decoded(cyprus, 'countries').find((c) => c.properties!.name === 'N. Cyprus')!;
    expect(north.id).toBe('N. Cyprus');
    expect(north.properties).toEqual({ name: 'N. Cyprus' });
  });

  it('makes land the union of the countries', () => {
    const land = geoArea(decoded(file, 'land')[0]!);
    const countries = decoded(file, 'countries').reduce((sum, c) => sum + geoArea(c), 0);
    expect(Math.abs(land - countries) / countries).toBeLessThan(1e-6);
    expect(land * KM2).toBeGreaterThan(1e6);
  });

  it('draws borders only between two different countries: every border vertex is on two of them', () => {
    const mexico = buildBasemap({ world: world50m, box: [-118, 25, -95, 35], detail: '50m' });
    const on = new Map<string, Set<string>>();
    for (const c of decoded(mexico, 'countries')) for (const p of positions(c.geometry)) on.set(`${p}`, (on.get(`${p}`) ?? new Set()).add(String(c.id)));
    const borders = positions(decoded(mexico, 'borders')[0]!.geometry);
    expect(borders.length).toBeGreaterThan(50);
    expect(positions(decoded(file, 'borders')[0]!.geometry)).toEqual([]); // the US south-east has no land border
    for (const p of borders) expect(on.get(`${p}`)?.size ?? 0, `${p}`).toBeGreaterThanOrEqual(2);
  });

  it('is the same bytes every time', () => {
    const again = buildBasemap({ world: world('50m'), box: USSE, detail: '50m' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(file));
  });

  it('keeps more detail inside the focus', () => {
    const box: Box = [20.5, 21, 56.5, 47.5];
    const focus: Box = [32.5, 30, 44.5, 39.6];
    const insideFocus = (f: BasemapFile) =>
      decoded(f, 'countries').flatMap((c) => positions(c.geometry)).filter(([x, y]) => x! > focus[0] && x! < focus[2] && y! > focus[1] && y! < focus[3]).length;
    const plain = buildBasemap({ world: world50m, box, detail: '50m' });
    const focused = buildBasemap({ world: world50m, box, detail: '50m', focus });
    expect(insideFocus(focused)).toBeGreaterThan(insideFocus(plain));
    expect(focused.scrollstage.focus).toEqual(focus);
  });
});

describe('buildBasemap layers', () => {
  const areas = layerFeatures(
    {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { CODE: 'in', name: 'Inside' }, geometry: { type: 'Polygon', coordinates: [[[-85, 30], [-84, 30], [-84, 31], [-85, 30]]] } },
        { type: 'Feature', properties: { CODE: 'across' }, geometry: { type: 'Polygon', coordinates: [[[-95, 30], [-90, 30], [-90, 31], [-95, 30]]] } },
        { type: 'Feature', properties: { CODE: 'out' }, geometry: { type: 'Polygon', coordinates: [[[-100, 30], [-99, 30], [-99, 31], [-100, 30]]] } }
      ]
    },
    'counties',
    'counties.geojson',
    'CODE'
  );
  const rivers = layerFeatures(
    { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'r', properties: {}, geometry: { type: 'LineString', coordinates: [[-95, 33], [-80, 33]] } }] },
    'rivers',
    'rivers.geojson',
    null
  );
  const towns = layerFeatures(
    {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'a' }, geometry: { type: 'Point', coordinates: [-84, 33] } },
        { type: 'Feature', properties: { id: 'b' }, geometry: { type: 'Point', coordinates: [-100, 33] } }
      ]
    },
    'towns',
    'towns.geojson',
    'id'
  );
  const file = buildBasemap({ world: world50m, box: USSE, detail: '50m', layers: [areas, rivers, towns], credits: ['My county data, CC BY 4.0'] });

  it('adds one object per layer after the basemap’s own, with ids and names', () => {
    expect(Object.keys(file.objects)).toEqual(['land', 'countries', 'borders', 'counties', 'rivers', 'towns']);
    expect(decoded(file, 'counties').map((f) => [f.id, f.properties])).toEqual([
      ['in', { name: 'Inside' }],
      ['across', {}]
    ]);
    expect(file.scrollstage.layers).toEqual({
      counties: { idProperty: 'CODE', geometry: 'polygon' },
      rivers: { idProperty: null, geometry: 'line' },
      towns: { idProperty: 'id', geometry: 'point' }
    });
    expect(file.scrollstage.credits).toEqual(['Natural Earth', 'My county data, CC BY 4.0']);
  });

  it('clips areas and lines to the box and drops points outside it', () => {
    const across = decoded(file, 'counties').find((f) => f.id === 'across')!;
    expect(Math.min(...positions(across.geometry).map(([x]) => x!))).toBeCloseTo(-92, 3);
    const river = positions(decoded(file, 'rivers')[0]!.geometry);
    expect(river[0]![0]).toBeCloseTo(-92, 3);
    expect(decoded(file, 'towns').map((f) => f.id)).toEqual(['a']);
  });
});
