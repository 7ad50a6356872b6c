/** The line chart: its definition (model.ts) with its component and its SVG-only snapshot. */
import { defineGraphic, type GraphicDefinition } from '../../core/defineGraphic.js';
import { lineChartModel } from './model.js';
import LineChart from './LineChart.svelte';
import { snapshotParts } from './snapshot.js';

export const lineChart: GraphicDefinition = defineGraphic({
  ...lineChartModel,
  component: LineChart,
  ...snapshotParts
}) as unknown as GraphicDefinition;
