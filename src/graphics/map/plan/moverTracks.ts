/**
 * A step's convoys as tracks: each path's places projected by `project`, which gives base
 * coordinates where the convoy layer draws and screen px where labels are placed.
 */
import type { Story } from '../../../schema/parseStory.js';
import type { CorridorMapState } from '../state.js';

export interface ConvoyTrack {
  id: string;
  count: number;
  tone: 'earlier' | 'latest';
  path: [number, number][];
  /** The place the convoy ends at, where its marks settle. */
  destination: string | undefined;
}

export function convoyTracks(
  story: Story,
  state: CorridorMapState,
  project: (lonLat: [number, number]) => [number, number]
): ConvoyTrack[] {
  return state.convoys.map((c) => ({
    id: c.id,
    count: c.count,
    tone: c.tone ?? 'latest',
    path: c.path
      .map((id) => story.places.find((p) => p.id === id))
      .filter((p) => p !== undefined)
      .map((p) => project([p.lon, p.lat])),
    destination: c.path.at(-1)
  }));
}
