/** The video graphic: its definition (model.ts) with its component and its SVG snapshot. */
import { defineGraphic, type GraphicDefinition } from '../../core/defineGraphic.js';
import { videoModel } from './model.js';
import VideoGraphic from './VideoGraphic.svelte';
import { snapshotParts } from './snapshot.js';

export const video: GraphicDefinition = defineGraphic({
  ...videoModel,
  component: VideoGraphic,
  ...snapshotParts
}) as unknown as GraphicDefinition;
