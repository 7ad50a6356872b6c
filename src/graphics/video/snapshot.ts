/**
 * What the video graphic adds for standalone snapshots: an SVG drawing of its poster, and
 * the file it shows. Kept apart from the definition so the script-tag embed, which never
 * draws snapshots, leaves it out (scripts/build.js replaces every graphic's `snapshot.ts`
 * there).
 */
import type { GraphicDefinition } from '../../core/defineGraphic.js';
import type { VideoState } from './state.js';
import VideoSnapshot from './VideoSnapshot.svelte';

export const snapshotParts: Pick<GraphicDefinition<VideoState>, 'snapshot' | 'snapshotRules' | 'snapshotFiles'> = {
  snapshot: VideoSnapshot,
  snapshotFiles: (state) => [state.poster]
};
