import { describe, expect, it } from 'vitest';
import { graphicRegistry } from '../../../src/core/graphicRegistry.js';
import { defineGraphicModel } from '../../../src/core/defineGraphic.js';
import { BUILTIN_MODELS } from '../../../src/graphics/builtinModels.js';
import { storyRegistry } from '../../../src/schema/parseStory.js';

const model = (type: string, aliases?: string[]) => defineGraphicModel({ type, aliases, fields: {}, describe: () => type });

describe('graphicRegistry', () => {
  it('finds a type by its name or an alias', () => {
    const registry = graphicRegistry([model('a-chart', ['old-chart'])]);
    expect(registry.get('a-chart')?.type).toBe('a-chart');
    expect(registry.get('old-chart')?.type).toBe('a-chart');
    expect(registry.get('other')).toBeUndefined();
    expect(registry.names).toEqual(['a-chart', 'old-chart']);
  });

  it('lets a later definition of a type replace an earlier one', () => {
    const first = model('a-chart');
    const second = model('a-chart');
    const registry = graphicRegistry([first], [second]);
    expect(registry.models).toEqual([second]);
  });

  it('refuses an alias that is another type', () => {
    expect(() => graphicRegistry([model('a'), model('b', ['a'])])).toThrow(/alias "a", which is already the type or an alias of "a"/);
  });

  it('holds the built-in types, each once', () => {
    const types = storyRegistry().models.map((m) => m.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(BUILTIN_MODELS.map((m) => m.type));
  });
});
