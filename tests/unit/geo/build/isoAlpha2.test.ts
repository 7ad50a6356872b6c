import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isoAlpha2 } from '../../../../src/geo/build/isoAlpha2.js';

describe('isoAlpha2', () => {
  it.each([
    ['760', 'SY'],
    ['840', 'US'],
    ['250', 'FR'],
    ['376', 'IL'],
    ['792', 'TR'],
    ['004', 'AF'],
    [4, 'AF']
  ])('gives %j the alpha-2 code %s', (numeric, alpha2) => {
    expect(isoAlpha2(numeric)).toBe(alpha2);
  });

  it('gives none for a missing or unknown code', () => {
    expect(isoAlpha2(undefined)).toBeUndefined();
    expect(isoAlpha2('999')).toBeUndefined();
  });

  it('knows every id world-atlas uses', () => {
    const require = createRequire(import.meta.url);
    for (const detail of ['10m', '50m', '110m']) {
      const world = require(`world-atlas/countries-${detail}.json`) as { objects: { countries: { geometries: { id?: string }[] } } };
      const unknown = world.objects.countries.geometries.filter((g) => g.id !== undefined && !isoAlpha2(g.id));
      expect(unknown.map((g) => g.id)).toEqual([]);
    }
  });
});
