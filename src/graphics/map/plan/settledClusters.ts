/**
 * Where a step's convoys sit once they have arrived, on screen under a camera transform:
 * one box per convoy's cluster, from the geometry the convoy layer draws with
 * (`convoyGeometry` at the vehicle spacing, which the layer divides by the camera scale
 * in base coordinates: the same marks). Labels keep clear of these.
 */
import type { MapProjection } from '../../../geo/conicProjection.js';
import type { Story } from '../../../schema/parseStory.js';
import { convoyGeometry } from './moverMarkPositions.js';
import { convoyClusterBoxes } from './moverClusterBoxes.js';
import { MOVER_RADIUS, MOVER_SPACING } from './moverConstants.js';
import type { Rect, Transform } from '../../../geo/viewTransform.js';
import { convoyTracks } from './moverTracks.js';
import { mapStateAt } from '../state.js';

export interface SettledCluster extends Rect {
  /** `convoy:<id>`, the obstacle id. */
  id: string;
  /** The place the convoy ends at. */
  place: string | undefined;
}

export function settledClusters(story: Story, index: number, projection: MapProjection, t: Transform): SettledCluster[] {
  const state = mapStateAt(story, index);
  if (!state || state.convoys.length === 0) return [];
  const tracks = convoyTracks(story, state, (lonLat) => {
    const [x, y] = projection(lonLat) as [number, number];
    return [t.x + x * t.k, t.y + y * t.k];
  });
  const boxes = convoyClusterBoxes(convoyGeometry(tracks, MOVER_SPACING), MOVER_RADIUS);
  return tracks.map((track, i) => ({ id: `convoy:${track.id}`, place: track.destination, ...boxes[i]! }));
}
