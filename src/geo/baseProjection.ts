/**
 * The map's one projection for a given size: the story's projection fitted so that the whole
 * region zoom 0 shows fills the size. Everything in base coordinates (basemap paths, routes)
 * is computed once per size; the camera then zooms and pans by transform.
 */
import type { Box } from './basemap/basemapFile.js';
import { fitProjection, type MapProjection, type ProjectionSpec } from './mapProjection.js';

export type { MapProjection } from './mapProjection.js';

/** Points along each edge of the region, so the fit follows the curved parallels. */
const EDGE_SAMPLES = 16;

export function regionOutline([west, south, east, north]: Box): GeoJSON.MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= EDGE_SAMPLES; i++) {
    const t = i / EDGE_SAMPLES;
    const lon = west + (east - west) * t;
    const lat = south + (north - south) * t;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

export function baseProjection(width: number, height: number, spec: ProjectionSpec, region: Box): MapProjection {
  return fitProjection(
    spec,
    [
      [0, 0],
      [Math.max(1, width), Math.max(1, height)]
    ],
    regionOutline(region)
  );
}
