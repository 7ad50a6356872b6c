import { describe, expect, it } from 'vitest';
import { zoomView } from '../../../src/geo/zoomView.js';
import { viewTransform } from '../../../src/geo/viewTransform.js';

const frame = { x: 0, y: 0, width: 800, height: 600 };
const region = { x: 0, y: 0, width: 800, height: 560 };

describe('zoomView', () => {
  it.each([
    [0, 1],
    [1, 2],
    [2.5, 2 ** 2.5]
  ])('zoom %f scales the fitted region by %f', (zoom, factor) => {
    const t = viewTransform(zoomView([400, 280], zoom, region, frame, frame), frame);
    expect(t.k).toBeCloseTo(factor, 9);
    expect(t.x + 400 * t.k).toBeCloseTo(400, 9);
    expect(t.y + 280 * t.k).toBeCloseTo(300, 9);
  });
});
