import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from '../../../../src/geo/basemap/decodeBasemap.js';

const flagship = JSON.parse(readFileSync(new URL('../../../../stories/idlib-m5.basemap.json', import.meta.url), 'utf8'));
const tile = JSON.parse(readFileSync(new URL('../../../../src/geo/world/50m/6-7.json', import.meta.url), 'utf8'));

describe('decodeBasemap', () => {
  it('gives the land, the countries with names and ISO codes, the borders, the layers and what the file says of itself', () => {
    const map = decodeBasemap(flagship);
    expect(map.bbox).toEqual([20.5, 21, 56.5, 47.5]);
    expect(map.focus).toEqual([32.5, 30, 44.5, 39.6]);
    expect(map.detail).toBe('10m');
    expect(map.credits).toEqual(['Natural Earth', 'OCHA COD-AB, CC BY 3.0 IGO']);
    expect(map.land.features).toHaveLength(1);
    expect(map.land.features[0]!.geometry.type).toBe('MultiPolygon');
    expect(map.countries.find((c) => c.id === '760')!.properties).toEqual({ name: 'Syria', iso: 'SY' });
    expect(map.borders.type).toBe('MultiLineString');
    expect(map.borders.coordinates.length).toBeGreaterThan(10);
    expect(Object.keys(map.layers)).toEqual(['governorates']);
    expect(map.layers.governorates!.map((f) => [f.id, f.properties.name])).toEqual([
      ['SY02', 'Aleppo'],
      ['SY07', 'Idleb']
    ]);
  });

  it('decodes a world tile, which has no focus and no layers', () => {
    const map = decodeBasemap(tile);
    expect(map.focus).toBeUndefined();
    expect(map.layers).toEqual({});
    expect(map.countries.map((c) => c.properties.iso).sort()).toContain('US');
  });

  const without = (path: string[]) => {
    const copy = structuredClone(flagship);
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    delete parent[path[path.length - 1]!];
    return copy;
  };

  it.each([
    ['not an object', 'just text', 'it is not a TopoJSON topology'],
    ['a GeoJSON file', { type: 'FeatureCollection', features: [] }, 'it is not a TopoJSON topology ("type": "Topology")'],
    ['a plain TopoJSON file', without(['scrollstage']), 'it has no "scrollstage" member (a plain TopoJSON file)'],
    ['a file without its box', without(['scrollstage', 'bbox']), 'its "scrollstage" member has no bbox'],
    ['a file without its detail', without(['scrollstage', 'detail']), 'its "scrollstage" member has no detail ("10m", "50m" or "110m")'],
    ['a file without land', without(['objects', 'land']), 'it has no "land" object'],
    ['a file without a layer it lists', without(['objects', 'governorates']), 'it has no "governorates" object'],
    ['a file without arcs', without(['arcs']), 'it has no "arcs"'],
    ['a newer format', { ...flagship, scrollstage: { ...flagship.scrollstage, format: 2 } }, 'it is format 2, newer than this scrollstage reads (1): update scrollstage']
  ])('names what is missing from %s', (_, json, message) => {
    expect(() => decodeBasemap(json, 'https://example.org/my.basemap.json')).toThrow(
      `scrollstage: https://example.org/my.basemap.json is not a scrollstage basemap: ${message}`
    );
  });
});
