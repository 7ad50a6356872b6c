/**
 * `--graphics FILE`: graphic types of an app's own, for commands that check or draw its
 * stories. FILE is an ES module whose `graphics` export (or default export) is a list of
 * definitions; for `validate`, models without components (`defineGraphicModel` from
 * `scrollstage/story`) are enough, and load in plain Node.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphicModel } from '../core/defineGraphic.js';
import { checkModel } from '../core/defineGraphic.js';

export class GraphicsFileError extends Error {}

export async function loadGraphics(files: readonly string[], cwd: string): Promise<GraphicModel<never>[]> {
  const all: GraphicModel<never>[] = [];
  for (const file of files) {
    let module: Record<string, unknown>;
    try {
      module = (await import(/* @vite-ignore */ pathToFileURL(resolve(cwd, file)).href)) as Record<string, unknown>;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      const why = code === 'ERR_MODULE_NOT_FOUND' ? 'no such module, or it imports one that cannot be found' : String((error as Error)?.message ?? error).split('\n')[0];
      throw new GraphicsFileError(`--graphics ${file}: cannot load it (${why}); give an ES module (.js or .mjs) of definitions without Svelte components (defineGraphicModel from scrollstage/story)`);
    }
    const list = module.graphics ?? module.default;
    if (!Array.isArray(list)) throw new GraphicsFileError(`--graphics ${file}: export a list of graphic definitions as "graphics" (or as the default export)`);
    for (const [i, model] of list.entries()) {
      try {
        checkModel(model as GraphicModel<never>);
      } catch (error) {
        throw new GraphicsFileError(`--graphics ${file}: item ${i}: ${(error as Error).message.replace(/^scrollstage: /, '')}`);
      }
      all.push(model as GraphicModel<never>);
    }
  }
  return all;
}
