/**
 * The graphic types a story needs, for the embed: the built-in ones it names, each loaded
 * from its own file the first time any embed on the page needs it, and the page's own
 * (`scrollstage.define`, which win over a built-in of the same name). Known types the story
 * does not use stand in as names only, so a misspelt type is still told every name it could be.
 */
import { defineGraphicModel, type GraphicDefinition, type GraphicModel } from '../core/defineGraphic.js';
import { LAZY_BUILTINS, type LazyGraphic } from '../graphics/lazyBuiltins.js';
import { EmbedError } from './loadStory.js';

const loading = new Map<LazyGraphic, Promise<GraphicDefinition>>();

/** Every `steps[].graphic.type` string of story JSON not yet validated. */
export function typesNamed(json: unknown): Set<string> {
  const types = new Set<string>();
  const steps = (json as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return types;
  for (const step of steps) {
    const type = (step as { graphic?: { type?: unknown } } | null)?.graphic?.type;
    if (typeof type === 'string') types.add(type);
  }
  return types;
}

function load(entry: LazyGraphic): Promise<GraphicDefinition> {
  let definition = loading.get(entry);
  if (!definition) {
    definition = entry.load().catch((error: unknown) => {
      loading.delete(entry); // a later embed may try again
      throw new EmbedError(`the ${entry.names[0]} graphic could not be loaded (${String((error as Error)?.message ?? error)})`);
    });
    loading.set(entry, definition);
  }
  return definition;
}

/** Starts loading, at once, the built-in types the story JSON names (before it is validated). */
export function startLoading(json: unknown, defined: readonly GraphicDefinition[]): Promise<GraphicDefinition[]> {
  const named = typesNamed(json);
  const own = new Set(defined.flatMap((d) => [d.type, ...(d.aliases ?? [])]));
  const needed = LAZY_BUILTINS.filter((entry) => entry.names.some((name) => named.has(name) && !own.has(name)));
  return Promise.all(needed.map(load));
}

const placeholders = new Map<LazyGraphic, GraphicModel>();

/** Name-only models of the built-in types not loaded: valid type names for validation's messages. */
function placeholder(entry: LazyGraphic): GraphicModel {
  let model = placeholders.get(entry);
  if (!model) {
    const [type, ...aliases] = entry.names as [string, ...string[]];
    model = defineGraphicModel({ type, aliases, fields: {}, openFields: true, describe: () => '' });
    placeholders.set(entry, model);
  }
  return model;
}

/**
 * What to validate and draw the story with: placeholders for the built-ins not loaded, the
 * loaded built-ins, then the page's own (later ones replace earlier ones of the same type).
 */
export function storyGraphics(loaded: readonly GraphicDefinition[], defined: readonly GraphicDefinition[]): GraphicModel[] {
  const loadedTypes = new Set(loaded.map((d) => d.type));
  const names = LAZY_BUILTINS.filter((entry) => !loadedTypes.has(entry.names[0]!)).map(placeholder);
  return [...names, ...(loaded as readonly GraphicModel[]), ...(defined as readonly GraphicModel[])];
}
