/**
 * The camera view a step asks for: `{ fit }` boxes the named places and routes (in base
 * coordinates) into the layout's target rectangle; `{ center, zoom }` zooms on the region.
 */
import type { MapProjection } from '../../../geo/mapProjection.js';
import type { Story } from '../../../schema/parseStory.js';
import type { View } from '../schema.js';
import { boxOf, fitView } from '../../../geo/fitView.js';
import { zoomView } from '../../../geo/zoomView.js';
import { kmPerUnit } from '../../../geo/kmPerUnit.js';
import { regionOutline } from '../../../geo/baseProjection.js';
import type { Box } from '../../../geo/basemap/basemapFile.js';
import type { CameraView } from '../../../geo/viewTransform.js';
import type { MapLayout } from './mapLayout.js';

/** Padding around fitted places, px, when the story gives none: room for a symbol and its label. */
export const DEFAULT_PADDING = 24;
/** Smallest span a fit of one place shows, km: one town alone is seen with its surroundings, not filling the screen. */
export const MIN_FIT_SPAN_KM = 24;
/** Smallest span a fit of several places or a route shows, km: what they span is what the author asked for, down to a few streets. */
export const MIN_FIT_SPAN_MANY_KM = 0.5;

export function targetView(
  story: Story,
  view: View,
  projection: MapProjection,
  layout: MapLayout,
  region: Box
): CameraView {
  const project = (p: [number, number]) => projection(p) as [number, number];
  const regionBox = boxOf(regionOutline(region).coordinates.map((c) => project(c as [number, number])))!;
  if (view.fit) {
    const points: [number, number][] = [];
    for (const id of view.fit) {
      const place = story.places.find((p) => p.id === id);
      if (place) points.push(project([place.lon, place.lat]));
      const route = story.routes.find((r) => r.id === id);
      if (route) points.push(...route.coordinates.map((c) => project(c as [number, number])));
    }
    const box = boxOf(points) ?? regionBox;
    const centre: [number, number] = [box.x + box.width / 2, box.y + box.height / 2];
    const minSpan = (points.length > 1 ? MIN_FIT_SPAN_MANY_KM : MIN_FIT_SPAN_KM) / kmPerUnit(projection, centre);
    return fitView(box, layout.target, layout.frame, view.padding ?? DEFAULT_PADDING, minSpan);
  }
  const centre = project((view.center ?? [(region[0] + region[2]) / 2, (region[1] + region[3]) / 2]) as [number, number]);
  return zoomView(centre, view.zoom ?? 0, regionBox, layout.target, layout.frame);
}
