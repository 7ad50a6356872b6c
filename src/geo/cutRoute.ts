/**
 * The part of a line between two distances from its start, km: the cut points and every
 * waypoint between them. Distances are clamped to the line; `from > to` gives the same
 * stretch (a line always runs start to end).
 */
import { cumulativeKm, type LonLat } from './cumulativeKm.js';
import { pointAtKm } from './pointAtKm.js';

export function cutRoute(
  coordinates: readonly LonLat[],
  fromKm: number,
  toKm: number,
  cumulative = cumulativeKm(coordinates)
): LonLat[] {
  const total = cumulative.at(-1) ?? 0;
  const a = Math.max(0, Math.min(total, Math.min(fromKm, toKm)));
  const b = Math.max(0, Math.min(total, Math.max(fromKm, toKm)));
  const out: LonLat[] = [pointAtKm(coordinates, a, cumulative)];
  coordinates.forEach((point, i) => {
    if (cumulative[i]! > a && cumulative[i]! < b) out.push([...point]);
  });
  out.push(pointAtKm(coordinates, b, cumulative));
  return out;
}
