import { describe, expect, it } from 'vitest';
import { boxAcross, chooseDetail } from '../../../../src/geo/build/chooseDetail.js';
import type { Box } from '../../../../src/geo/basemap/basemapFile.js';

describe('chooseDetail', () => {
  it.each([
    ['Paris', [1.5, 48.3, 3.2, 49.3], '10m'],
    ['the US south-east', [-92, 23, -74, 37], '10m'],
    ['the flagship box', [20.5, 21, 56.5, 47.5], '50m'],
    ['Europe', [-25, 34, 45, 72], '50m'],
    ['the world', [-180, -90, 180, 90], '110m']
  ] as [string, Box, string][])('picks %s at %s... %s', (_, box, detail) => {
    expect(chooseDetail(box)).toBe(detail);
  });

  it('measures a box by its width at its middle latitude, or its height', () => {
    expect(boxAcross([0, 59, 40, 61])).toBeCloseTo(20, 6);
    expect(boxAcross([0, -10, 5, 20])).toBe(30);
  });
});
