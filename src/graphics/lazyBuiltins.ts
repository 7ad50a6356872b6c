/**
 * The built-in graphic types as the embed loads them: each in a file of its own, fetched only
 * by stories that use it. One line per type, with every name a story may write for it (a test
 * keeps them equal to the definitions' `type` and `aliases`); `builtins.ts` lists the same
 * types for apps, which bundle them themselves.
 */
import type { GraphicDefinition } from '../core/defineGraphic.js';

export interface LazyGraphic {
  /** The type and its aliases. */
  names: readonly string[];
  load(): Promise<GraphicDefinition>;
}

export const LAZY_BUILTINS: readonly LazyGraphic[] = [
  { names: ['map', 'corridor-map'], load: async () => (await import('./map/index.js')).map as unknown as GraphicDefinition },
  { names: ['unit-chart'], load: async () => (await import('./unit-chart/index.js')).unitChart as unknown as GraphicDefinition },
  { names: ['bar-chart'], load: async () => (await import('./bar-chart/index.js')).barChart as unknown as GraphicDefinition },
  { names: ['line-chart'], load: async () => (await import('./line-chart/index.js')).lineChart as unknown as GraphicDefinition },
  { names: ['image'], load: async () => (await import('./image/index.js')).image as unknown as GraphicDefinition },
  { names: ['video'], load: async () => (await import('./video/index.js')).video as unknown as GraphicDefinition }
];
