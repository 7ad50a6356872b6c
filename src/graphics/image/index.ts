/** The image graphic: its definition (model.ts) with its component and its SVG snapshot. */
import { defineGraphic, type GraphicDefinition } from '../../core/defineGraphic.js';
import { imageModel } from './model.js';
import ImageGraphic from './ImageGraphic.svelte';
import { snapshotParts } from './snapshot.js';

export const image: GraphicDefinition = defineGraphic({
  ...imageModel,
  component: ImageGraphic,
  ...snapshotParts
}) as unknown as GraphicDefinition;
