import { describe, expect, it } from 'vitest';
import { transformView, viewTransform, visibleRect, type CameraView } from '../../../src/geo/viewTransform.js';

const frame = { x: 0, y: 0, width: 400, height: 600 };

describe('viewTransform', () => {
  it('puts the view centre in the middle of the frame with w across its shorter side', () => {
    const t = viewTransform([100, 200, 200], frame);
    expect(t.k).toBe(2);
    expect(t.x + 100 * t.k).toBe(200);
    expect(t.y + 200 * t.k).toBe(300);
  });

  it('centres in a frame that text cards leave free', () => {
    const t = viewTransform([0, 0, 100], { x: 0, y: 0, width: 400, height: 300 });
    expect([t.x, t.y, t.k]).toEqual([200, 150, 3]);
  });

  it.each<[CameraView]>([[[10, 20, 30]], [[-5, 400, 1000]]])('round-trips %j through transformView', (view) => {
    const back = transformView(viewTransform(view, frame), frame);
    back.forEach((v, i) => expect(v).toBeCloseTo(view[i]!, 9));
  });

  it('inverts the screen to base coordinates', () => {
    const rect = visibleRect({ x: 10, y: 20, k: 2 }, { x: 0, y: 0, width: 400, height: 600 });
    expect(rect).toEqual({ x: -5, y: -10, width: 200, height: 300 });
  });
});
