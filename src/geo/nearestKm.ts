/**
 * How far along a line (km from its start) lies the point of the line nearest to a given
 * point. Each segment is measured in a local equirectangular frame around the point, which
 * is exact to well under 0.1 % over the few tens of km between waypoints.
 */
import { cumulativeKm, EARTH_RADIUS_KM, type LonLat } from './cumulativeKm.js';

const RADIANS = Math.PI / 180;

export function nearestKm(
  coordinates: readonly LonLat[],
  point: LonLat,
  cumulative = cumulativeKm(coordinates)
): { km: number; offKm: number } {
  const cos = Math.cos(point[1] * RADIANS);
  const local = ([lon, lat]: LonLat): [number, number] => [
    (lon - point[0]) * cos * RADIANS * EARTH_RADIUS_KM,
    (lat - point[1]) * RADIANS * EARTH_RADIUS_KM
  ];
  let best = { km: 0, offKm: Infinity };
  for (let i = 1; i < coordinates.length; i++) {
    const [ax, ay] = local(coordinates[i - 1]!);
    const [bx, by] = local(coordinates[i]!);
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
    const offKm = Math.hypot(ax + t * dx, ay + t * dy);
    if (offKm < best.offKm) {
      const start = cumulative[i - 1]!;
      best = { km: start + t * (cumulative[i]! - start), offKm };
    }
  }
  return best;
}
