/**
 * The camera view for `{ center, zoom }`: zoom 0 fits the whole region box into the target
 * rectangle, each +1 doubles the scale; the centre lands in the middle of the target.
 */
import { transformView, type CameraView, type Rect } from './viewTransform.js';

export function zoomView(center: [number, number], zoom: number, region: Rect, target: Rect, frame: Rect): CameraView {
  const k = Math.min(target.width / region.width, target.height / region.height) * 2 ** zoom;
  return transformView(
    { x: target.x + target.width / 2 - center[0] * k, y: target.y + target.height / 2 - center[1] * k, k },
    frame
  );
}
