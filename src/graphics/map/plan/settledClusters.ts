/**
 * Where a step's movers sit once they have arrived, on screen under a camera transform:
 * one box per mover's cluster, from the geometry the mover layer draws with
 * (`moverGeometry` at the vehicle spacing, which the layer divides by the camera scale
 * in base coordinates: the same marks). Labels keep clear of these.
 */
import type { MapProjection } from '../../../geo/mapProjection.js';
import type { Story } from '../../../schema/parseStory.js';
import { moverGeometry } from './moverMarkPositions.js';
import { moverClusterBoxes } from './moverClusterBoxes.js';
import { MOVER_RADIUS, MOVER_SPACING } from './moverConstants.js';
import type { Rect, Transform } from '../../../geo/viewTransform.js';
import { moverTracks } from './moverTracks.js';
import { mapStateAt } from '../state.js';

export interface SettledCluster extends Rect {
  /** `mover:<id>`, the obstacle id. */
  id: string;
  /** The place the mover ends at. */
  place: string | undefined;
}

export function settledClusters(story: Story, index: number, projection: MapProjection, t: Transform): SettledCluster[] {
  const state = mapStateAt(story, index);
  if (!state || state.movers.length === 0) return [];
  const tracks = moverTracks(story, state, (lonLat) => {
    const [x, y] = projection(lonLat) as [number, number];
    return [t.x + x * t.k, t.y + y * t.k];
  });
  const boxes = moverClusterBoxes(moverGeometry(tracks, MOVER_SPACING), MOVER_RADIUS);
  return tracks.map((track, i) => ({ id: `mover:${track.id}`, place: track.destination, ...boxes[i]! }));
}
