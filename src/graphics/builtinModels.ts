/**
 * The built-in graphic types without their components: what validation needs. One line per
 * type; `builtins.ts` lists the same types with their components.
 */
import type { GraphicModel } from '../core/defineGraphic.js';
import { mapModel } from './map/model.js';
import { unitChartModel } from './unit-chart/model.js';
import { barChartModel } from './bar-chart/model.js';
import { lineChartModel } from './line-chart/model.js';
import { imageModel } from './image/model.js';
import { videoModel } from './video/model.js';

export const BUILTIN_MODELS: readonly GraphicModel[] = [mapModel, unitChartModel, barChartModel, lineChartModel, imageModel, videoModel] as unknown as GraphicModel[];
