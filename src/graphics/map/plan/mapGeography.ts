/**
 * What a story's maps draw on, worked out once per story and basemap: the projection (the
 * story's own, or one chosen from the extent of its places and routes), the region zoom 0
 * shows (that extent with a margin), and the basemap's shapes with the parts that would
 * streak across the map left out (polygons crossing the projection's seam on the far side
 * of the world). Pure; the component projects it per size.
 */
import type { Box } from '../../../geo/basemap/basemapFile.js';
import type { DecodedBasemap } from '../../../geo/basemap/decodeBasemap.js';
import { chooseProjection } from '../../../geo/chooseProjection.js';
import { extentOf, padBox } from '../../../geo/extentOf.js';
import { projectionAt, type MapProjection, type ProjectionSpec } from '../../../geo/mapProjection.js';

export type Basemap = DecodedBasemap;
type Country = Basemap['countries'][number];
type AreaFeature = Basemap['layers'][string][number];

/** Share of the extent's larger side added round it for zoom 0: places at the very edge keep room for their labels. */
const REGION_MARGIN = 0.08;

export interface MapGeography {
  spec: ProjectionSpec;
  /** What zoom 0 shows, [west, south, east, north]. */
  region: Box;
  land: GeoJSON.MultiPolygon;
  countries: Country[];
  borders: GeoJSON.MultiLineString;
  /** Every feature of the basemap's layers, by id (the first of two layers sharing one wins). */
  areas: Map<string, AreaFeature>;
  credits: string[];
}

interface GeographySource {
  projection?: ProjectionSpec | undefined;
  places: readonly { lon: number; lat: number }[];
  routes: readonly { coordinates: readonly (readonly number[])[] }[];
}

/** An empty basemap: maps draw water, routes and places, with no land (no basemap loaded yet, or none at all). */
export const EMPTY_BASEMAP: Basemap = {
  bbox: [-180, -90, 180, 90],
  detail: '110m',
  credits: [],
  land: { type: 'FeatureCollection', features: [] },
  countries: [],
  borders: { type: 'MultiLineString', coordinates: [] },
  layers: {}
};

function polygonsOf(geometry: GeoJSON.Geometry | null | undefined): GeoJSON.Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** The polygons none of whose edges cross the projection's seam. */
function keepNearSide(polygons: GeoJSON.Position[][][], projection: MapProjection): GeoJSON.Position[][][] {
  return polygons.filter((polygon) =>
    polygon.every((ring) => ring.every((p, i) => i === 0 || !projection.crossesSeam(ring[i - 1]!, p)))
  );
}

/** Lines cut where they cross the seam, so no segment streaks across the map. */
function cutAtSeam(lines: GeoJSON.Position[][], projection: MapProjection): GeoJSON.Position[][] {
  const out: GeoJSON.Position[][] = [];
  for (const line of lines) {
    let run: GeoJSON.Position[] = [];
    line.forEach((p, i) => {
      if (i > 0 && projection.crossesSeam(line[i - 1]!, p)) {
        if (run.length > 1) out.push(run);
        run = [];
      }
      run.push(p);
    });
    if (run.length > 1) out.push(run);
  }
  return out;
}

const cache = new WeakMap<object, WeakMap<Basemap, MapGeography>>();

export function mapGeography(story: GeographySource, basemap: Basemap): MapGeography {
  let byBasemap = cache.get(story);
  if (!byBasemap) cache.set(story, (byBasemap = new WeakMap()));
  const known = byBasemap.get(basemap);
  if (known) return known;
  const extent = extentOf(story);
  const region = extent ? padBox(extent, REGION_MARGIN) : basemap.bbox[0] < basemap.bbox[2] ? basemap.bbox : ([-180, -80, 180, 84] as Box);
  const spec = story.projection ?? chooseProjection(region);
  const unit = projectionAt(spec, 1, [0, 0]);
  const land = keepNearSide(basemap.land.features.flatMap((f) => polygonsOf(f.geometry)), unit);
  const countries = basemap.countries
    .map((c) => ({ ...c, geometry: { type: 'MultiPolygon' as const, coordinates: keepNearSide(polygonsOf(c.geometry), unit) } }))
    .filter((c) => c.geometry.coordinates.length > 0);
  const areas = new Map<string, AreaFeature>();
  for (const features of Object.values(basemap.layers)) {
    for (const feature of features) {
      const id = String(feature.id ?? '');
      if (id && !areas.has(id)) areas.set(id, feature);
    }
  }
  const geography: MapGeography = {
    spec,
    region,
    land: { type: 'MultiPolygon', coordinates: land },
    countries,
    borders: { type: 'MultiLineString', coordinates: cutAtSeam(basemap.borders.coordinates, unit) },
    areas,
    credits: basemap.credits
  };
  byBasemap.set(basemap, geography);
  return geography;
}

/** The country a story names (focus, labels): by ISO code, basemap id or name, in any case. */
export function findCountry(countries: readonly Country[], key: string): Country | undefined {
  const wanted = key.toLowerCase();
  return countries.find(
    (c) => c.properties.iso?.toLowerCase() === wanted || String(c.id).toLowerCase() === wanted || c.properties.name.toLowerCase() === wanted
  );
}
