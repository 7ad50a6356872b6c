/**
 * The built-in graphic types, with their components: one line per type. A new type is a
 * folder under src/graphics/ and a line here and in builtinModels.ts.
 */
import type { GraphicDefinition } from '../core/defineGraphic.js';
import { map } from './map/index.js';
import { unitChart } from './unit-chart/index.js';
import { barChart } from './bar-chart/index.js';
import { lineChart } from './line-chart/index.js';
import { image } from './image/index.js';
import { video } from './video/index.js';

export const BUILTIN_GRAPHICS: readonly GraphicDefinition[] = [map, unitChart, barChart, lineChart, image, video];
