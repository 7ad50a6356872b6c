/**
 * The point `km` along a line from its start (clamped to the line), on the great circle
 * between the two waypoints it falls between.
 */
import { geoInterpolate } from './sphere.js';
import { cumulativeKm, type LonLat } from './cumulativeKm.js';

export function pointAtKm(coordinates: readonly LonLat[], km: number, cumulative = cumulativeKm(coordinates)): LonLat {
  const total = cumulative.at(-1) ?? 0;
  if (coordinates.length === 0) throw new Error('pointAtKm: the line has no points');
  if (km <= 0) return [...coordinates[0]!];
  if (km >= total) return [...coordinates.at(-1)!];
  let i = 1;
  while (cumulative[i]! < km) i++;
  const a = cumulative[i - 1]!;
  const t = (km - a) / (cumulative[i]! - a || 1);
  return geoInterpolate(coordinates[i - 1]!, coordinates[i]!)(t) as LonLat;
}
