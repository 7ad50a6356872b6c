/**
 * Decodes a scrollstage basemap file (basemapFile.ts: what `scrollstage basemap` and the
 * world basemap script write) into the GeoJSON a map draws. Pure, and small: it runs in the
 * embed. Throws one error naming what is missing when the JSON is not such a basemap.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { BASEMAP_FORMAT, BASE_OBJECTS, type BasemapFile, type Box, type CountryProperties, type Detail, type LayerProperties } from './basemapFile.js';

export interface DecodedBasemap {
  /** What the basemap covers; west > east when it crosses the antimeridian (merged tiles). */
  bbox: Box;
  focus?: Box;
  detail: Detail;
  credits: string[];
  /** One feature: all the land, as one MultiPolygon. */
  land: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  /** id: ISO 3166-1 numeric (or the name when there is none); properties.iso: alpha-2. */
  countries: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, CountryProperties>[];
  /** Lines between two different countries only: never the box's or a tile's edge. */
  borders: GeoJSON.MultiLineString;
  /** The author's layers by name; each feature's id is what a story names. */
  layers: Record<string, GeoJSON.Feature<GeoJSON.Geometry, LayerProperties>[]>;
}

const DETAILS: readonly unknown[] = ['10m', '50m', '110m'] satisfies Detail[];
const isBox = (b: unknown): b is Box => Array.isArray(b) && b.length === 4 && b.every((n) => typeof n === 'number' && Number.isFinite(n));
const isCollection = (o: unknown): o is GeometryCollection => (o as GeometryCollection | undefined)?.type === 'GeometryCollection' && Array.isArray((o as GeometryCollection).geometries);

/** What keeps the JSON from being a basemap this version reads, or null. */
export function basemapProblem(json: unknown): string | null {
  const file = json as Partial<BasemapFile> | null;
  if (typeof file !== 'object' || file === null || file.type !== 'Topology') return 'it is not a TopoJSON topology ("type": "Topology")';
  const meta = file.scrollstage;
  if (typeof meta !== 'object' || meta === null) return 'it has no "scrollstage" member (a plain TopoJSON file)';
  if (typeof meta.format !== 'number') return 'its "scrollstage" member has no format number';
  if (meta.format > BASEMAP_FORMAT) return `it is format ${meta.format}, newer than this scrollstage reads (${BASEMAP_FORMAT}): update scrollstage`;
  if (!isBox(meta.bbox)) return 'its "scrollstage" member has no bbox [west, south, east, north]';
  if (!DETAILS.includes(meta.detail)) return 'its "scrollstage" member has no detail ("10m", "50m" or "110m")';
  if (!Array.isArray(file.arcs)) return 'it has no "arcs"';
  if (typeof file.objects !== 'object' || file.objects === null) return 'it has no "objects"';
  for (const name of [...BASE_OBJECTS, ...Object.keys(meta.layers ?? {})]) {
    if (!isCollection(file.objects[name])) return `it has no "${name}" object (a GeometryCollection)`;
  }
  return null;
}

/** The first geometry of a one-geometry collection (land, borders), decoded. */
function single<T extends GeoJSON.Geometry>(topo: Topology, collection: GeometryCollection, empty: T): T {
  const geometry = collection.geometries[0];
  return geometry ? ((feature(topo, geometry as GeometryObject) as GeoJSON.Feature).geometry as T) : empty;
}

/**
 * The basemap's GeoJSON. `source` (a URL or a file name) goes into the error message.
 * @throws Error `scrollstage: SOURCE is not a scrollstage basemap: WHAT IS MISSING (...)`
 */
export function decodeBasemap(json: unknown, source = 'the basemap'): DecodedBasemap {
  const wrong = basemapProblem(json);
  if (wrong) throw new Error(`scrollstage: ${source} is not a scrollstage basemap: ${wrong} (write one with \`scrollstage basemap\`)`);
  const file = json as BasemapFile;
  const { objects, scrollstage: meta } = file;
  const countries = objects.countries;
  const land = single<GeoJSON.MultiPolygon>(file, objects.land, { type: 'MultiPolygon', coordinates: [] });
  const borders = single<GeoJSON.MultiLineString>(file, objects.borders, { type: 'MultiLineString', coordinates: [] });
  const layers: DecodedBasemap['layers'] = {};
  for (const name of Object.keys(meta.layers ?? {})) {
    layers[name] = feature(file, objects[name]!).features as DecodedBasemap['layers'][string];
  }
  return {
    bbox: meta.bbox,
    ...(isBox(meta.focus) ? { focus: meta.focus } : {}),
    detail: meta.detail,
    credits: Array.isArray(meta.credits) ? meta.credits.filter((c) => typeof c === 'string') : [],
    land: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: land }] },
    countries: feature(file, countries).features as DecodedBasemap['countries'],
    borders,
    layers
  };
}
