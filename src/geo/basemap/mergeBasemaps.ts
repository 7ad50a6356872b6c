/**
 * Joins decoded basemaps (tiles of the world basemap) into one: countries with the same id
 * become one feature with all their area and no tile edge inside (dissolvePolygons), the land
 * likewise, borders and layer lines together, credits once each, the bbox their union. Tile
 * edges are never stroked: each tile's borders are only lines between two different
 * countries (the tile edge is no such line), and the outlines of countries and land lose
 * their tile edges in the dissolve.
 */
import type { Box } from './basemapFile.js';
import type { DecodedBasemap } from './decodeBasemap.js';
import { dissolvePolygons } from './dissolvePolygons.js';
import { unionBox } from './unionBox.js';

type Position = number[];
type AnyFeature = GeoJSON.Feature<GeoJSON.Geometry | null, GeoJSON.GeoJsonProperties>;

function polygonsOf(geometry: GeoJSON.Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** One geometry from several of one kind: polygons dissolved, lines and points gathered. */
function joinGeometries(geometries: GeoJSON.Geometry[]): GeoJSON.Geometry {
  const first = geometries[0]!;
  if (geometries.length === 1) return first;
  if (first.type === 'Polygon' || first.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: dissolvePolygons(geometries.flatMap(polygonsOf)) };
  }
  if (first.type === 'LineString' || first.type === 'MultiLineString') {
    const lines = geometries.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []));
    return { type: 'MultiLineString', coordinates: lines };
  }
  const points = geometries.flatMap((g) => (g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : []));
  return { type: 'MultiPoint', coordinates: points };
}

/**
 * Features with the same id joined into one, in the order each id first appears. Countries
 * must also share their name: world-atlas gives Australia's id to Ashmore and Cartier Is.
 */
function joinById<F extends AnyFeature>(features: readonly F[]): F[] {
  const byId = new Map<string, F[]>();
  const loose: F[] = [];
  for (const f of features) {
    const key = `${f.id}\n${f.properties?.name ?? ''}`;
    if (f.id === undefined) loose.push(f);
    else byId.set(key, [...(byId.get(key) ?? []), f]);
  }
  const joined = [...byId.values()].map((group) =>
    group.length === 1 ? group[0]! : { ...group[0]!, geometry: joinGeometries(group.flatMap((f) => (f.geometry ? [f.geometry] : []))) }
  );
  return [...joined, ...loose];
}

export function mergeBasemaps(parts: readonly DecodedBasemap[]): DecodedBasemap {
  if (!parts.length) throw new Error('scrollstage: mergeBasemaps needs at least one basemap');
  if (parts.length === 1) return parts[0]!;
  const layers: DecodedBasemap['layers'] = {};
  for (const part of parts) for (const [name, features] of Object.entries(part.layers)) layers[name] = [...(layers[name] ?? []), ...features];
  for (const name of Object.keys(layers)) layers[name] = joinById(layers[name]!);
  const focuses = parts.flatMap((p) => (p.focus ? [p.focus] : []));
  const land = dissolvePolygons(parts.flatMap((p) => p.land.features.flatMap((f) => polygonsOf(f.geometry))));
  return {
    bbox: unionBox(parts.map((p) => p.bbox)),
    ...(focuses.length ? { focus: unionBox(focuses) as Box } : {}),
    // The coarsest: a merged map is only as detailed as its least detailed part.
    detail: parts.map((p) => p.detail).sort((a, b) => parseInt(b) - parseInt(a))[0]!,
    credits: [...new Set(parts.flatMap((p) => p.credits))],
    land: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: land } }] },
    countries: joinById(parts.flatMap((p) => p.countries)) as DecodedBasemap['countries'],
    borders: { type: 'MultiLineString', coordinates: parts.flatMap((p) => p.borders.coordinates) },
    layers
  };
}
