/**
 * What the locator inset shows round the map's view, so a reader zoomed in knows where that
 * is: the story's focus countries, else the country the story's region lies in (its largest
 * piece: mainland France, not its overseas parts), else the region with the land round it.
 * Limited to what the basemap covers. Pure: the inset draws from it and the layout sizes the
 * inset to its shape.
 */
import type { Box } from '../../../geo/basemap/basemapFile.js';
import { regionOutline } from '../../../geo/baseProjection.js';
import { fitProjection, type MapProjection } from '../../../geo/mapProjection.js';
import type { MapGeography } from './mapGeography.js';
import { findCountry } from './mapGeography.js';
import { featureId } from './namedFeatures.js';
import type { NamedFeature } from '../schema.js';

type Polygon = GeoJSON.Position[][];

export interface LocatorContext {
  /** What the inset is fitted to: the countries' outlines, or a box outline. */
  fit: GeoJSON.GeoJSON;
  /** Lon/lat box of it, for choosing which land to draw. */
  box: Box;
  /** Countries shaded in the inset (the story's own). */
  highlight: GeoJSON.MultiPolygon;
}

/** How much wider than the region a box context is: the region must be small inside it. */
const BOX_CONTEXT = 4;

function boxOf(polygons: readonly Polygon[]): Box {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const polygon of polygons) for (const [x, y] of polygon[0] ?? []) {
    if (x! < w) w = x!;
    if (x! > e) e = x!;
    if (y! < s) s = y!;
    if (y! > n) n = y!;
  }
  return [w, s, e, n];
}

const area = (box: Box) => Math.max(0, box[2] - box[0]) * Math.max(0, box[3] - box[1]);

/** A country's largest piece by box: what the reader recognises it by. */
function mainPiece(geometry: GeoJSON.MultiPolygon): Polygon | undefined {
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const polygon of geometry.coordinates) {
    const a = area(boxOf([polygon]));
    if (a > bestArea) [best, bestArea] = [polygon, a];
  }
  return best;
}

/** Even-odd test of a lon/lat point against a polygon's rings (planar: fine for which country holds a point). */
function contains(polygon: Polygon, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function locatorContext(geo: MapGeography, focus: readonly NamedFeature[]): LocatorContext {
  const [w, s, e, n] = geo.region;
  const centre: [number, number] = [(w + e) / 2, (s + n) / 2];
  let countries = focus.map((f) => findCountry(geo.countries, featureId(f))).filter((c) => c !== undefined);
  if (countries.length === 0) {
    const home = geo.countries.find((c) => c.geometry.coordinates.some((p) => contains(p as Polygon, centre)));
    if (home) countries = [home];
  }
  const pieces = countries.map((c) => mainPiece(c.geometry as GeoJSON.MultiPolygon)).filter((p) => p !== undefined);
  const highlight: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: countries.flatMap((c) => (c.geometry as GeoJSON.MultiPolygon).coordinates) };
  if (pieces.length) {
    const box = boxOf(pieces);
    return { fit: { type: 'MultiPolygon', coordinates: pieces }, box, highlight };
  }
  const grow = (BOX_CONTEXT - 1) / 2;
  const box: Box = [w - (e - w) * grow, Math.max(-85, s - (n - s) * grow), e + (e - w) * grow, Math.min(85, n + (n - s) * grow)];
  return { fit: regionOutline(box), box, highlight };
}

/** The inset's projection: the map's, fitted to the context inside the inset's box. */
export function locatorProjection(projection: MapProjection, context: LocatorContext, [[x0, y0], [x1, y1]]: [[number, number], [number, number]]): MapProjection {
  return fitProjection(projection.spec, [[x0, y0], [x1, y1]], context.fit);
}

/** Height over width of the context in the map's projection: the inset's shape. */
export function locatorAspect(projection: MapProjection, context: LocatorContext): number {
  const unit = fitProjection(projection.spec, [[0, 0], [1000, 1000]], context.fit);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (p: GeoJSON.Position) => {
    const [x, y] = unit(p as [number, number]);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  const fit = context.fit as GeoJSON.MultiPolygon | GeoJSON.MultiPoint;
  if (fit.type === 'MultiPoint') fit.coordinates.forEach(visit);
  else for (const polygon of fit.coordinates) polygon[0]?.forEach(visit);
  return maxX > minX ? (maxY - minY) / (maxX - minX) : 1;
}
