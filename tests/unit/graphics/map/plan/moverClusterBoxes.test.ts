import { describe, expect, it } from 'vitest';
import { moverGeometry } from '../../../../../src/graphics/map/plan/moverMarkPositions.js';
import { moverClusterBoxes } from '../../../../../src/graphics/map/plan/moverClusterBoxes.js';

const road: [number, number][] = [
  [0, 0],
  [0, 300],
  [100, 300]
];

describe('moverClusterBoxes', () => {
  const geometry = moverGeometry(
    [
      { id: 'earlier', count: 150, path: road },
      { id: 'latest', count: 430, path: road }
    ],
    4
  );
  const boxes = moverClusterBoxes(geometry, 1.5);

  it('holds every settled mark of its convoy, radius included, and touches the outermost', () => {
    boxes.forEach((box, t) => {
      const { xs, ys } = geometry.slots[t]!;
      expect(Math.min(...xs) - 1.5).toBeCloseTo(box.x, 9);
      expect(Math.max(...xs) + 1.5).toBeCloseTo(box.x + box.width, 9);
      expect(Math.min(...ys) - 1.5).toBeCloseTo(box.y, 9);
      expect(Math.max(...ys) + 1.5).toBeCloseTo(box.y + box.height, 9);
    });
  });

  it('keeps the two convoys’ boxes apart, side by side round the destination', () => {
    const [earlier, latest] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    expect(earlier.x + earlier.width).toBeLessThan(latest.x);
    expect(earlier.x).toBeLessThan(100);
    expect(latest.x + latest.width).toBeGreaterThan(100);
  });

  it('gives an empty box for a convoy of no marks', () => {
    expect(moverClusterBoxes(moverGeometry([{ id: 'none', count: 0, path: road }], 4), 1.5)).toEqual([{ x: 0, y: 0, width: 0, height: 0 }]);
  });
});
