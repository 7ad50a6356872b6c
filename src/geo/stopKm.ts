/**
 * A stop along a route as km from the route start: `{ km }` as given, a place id as the point
 * of the route nearest that place. Throws, naming the place, when the id is unknown.
 */
import type { Place, Stop } from '../schema/storySchema.js';
import { cumulativeKm, type LonLat } from './cumulativeKm.js';
import { nearestKm } from './nearestKm.js';

export function stopKm(
  stop: Stop,
  coordinates: readonly LonLat[],
  places: readonly Pick<Place, 'id' | 'lon' | 'lat'>[],
  cumulative = cumulativeKm(coordinates)
): number {
  if (typeof stop !== 'string') return Math.max(0, Math.min(stop.km, cumulative.at(-1) ?? 0));
  const place = places.find((p) => p.id === stop);
  if (!place) throw new Error(`scrollstage: stop "${stop}" is not a place id in the story's "places"`);
  return nearestKm(coordinates, [place.lon, place.lat], cumulative).km;
}
