/** The map graphic: its definition (model.ts) with its component and what its snapshots need. */
import { defineGraphic, type GraphicDefinition } from '../../core/defineGraphic.js';
import { mapModel } from './model.js';
import { snapshotParts } from './snapshot.js';
import CorridorMap from './CorridorMap.svelte';

export const map: GraphicDefinition = defineGraphic({
  ...mapModel,
  component: CorridorMap,
  ...snapshotParts
}) as unknown as GraphicDefinition;
