import { describe, expect, it } from 'vitest';
import { boxOf, fitView } from '../../../src/geo/fitView.js';
import { viewTransform } from '../../../src/geo/viewTransform.js';

const frame = { x: 0, y: 0, width: 390, height: 590 };

describe('fitView', () => {
  it.each([
    ['a wide box in a tall target', { x: 100, y: 100, width: 200, height: 50 }, { x: 10, y: 100, width: 370, height: 400 }, 24],
    ['a tall box', { x: 0, y: 0, width: 10, height: 300 }, { x: 10, y: 100, width: 370, height: 400 }, 0],
    ['a box in the whole frame', { x: -50, y: 20, width: 80, height: 80 }, frame, 10]
  ])('fits %s inside the target, padded, and centred', (_, box, target, padding) => {
    const t = viewTransform(fitView(box, target, frame, padding, 0), frame);
    const x0 = t.x + box.x * t.k, x1 = t.x + (box.x + box.width) * t.k;
    const y0 = t.y + box.y * t.k, y1 = t.y + (box.y + box.height) * t.k;
    expect(x0).toBeGreaterThanOrEqual(target.x + padding - 1e-6);
    expect(x1).toBeLessThanOrEqual(target.x + target.width - padding + 1e-6);
    expect(y0).toBeGreaterThanOrEqual(target.y + padding - 1e-6);
    expect(y1).toBeLessThanOrEqual(target.y + target.height - padding + 1e-6);
    expect((x0 + x1) / 2).toBeCloseTo(target.x + target.width / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo(target.y + target.height / 2, 6);
    // Tight on one axis.
    const fill = Math.max((x1 - x0) / (target.width - 2 * padding), (y1 - y0) / (target.height - 2 * padding));
    expect(fill).toBeCloseTo(1, 6);
  });

  it('does not zoom past the minimum span on a single place', () => {
    const t = viewTransform(fitView({ x: 5, y: 5, width: 0, height: 0 }, frame, frame, 0, 50), frame);
    expect(t.k).toBeCloseTo(390 / 50, 6);
  });

  it('boxes points', () => {
    expect(boxOf([[1, 5], [3, -2]])).toEqual({ x: 1, y: -2, width: 2, height: 7 });
    expect(boxOf([])).toBeNull();
  });
});
