/**
 * A set of graphic definitions looked up by type: the built-ins, plus a developer's own.
 * Everything that depends on which types exist (the story schema, resolution, the stage,
 * snapshots, data tables) asks a registry. Later definitions replace earlier ones of the same
 * type, so an app can swap a built-in for its own drawing.
 */
import type { GraphicModel } from './defineGraphic.js';

export interface GraphicRegistry<M extends GraphicModel = GraphicModel> {
  /** The definitions, one per type, in the order given. */
  readonly models: readonly M[];
  /** The definition of a type, by its name or an alias. */
  get(type: string): M | undefined;
  /** Every name a story may write for a type: names, then aliases. */
  readonly names: readonly string[];
}

export function graphicRegistry<M extends GraphicModel>(...lists: readonly (readonly M[] | undefined)[]): GraphicRegistry<M> {
  const byType = new Map<string, M>();
  for (const list of lists) for (const model of list ?? []) byType.set(model.type, model);
  const models = [...byType.values()];
  const lookup = new Map<string, M>();
  for (const model of models) lookup.set(model.type, model);
  for (const model of models) {
    for (const alias of model.aliases ?? []) {
      const owner = lookup.get(alias);
      if (owner && owner !== model) {
        throw new TypeError(`scrollstage: graphic type "${model.type}" gives the alias "${alias}", which is already the type or an alias of "${owner.type}"`);
      }
      lookup.set(alias, model);
    }
  }
  return {
    models,
    get: (type) => lookup.get(type),
    names: [...models.map((m) => m.type), ...models.flatMap((m) => m.aliases ?? [])]
  };
}
