import { describe, expect, it } from 'vitest';
import { LayerError, layerFeatures } from '../../../../src/geo/build/layerFeatures.js';

const polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [0, 0]]] };
const line = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
const feature = (properties: Record<string, unknown> | null, geometry: unknown = polygon, id?: unknown) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const problem = (json: unknown, idProperty: string | null = 'CODE') => {
  try {
    layerFeatures(json, 'districts', 'districts.geojson', idProperty);
  } catch (error) {
    expect(error).toBeInstanceOf(LayerError);
    return (error as Error).message;
  }
  throw new Error('expected a LayerError');
};

describe('layerFeatures', () => {
  it('takes each id from the id property, as a string, and a name when a feature has one', () => {
    const layer = layerFeatures(
      collection(feature({ CODE: 'SY07', ADM1_EN: 'Idleb', ADM0_EN: 'Syria' }), feature({ CODE: 12, NAME_1: 'Provence', NAME_2: 'Var' }), feature({ CODE: 'x' })),
      'districts',
      'districts.geojson',
      'CODE'
    );
    expect(layer.features.map((f) => [f.id, f.properties])).toEqual([
      ['SY07', { name: 'Idleb' }],
      ['12', { name: 'Var' }],
      ['x', {}]
    ]);
    expect(layer).toMatchObject({ name: 'districts', idProperty: 'CODE', geometry: 'polygon' });
  });

  it('takes the features’ own ids when no id property is named', () => {
    const layer = layerFeatures(collection(feature({ name: 'Seine' }, line, 'seine')), 'rivers', 'rivers.geojson', null);
    expect(layer.features[0]).toMatchObject({ id: 'seine', properties: { name: 'Seine' } });
    expect(layer.geometry).toBe('line');
  });

  it.each([
    ['a Feature', feature({ CODE: 'a' }), 'districts.geojson: not a GeoJSON FeatureCollection ("type" is "Feature")'],
    ['an array', [], 'districts.geojson: not a GeoJSON FeatureCollection (it is an array)'],
    ['a feature without the id', collection(feature({ CODE: 'a' }), feature({ NAME: 'b' })), 'districts.geojson: features[1] has no "CODE" property'],
    ['a null id', collection(feature({ CODE: null })), 'features[0] has no "CODE" property'],
    ['an object as id', collection(feature({ CODE: { a: 1 } })), 'features[0] has object as its "CODE" property; ids must be strings or numbers'],
    ['a repeated id', collection(feature({ CODE: 'a' }), feature({ CODE: 'b' }), feature({ CODE: 'a' })), 'features[2] has the same "CODE" property as features[0] ("a"); ids must be unique'],
    ['lines among areas', collection(feature({ CODE: 'a' }), feature({ CODE: 'b' }, line)), 'features[1] is a LineString but features[0] is a Polygon'],
    ['a GeometryCollection', collection(feature({ CODE: 'a' }, { type: 'GeometryCollection', geometries: [] })), 'features[0] is a GeometryCollection'],
    ['no geometry', collection(feature({ CODE: 'a' }, null)), 'features[0] has no geometry'],
    ['not a feature', collection({ type: 'Polygon' }), 'features[0] is not a GeoJSON Feature']
  ])('rejects %s, saying where and why', (_, json, message) => {
    expect(problem(json)).toContain(message);
  });

  it('says how to choose the id property when features have no own id', () => {
    expect(problem(collection(feature({ CODE: 'a' })), null)).toBe(
      'districts.geojson: features[0] has no id: every feature needs one, it becomes the id a story names (choose the property with --layer districts=FILE:PROPERTY)'
    );
  });
});
