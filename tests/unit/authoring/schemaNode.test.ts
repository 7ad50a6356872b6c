import { describe, expect, it } from 'vitest';
import {
  alternatives,
  itemSchema,
  kindsOf,
  objectForm,
  propertySchema,
  resolveRef,
  type JsonSchema
} from '../../../src/authoring/schemaNode.js';
import storySchema from '../../../stories/story.schema.json';

const ROOT: JsonSchema = {
  $defs: {
    Map: { type: 'object', properties: { type: { const: 'map' }, zoom: { type: 'number' } } },
    Bar: { type: 'object', properties: { type: { enum: ['bar'] }, bars: { type: 'array' } } },
    Alias: { $ref: '#/$defs/Map' },
    'a/b': { type: 'boolean' },
    Loop: { $ref: '#/$defs/Loop' }
  }
};

describe('schemaNode', () => {
  it('follows $ref chains and JSON pointer escapes, and gives up on a cycle', () => {
    expect(resolveRef({ $ref: '#/$defs/Alias' }, ROOT)).toMatchObject({ properties: { type: { const: 'map' } } });
    expect(resolveRef({ $ref: '#/$defs/a~1b' }, ROOT)).toEqual({ type: 'boolean' });
    expect(resolveRef({ $ref: '#/$defs/Loop' }, ROOT)).toBeUndefined();
    expect(resolveRef({ $ref: 'other.json#/x' }, ROOT)).toBeUndefined();
  });

  it('gives one form per typed anyOf/oneOf branch, merged with what sits beside them', () => {
    const forms = alternatives({ description: 'd', oneOf: [{ $ref: '#/$defs/Map' }, { $ref: '#/$defs/Bar' }] }, ROOT);
    expect(forms.map((f) => f.properties && Object.keys(f.properties))).toEqual([['type', 'zoom'], ['type', 'bars']]);
    expect(forms.every((f) => f.description === 'd')).toBe(true);
    const nullable = alternatives({ anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] }, ROOT);
    expect(nullable.map((f) => [...kindsOf(f)])).toEqual([['array'], ['null']]);
  });

  it('does not take constraint-only branches (a view: fit, or center and zoom) for forms', () => {
    const view = { type: 'object', properties: { fit: { type: 'array' } }, oneOf: [{ required: ['fit'] }, { required: ['center', 'zoom'] }] };
    expect(alternatives(view, ROOT)).toEqual([{ type: 'object', properties: { fit: { type: 'array' } } }]);
  });

  it('merges allOf parts into one form', () => {
    const [form] = alternatives({ allOf: [{ type: 'object', properties: { a: { type: 'number' } } }, { properties: { b: { type: 'string' } } }] }, ROOT);
    expect(Object.keys(form!.properties!)).toEqual(['a', 'b']);
  });

  it.each([
    [{ type: 'integer' }, ['number']],
    [{ type: ['string', 'null'] }, ['string', 'null']],
    [{ const: 1 }, ['number']],
    [{ enum: ['ltr', 'rtl'] }, ['string']],
    [{ properties: {} }, ['object']],
    [{ items: {} }, ['array']],
    [{}, ['string', 'number', 'boolean', 'null', 'object', 'array']]
  ])('kindsOf(%j) is %j', (form, kinds) => {
    expect([...kindsOf(form)]).toEqual(kinds);
  });

  it('finds member and item schemas: properties, patternProperties, additionalProperties, tuples', () => {
    const record = { type: 'object', properties: { a: { type: 'number' } }, patternProperties: { '^x-': { type: 'boolean' } }, additionalProperties: { type: 'string' } };
    expect(propertySchema(record, 'a')).toEqual({ type: 'number' });
    expect(propertySchema(record, 'x-flag')).toEqual({ type: 'boolean' });
    expect(propertySchema(record, 'other')).toEqual({ type: 'string' });
    expect(propertySchema({ properties: {}, additionalProperties: false }, 'other')).toBeUndefined();
    const tuple = { type: 'array', items: [{ type: 'number' }, { type: 'string' }] };
    expect(itemSchema(tuple, 1)).toEqual({ type: 'string' });
    expect(itemSchema(tuple, 2)).toBeUndefined();
    expect(itemSchema({ prefixItems: [{ type: 'number' }], items: { type: 'null' } }, 3)).toEqual({ type: 'null' });
  });

  it('chooses an object form by its constant members, as a graphic by its type', () => {
    const forms = alternatives({ oneOf: [{ $ref: '#/$defs/Map' }, { $ref: '#/$defs/Bar' }] }, ROOT);
    expect(objectForm(forms, ROOT, (k) => ({ type: ' bar ' })[k])?.properties).toHaveProperty('bars');
    expect(objectForm(forms, ROOT, (k) => ({ type: 'map' })[k])?.properties).toHaveProperty('zoom');
    expect(objectForm(forms, ROOT, () => 'pie')).toBeUndefined();
    expect(objectForm(forms, ROOT, () => undefined)).toBeUndefined();
  });

  it('takes a form without constants (a page-defined graphic) only when no named form matches', () => {
    const open = { type: 'object', properties: { type: { type: 'string' } }, additionalProperties: true };
    const forms = alternatives({ anyOf: [open, { $ref: '#/$defs/Map' }] }, ROOT);
    expect(objectForm(forms, ROOT, (k) => ({ type: 'map' })[k])?.properties).toHaveProperty('zoom');
    expect(objectForm(forms, ROOT, (k) => ({ type: 'my-counter' })[k])).toEqual(open);
  });

  it('reads the published story schema: a step graphic is one of the graphic types', () => {
    const root = storySchema as JsonSchema;
    const [story] = alternatives(root, root);
    const [steps] = alternatives(propertySchema(story!, 'steps'), root);
    const [step] = alternatives(itemSchema(steps!, 0), root);
    const graphics = alternatives(propertySchema(step!, 'graphic'), root);
    expect(graphics.length).toBeGreaterThanOrEqual(2);
    // Each names its type: a constant, or the type with its older names.
    for (const form of graphics) {
      const type = form.properties?.type as { const?: unknown; enum?: unknown[] };
      expect(type.const !== undefined || (Array.isArray(type.enum) && type.enum.length > 0)).toBe(true);
    }
  });
});
