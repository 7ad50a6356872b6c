/**
 * A step's movers as tracks: each path's places projected by `project`, which gives base
 * coordinates where the mover layer draws and screen px where labels are placed.
 */
import type { Story } from '../../../schema/parseStory.js';
import type { MapState } from '../state.js';
import { moverColor } from './moverColor.js';

export interface MoverTrack {
  id: string;
  count: number;
  tone: 'earlier' | 'latest';
  /** Fill of its marks. */
  color: string;
  path: [number, number][];
  /** The place the mover ends at, where its marks settle. */
  destination: string | undefined;
}

export function moverTracks(
  story: Story,
  state: MapState,
  project: (lonLat: [number, number]) => [number, number]
): MoverTrack[] {
  return state.movers.map((c) => ({
    id: c.id,
    count: c.count,
    tone: c.tone ?? 'latest',
    color: moverColor(story, c),
    path: c.path
      .map((id) => story.places.find((p) => p.id === id))
      .filter((p) => p !== undefined)
      .map((p) => project([p.lon, p.lat])),
    destination: c.path.at(-1)
  }));
}
