/** Each story route with what the map needs again and again: cumulative km and total length. */
import type { Route } from '../../../schema/storySchema.js';
import { cumulativeKm, type LonLat } from '../../../geo/cumulativeKm.js';

export interface RouteGeometry {
  id: string;
  name: string;
  coordinates: LonLat[];
  cumulative: number[];
  totalKm: number;
}

export function routeGeometry(routes: readonly Route[]): Map<string, RouteGeometry> {
  return new Map(
    routes.map((route) => {
      const coordinates = route.coordinates as LonLat[];
      const cumulative = cumulativeKm(coordinates);
      return [route.id, { id: route.id, name: route.name, coordinates, cumulative, totalKm: cumulative.at(-1) ?? 0 }];
    })
  );
}
