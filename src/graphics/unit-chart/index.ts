/** The unit chart: its definition (model.ts) with its component and its SVG-only snapshot. */
import { defineGraphic, type GraphicDefinition } from '../../core/defineGraphic.js';
import { unitChartModel } from './model.js';
import UnitChart from './UnitChart.svelte';
import { snapshotParts } from './snapshot.js';

export const unitChart: GraphicDefinition = defineGraphic({
  ...unitChartModel,
  component: UnitChart,
  ...snapshotParts
}) as unknown as GraphicDefinition;
