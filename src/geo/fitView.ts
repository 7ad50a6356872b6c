/**
 * The camera view that fits a base-coordinate box into a target rectangle of the screen
 * (the free part of the frame, minus legend and padding), centred there. A box smaller
 * than `minSpan` (base units) across is grown to it, so fitting one place does not zoom absurdly.
 */
import { transformView, type CameraView, type Rect } from './viewTransform.js';

export function fitView(box: Rect, target: Rect, frame: Rect, padding: number, minSpan: number): CameraView {
  // Grown as a whole, keeping its shape: a long flat box (a course along a river) is not
  // padded out to a square, which left it filling half the screen.
  const span = Math.max(box.width, box.height);
  const grow = span > 0 ? Math.max(1, minSpan / span) : 1;
  const bw = span > 0 ? box.width * grow : minSpan;
  const bh = span > 0 ? box.height * grow : minSpan;
  const k = Math.min(Math.max(1, target.width - 2 * padding) / bw, Math.max(1, target.height - 2 * padding) / bh);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return transformView({ x: target.x + target.width / 2 - cx * k, y: target.y + target.height / 2 - cy * k, k }, frame);
}

/** The smallest box holding every point, or null for none. */
export function boxOf(points: readonly [number, number][]): Rect | null {
  if (points.length === 0) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
