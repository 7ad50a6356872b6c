import { describe, expect, it } from 'vitest';
import { GRAPHICS } from '../../src/components/graphicRegistry.js';
import { GRAPHIC_TYPES, GraphicSchema } from '../../src/schema/storySchema.js';

describe('the graphic registry', () => {
  it('has a component for exactly the graphic types the schema allows', () => {
    expect(Object.keys(GRAPHICS).sort()).toEqual([...GRAPHIC_TYPES].sort());
    const schemaTypes = GraphicSchema.options.map((option) => option.entries.type.literal);
    expect(schemaTypes.sort()).toEqual([...GRAPHIC_TYPES].sort());
  });
});
