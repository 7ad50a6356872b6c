/**
 * The definitions, with components, that draw a story: the developer's own (`graphics` given
 * to the Explainer or StaticStory), those the story was parsed with, then the built-ins.
 * Cached per story and list, since every component asks.
 */
import type { GraphicDefinition } from './defineGraphic.js';
import { graphicRegistry, type GraphicRegistry } from './graphicRegistry.js';
import { registryOf, type Story } from '../schema/parseStoryWith.js';
import { BUILTIN_GRAPHICS } from '../graphics/builtins.js';

const cache = new WeakMap<Story, Map<readonly GraphicDefinition<never>[] | undefined, GraphicRegistry<GraphicDefinition>>>();

const hasComponent = (model: object): model is GraphicDefinition => 'component' in model;

export function stageGraphics(story: Story, graphics?: readonly GraphicDefinition<never>[]): GraphicRegistry<GraphicDefinition> {
  let byList = cache.get(story);
  if (!byList) cache.set(story, (byList = new Map()));
  let registry = byList.get(graphics);
  if (!registry) {
    const parsedWith = (registryOf(story)?.models ?? []).filter(hasComponent);
    registry = graphicRegistry<GraphicDefinition>(BUILTIN_GRAPHICS, parsedWith, graphics as readonly GraphicDefinition[] | undefined);
    byList.set(graphics, registry);
  }
  return registry;
}
