/**
 * Distance from the start of a line to each of its points, km, along great circles.
 */
import { geoDistance } from './sphere.js';

/** IUGG mean Earth radius, km: the radius for which great-circle lengths match most references. */
export const EARTH_RADIUS_KM = 6371.0088;

export type LonLat = [number, number];

export function cumulativeKm(coordinates: readonly LonLat[]): number[] {
  const out: number[] = [];
  let total = 0;
  coordinates.forEach((point, i) => {
    if (i > 0) total += geoDistance(coordinates[i - 1]!, point) * EARTH_RADIUS_KM;
    out.push(total);
  });
  return out;
}
