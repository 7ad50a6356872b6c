import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decodeBasemap, type DecodedBasemap } from '../../../../src/geo/basemap/decodeBasemap.js';
import { mergeBasemaps } from '../../../../src/geo/basemap/mergeBasemaps.js';
import { worldParts } from '../../../../src/geo/basemap/worldParts.js';
import type { Box } from '../../../../src/geo/basemap/basemapFile.js';

const read = (file: string) => readFileSync(new URL(`../../../../src/geo/world/${file}`, import.meta.url), 'utf8');
const load = (extent: Box) => {
  const { files } = worldParts(extent);
  const texts = files.map(read);
  return { files, bytes: texts.reduce((sum, t) => sum + gzipSync(t).length, 0), parts: texts.map((t, i) => decodeBasemap(JSON.parse(t), files[i])) };
};
const KM2 = 6371.0088 ** 2;

/** Length (degrees) of a geometry's edges that lie on one of the lines, within the span along it. */
function onLines(geometry: GeoJSON.Geometry, lines: { axis: 0 | 1; at: number; from: number; to: number }[]): number {
  const paths =
    geometry.type === 'Polygon' ? geometry.coordinates
    : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat()
    : geometry.type === 'MultiLineString' ? geometry.coordinates
    : [];
  let length = 0;
  for (const path of paths) {
    for (let i = 1; i < path.length; i++) {
      const [a, b] = [path[i - 1]!, path[i]!];
      for (const { axis, at, from, to } of lines) {
        const along = 1 - axis;
        const on = Math.abs(a[axis]! - at) < 1e-9 && Math.abs(b[axis]! - at) < 1e-9;
        if (on && Math.min(a[along]!, b[along]!) >= from && Math.max(a[along]!, b[along]!) <= to) length += Math.abs(b[along]! - a[along]!);
      }
    }
  }
  return length;
}

describe('mergeBasemaps: the US south-east from the world basemap', () => {
  const { parts, bytes, files } = load([-92, 23, -74, 37]);
  const merged = mergeBasemaps(parts);
  // The lines between the six tiles (-105..-60 by 15..45): meridians -90 and -75, the parallel 30.
  const TILE_EDGES = [
    { axis: 0 as const, at: -90, from: 15, to: 45 },
    { axis: 0 as const, at: -75, from: 15, to: 45 },
    { axis: 1 as const, at: 30, from: -105, to: -60 }
  ];

  it('downloads at most 80 KB gzip', () => {
    console.log(`US south-east: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThan(80 * 1024);
  });

  it('joins a country split by tile edges back into one feature with all its area', () => {
    const us = merged.countries.filter((c) => c.id === '840');
    expect(us).toHaveLength(1);
    expect(us[0]!.properties).toEqual({ name: 'United States of America', iso: 'US' });
    const pieces = parts.flatMap((p) => p.countries.filter((c) => c.id === '840'));
    expect(pieces.length).toBeGreaterThan(3);
    const whole = pieces.reduce((sum, c) => sum + geoArea(c), 0);
    expect(Math.abs(geoArea(us[0]!) - whole) / whole).toBeLessThan(1e-5);
    expect(geoArea(us[0]!) * KM2).toBeGreaterThan(4e6);
  });

  it('shows no tile edge: no outline of land or a country, and no border, runs along one', () => {
    expect(onLines(merged.land.features[0]!.geometry, TILE_EDGES)).toBe(0);
    for (const country of merged.countries) expect(onLines(country.geometry, TILE_EDGES), country.properties.name).toBe(0);
    expect(onLines(merged.borders, TILE_EDGES)).toBe(0);
    // ...where each tile on its own has its edge in its outline.
    expect(parts.reduce((sum, p) => sum + onLines(p.land.features[0]!.geometry, TILE_EDGES), 0)).toBeGreaterThan(10);
  });

  it('keeps all the land, every country once, the credits once and the bbox of all tiles', () => {
    const land = parts.reduce((sum, p) => sum + geoArea(p.land.features[0]!), 0);
    expect(Math.abs(geoArea(merged.land.features[0]!) - land) / land).toBeLessThan(1e-5);
    const ids = merged.countries.map((c) => `${c.id} ${c.properties.name}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(merged.credits).toEqual(['Natural Earth']);
    expect(merged.bbox).toEqual([-105, 15, -60, 45]);
    expect(merged.detail).toBe('50m');
  });
});

describe('mergeBasemaps across the antimeridian', () => {
  const { parts } = load([177, -19, -178, -16]);
  const merged = mergeBasemaps(parts);

  it('joins Fiji from both sides into one feature with the area it has in Natural Earth', () => {
    const require = createRequire(import.meta.url);
    const source = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const expected = geoArea(feature(source, source.objects.countries).features.find((c) => c.properties.name === 'Fiji')!);
    const fiji = merged.countries.filter((c) => c.id === '242');
    expect(fiji).toHaveLength(1);
    expect(Math.abs(geoArea(fiji[0]!) - expected) / expected).toBeLessThan(0.01);
  });

  it('has a bbox that crosses it (west > east), not one round the world', () => {
    expect(merged.bbox).toEqual([165, -30, -165, 0]);
  });
});

describe('mergeBasemaps', () => {
  const square = (x0: number, x1: number): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[x0, 0], [x0, 1], [x1, 1], [x1, 0], [x0, 0]]] });
  const part = (west: number, east: number, credits: string[]): DecodedBasemap => ({
    bbox: [west, 0, east, 1],
    detail: '10m',
    credits,
    land: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: square(west, east) }] },
    countries: [{ type: 'Feature', id: 'x', properties: { name: 'X' }, geometry: square(west, east) }],
    borders: { type: 'MultiLineString', coordinates: [] },
    layers: {
      districts: [{ type: 'Feature', id: 'd', properties: { name: 'D' }, geometry: square(west, east) }],
      rivers: [{ type: 'Feature', id: 'r', properties: {}, geometry: { type: 'LineString', coordinates: [[west, 0.5], [east, 0.5]] } }]
    }
  });

  it('returns a single part as it is', () => {
    const one = part(0, 1, ['Natural Earth']);
    expect(mergeBasemaps([one])).toBe(one);
  });

  it('joins layer features by id: areas dissolved, lines gathered; credits once each', () => {
    const merged = mergeBasemaps([part(0, 1, ['Natural Earth', 'Mine']), part(1, 2, ['Natural Earth'])]);
    expect(merged.credits).toEqual(['Natural Earth', 'Mine']);
    expect(merged.layers.districts).toHaveLength(1);
    const district = merged.layers.districts![0]!.geometry as GeoJSON.MultiPolygon;
    expect(district.coordinates).toHaveLength(1);
    expect(district.coordinates[0]).toHaveLength(1);
    expect(onLines(district, [{ axis: 0, at: 1, from: 0, to: 1 }])).toBe(0);
    expect(geoArea(district)).toBeCloseTo(geoArea(square(0, 1)) + geoArea(square(1, 2)), 12);
    expect(merged.layers.rivers![0]!.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[0, 0.5], [1, 0.5]], [[1, 0.5], [2, 0.5]]] });
  });

  it('says so when given nothing', () => {
    expect(() => mergeBasemaps([])).toThrow('scrollstage: mergeBasemaps needs at least one basemap');
  });
});
