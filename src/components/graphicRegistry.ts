/**
 * The story names graphics by type; this maps each type to the component that draws it.
 * A test checks that these keys and the schema's graphic types agree.
 */
import type { Component } from 'svelte';
import type { GraphicType } from '../schema/storySchema.js';
import type { GraphicProps } from './graphicProps.js';
import CorridorMap from '../graphics/map/CorridorMap.svelte';
import UnitChart from '../graphics/unit-chart/UnitChart.svelte';

export const GRAPHICS: Record<GraphicType, Component<GraphicProps>> = {
  'corridor-map': CorridorMap,
  'unit-chart': UnitChart
};
