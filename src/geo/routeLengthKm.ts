/** Length of a line of [lon, lat] points, km. */
import { cumulativeKm, type LonLat } from './cumulativeKm.js';

export function routeLengthKm(coordinates: readonly LonLat[]): number {
  return cumulativeKm(coordinates).at(-1) ?? 0;
}
