import { describe, expect, it } from 'vitest';
import { scaleBar } from '../../../src/geo/scaleBar.js';

describe('scaleBar', () => {
  it.each([
    [0.1, 120, 10],
    [0.1, 90, 5],
    [1, 130, 100],
    [0.5, 90, 20],
    [3, 130, 200],
    [0.02, 100, 2]
  ])('at %f km/px within %i px shows %i km', (kmPerPx, maxPx, km) => {
    const bar = scaleBar(kmPerPx, maxPx);
    expect(bar.km).toBe(km);
    expect(bar.px).toBeCloseTo(km / kmPerPx, 9);
    expect(bar.px).toBeLessThanOrEqual(maxPx);
  });
});
