/** The bar chart: its definition (model.ts) with its component and its SVG-only snapshot. */
import { defineGraphic, type GraphicDefinition } from '../../core/defineGraphic.js';
import { barChartModel } from './model.js';
import BarChart from './BarChart.svelte';
import { snapshotParts } from './snapshot.js';

export const barChart: GraphicDefinition = defineGraphic({
  ...barChartModel,
  component: BarChart,
  ...snapshotParts
}) as unknown as GraphicDefinition;
