/**
 * The map's one projection for a given size: a conformal conic with standard parallels
 * spanning Syria, fitted so the whole basemap region fills the size. Conformal, with a
 * scale error under 0.1 % between 34 and 37 N, so km along a road are proportional to px.
 * Everything in base coordinates (basemap paths, routes) is computed once per size.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';

/** Standard parallels: the scale is exact on both, and nearly so across Syria (32.3–37.3 N). */
const PARALLELS: [number, number] = [33, 36.5];
/** Central meridian 38 E, Syria's middle, so north is up across the country. */
const ROTATE: [number, number] = [-38, 0];
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

export function baseProjection(width: number, height: number, region: Region): GeoProjection {
  return geoConicConformal()
    .parallels(PARALLELS)
    .rotate(ROTATE)
    .fitSize([Math.max(1, width), Math.max(1, height)], regionOutline(region));
}
