/**
 * Draws a mark set on a 2D canvas context: one path per run of marks with the same colour
 * and opacity (marks arrive grouped, so a 50,000-mark chart is a handful of fills).
 */
import type { MarkSet } from './plan/markSet.js';

/** Opacity steps while fading: 32 levels look continuous and keep runs long. */
const ALPHA_STEPS = 32;

export function drawMarks(ctx: CanvasRenderingContext2D, marks: MarkSet, width: number, height: number, ratio: number): void {
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  let fill = '';
  let alpha = -1;
  let open = false;
  for (let i = 0; i < marks.length; i++) {
    const size = marks.size[i]!;
    const across = marks.width[i]!;
    const a = Math.round(marks.opacity[i]! * ALPHA_STEPS) / ALPHA_STEPS;
    if (size <= 0 || across <= 0 || a <= 0) continue;
    const f = marks.fill[i]!;
    if (f !== fill || a !== alpha) {
      if (open) ctx.fill();
      fill = f;
      alpha = a;
      ctx.fillStyle = f;
      ctx.globalAlpha = a;
      ctx.beginPath();
      open = true;
    }
    ctx.rect(marks.x[i]!, marks.y[i]!, across, size);
  }
  if (open) ctx.fill();
  ctx.globalAlpha = 1;
}
