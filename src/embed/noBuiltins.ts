/**
 * Stands in for `src/graphics/builtins.ts` and `builtinModels.ts` in the embed build: there,
 * the built-in types are loaded on demand (lazyBuiltins.ts, storyGraphics.ts), so the core
 * every story downloads carries none of them.
 */
import type { GraphicDefinition, GraphicModel } from '../core/defineGraphic.js';

export const BUILTIN_GRAPHICS: readonly GraphicDefinition[] = [];
export const BUILTIN_MODELS: readonly GraphicModel[] = [];
