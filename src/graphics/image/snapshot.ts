/**
 * What the image graphic adds for standalone snapshots: an SVG drawing with the picture as
 * an `<image>`, and the file it shows. Kept apart from the definition so the script-tag
 * embed, which never draws snapshots, leaves it out (scripts/build.js replaces every
 * graphic's `snapshot.ts` there).
 */
import type { GraphicDefinition } from '../../core/defineGraphic.js';
import type { ImageState } from './state.js';
import ImageSnapshot from './ImageSnapshot.svelte';

export const snapshotParts: Pick<GraphicDefinition<ImageState>, 'snapshot' | 'snapshotRules' | 'snapshotFiles'> = {
  snapshot: ImageSnapshot,
  snapshotFiles: (state) => [state.src]
};
