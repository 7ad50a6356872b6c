/**
 * The scrollstage basemap file: a TopoJSON topology that `scrollstage basemap` writes and the
 * map reads. Objects `land` (one MultiPolygon), `countries` (id = ISO 3166-1 numeric or the
 * name, properties.name, properties.iso = alpha-2), `borders` (one MultiLineString: the mesh
 * between two different countries) and one object per layer; a `scrollstage` member says
 * what the file holds. Types only, and the names the format reserves.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A box in degrees, [west, south, east, north]; west > east means it crosses the antimeridian. */
export type Box = [number, number, number, number];

/** Natural Earth scale of the countries: 1:10m, 1:50m or 1:110m. */
export type Detail = '10m' | '50m' | '110m';

export type LayerGeometry = 'polygon' | 'line' | 'point';

export interface BasemapMeta {
  /** Version of this format; a reader refuses a newer one. */
  format: number;
  bbox: Box;
  /** Part of the box kept at (nearly) full detail, when the author gave one. */
  focus?: Box;
  detail: Detail;
  layers: Record<string, { idProperty: string | null; geometry: LayerGeometry }>;
  /** Who to credit on screen for the geography, in order. */
  credits: string[];
}

export interface CountryProperties {
  name: string;
  /** ISO 3166-1 alpha-2, when the country has one (for Intl.DisplayNames). */
  iso?: string;
}

export interface LayerProperties {
  name?: string;
}

export type BasemapFile = Topology<{
  land: GeometryCollection;
  countries: GeometryCollection<CountryProperties>;
  borders: GeometryCollection;
  [layer: string]: GeometryCollection<LayerProperties | CountryProperties>;
}> & { bbox: Box; scrollstage: BasemapMeta };

export const BASEMAP_FORMAT = 1;

/** Object names every basemap has; a layer cannot take them. */
export const BASE_OBJECTS = ['land', 'countries', 'borders'] as const;
