import { describe, expect, it } from 'vitest';
import { baseProjection } from '../../../src/geo/baseProjection.js';
import { kmPerUnit } from '../../../src/geo/kmPerUnit.js';
import { flagship, flagshipGeography } from '../../helpers/flagship.js';

describe('baseProjection', () => {
  const { spec, region } = flagshipGeography(flagship());
  const [west, south, east, north] = region;
  it.each([[390, 844], [1280, 800]])('fits the region inside %ix%i', (w, h) => {
    const p = baseProjection(w, h, spec, region);
    for (const corner of [[west, south], [east, north], [west, north], [east, south]] as [number, number][]) {
      const [x, y] = p(corner)!;
      expect(x).toBeGreaterThan(-1);
      expect(x).toBeLessThan(w + 1);
      expect(y).toBeGreaterThan(-1);
      expect(y).toBeLessThan(h + 1);
    }
  });

  it('keeps km proportional to px along the M5 (Daraa to Aleppo) within 0.3 % in the flagship’s conic', () => {
    const p = baseProjection(800, 600, spec, region);
    const scales = [32.6, 33.5, 34.7, 35.1, 35.9, 36.2].map((lat) => kmPerUnit(p, p([36.5, lat]) as [number, number]));
    const spread = (Math.max(...scales) - Math.min(...scales)) / Math.min(...scales);
    expect(spread).toBeLessThan(0.003);
  });
});
