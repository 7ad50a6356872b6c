/**
 * Ground km per base-coordinate unit at a base point (the local scale of the projection),
 * measured over a short horizontal step.
 */
import { geoDistance } from './sphere.js';
import type { MapProjection } from './mapProjection.js';
import { EARTH_RADIUS_KM } from './cumulativeKm.js';

/** Half the step measured, base units: small against the map, large against rounding. */
const HALF_STEP = 2;

export function kmPerUnit(projection: MapProjection, [x, y]: [number, number]): number {
  const a = projection.invert?.([x - HALF_STEP, y]);
  const b = projection.invert?.([x + HALF_STEP, y]);
  if (!a || !b) return NaN;
  return (geoDistance(a, b) * EARTH_RADIUS_KM) / (2 * HALF_STEP);
}
