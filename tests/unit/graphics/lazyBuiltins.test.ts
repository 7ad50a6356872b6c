// The embed's list of built-in types, loaded on demand, names each type as its definition does.
import { describe, expect, it } from 'vitest';
import { LAZY_BUILTINS } from '../../../src/graphics/lazyBuiltins.js';
import { BUILTIN_MODELS } from '../../../src/graphics/builtinModels.js';
import { BUILTIN_GRAPHICS } from '../../../src/graphics/builtins.js';

describe('LAZY_BUILTINS', () => {
  it('has one entry per built-in type, with its type and aliases as names', () => {
    expect(LAZY_BUILTINS.map((entry) => [...entry.names])).toEqual(BUILTIN_MODELS.map((m) => [m.type, ...(m.aliases ?? [])]));
    expect(BUILTIN_GRAPHICS.map((g) => g.type)).toEqual(BUILTIN_MODELS.map((m) => m.type));
  });

  it.each(LAZY_BUILTINS.map((entry) => [entry.names[0]!, entry] as const))('loads %s: its definition, with its component', async (type, entry) => {
    const definition = await entry.load();
    expect(definition.type).toBe(type);
    expect(typeof definition.component).toBe('function');
  });
});
