/**
 * The map's one projection for a given size: a conformal conic with standard parallels
 * spanning Syria, fitted so the whole basemap region fills the size. Conformal, with a
 * scale error under 0.1 % between 34 and 37 N, so km along a road are proportional to px.
 * Everything in base coordinates (basemap paths, routes) is computed once per size.
 * Built on d3-geo's raw projection (see conicProjection), not on d3's projection pipeline.
 */
import { fitConic, type Conic, type MapProjection } from './conicProjection.js';

export type { MapProjection } from './conicProjection.js';

/**
 * The map's conic (the locator inset's too). Standard parallels 33 and 36.5 N: the scale is
 * exact on both, and nearly so across Syria (32.3–37.3 N). Central meridian 38 E, Syria's
 * middle, so north is up across the country.
 */
export const MAP_CONIC: Conic = { parallels: [33, 36.5], meridian: 38 };
/** Points along each edge of the region, so the fit follows the curved parallels. */
const EDGE_SAMPLES = 16;

export type Region = [[number, number], [number, number]];

export function regionOutline([[x0, y0], [x1, y1]]: Region): GeoJSON.MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= EDGE_SAMPLES; i++) {
    const t = i / EDGE_SAMPLES;
    coordinates.push([x0 + (x1 - x0) * t, y0], [x0 + (x1 - x0) * t, y1], [x0, y0 + (y1 - y0) * t], [x1, y0 + (y1 - y0) * t]);
  }
  return { type: 'MultiPoint', coordinates };
}

export function baseProjection(width: number, height: number, region: Region): MapProjection {
  return fitConic(
    MAP_CONIC,
    [
      [0, 0],
      [Math.max(1, width), Math.max(1, height)]
    ],
    regionOutline(region)
  );
}
