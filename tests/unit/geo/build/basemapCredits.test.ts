import { describe, expect, it } from 'vitest';
import { basemapCredits } from '../../../../src/geo/build/basemapCredits.js';

describe('basemapCredits', () => {
  it('always credits Natural Earth first', () => {
    expect(basemapCredits()).toEqual(['Natural Earth']);
  });

  it('adds the author’s credits once each, in order, trimmed, without empty ones', () => {
    expect(basemapCredits(['OCHA COD-AB, CC BY 3.0 IGO', ' GADM ', '', 'Natural Earth', 'GADM'])).toEqual([
      'Natural Earth',
      'OCHA COD-AB, CC BY 3.0 IGO',
      'GADM'
    ]);
  });
});
