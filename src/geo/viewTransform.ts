/**
 * Camera views and the transforms they give. A view `[cx, cy, w]` (d3-interpolate's zoom
 * view) is a centre in base coordinates and the span `w` (base units) shown across the
 * shorter side of the frame: the part of the graphic not covered by text cards. The frame
 * is fixed for a size, so an animation between two views is one continuous move.
 */
export type CameraView = [number, number, number];

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export function viewTransform([cx, cy, w]: CameraView, frame: Rect): Transform {
  const k = Math.min(frame.width, frame.height) / w;
  return { x: frame.x + frame.width / 2 - cx * k, y: frame.y + frame.height / 2 - cy * k, k };
}

export function transformView({ x, y, k }: Transform, frame: Rect): CameraView {
  return [(frame.x + frame.width / 2 - x) / k, (frame.y + frame.height / 2 - y) / k, Math.min(frame.width, frame.height) / k];
}

/** The base-coordinate rectangle a transform shows in a screen rectangle. */
export function visibleRect({ x, y, k }: Transform, screen: Rect): Rect {
  return { x: (screen.x - x) / k, y: (screen.y - y) / k, width: screen.width / k, height: screen.height / k };
}
