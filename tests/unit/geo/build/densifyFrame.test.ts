import { describe, expect, it } from 'vitest';
import { densifyFrame } from '../../../../src/geo/build/densifyFrame.js';

describe('densifyFrame', () => {
  it('adds a vertex at every whole degree along the box edges that are parallels, either way round', () => {
    const ring = [[0.5, 0], [0.5, 5], [3.5, 5], [3.5, 0], [0.5, 0]];
    const out = densifyFrame([[ring]], [0, 0, 10, 5])[0]![0];
    expect(out).toEqual([[0.5, 0], [0.5, 5], [1, 5], [2, 5], [3, 5], [3.5, 5], [3.5, 0], [3, 0], [2, 0], [1, 0], [0.5, 0]]);
  });

  it('leaves meridian edges and edges inside the box alone', () => {
    const ring = [[0, 1], [0, 4], [3, 2.5], [0, 1]];
    expect(densifyFrame([[ring]], [0, 0, 10, 5])).toEqual([[ring]]);
  });
});
