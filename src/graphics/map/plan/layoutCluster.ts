/**
 * Where vehicle marks settle around a destination: each mover packed into its own
 * hexagonal disc (centre first, then ring by ring), the discs set side by side with a gap
 * so movers stay distinguishable, the whole row centred on the destination. Pure and
 * deterministic; centres are `spacing` apart at least, so marks of radius < spacing/2
 * never overlap.
 */
import { CLUSTER_GAP } from './moverConstants.js';

export interface ClusterLayout {
  /** Slot centres per mover, in arrival order (the first to arrive takes the centre). */
  slots: { xs: Float64Array; ys: Float64Array; cx: number; cy: number; radius: number }[];
  /** Lowest y of all discs: labels go below it. */
  bottom: number;
}

/** Offsets of the first `count` points of a hexagonal lattice, spiralling out from the origin. */
export function hexSpiral(count: number, spacing: number): { xs: Float64Array; ys: Float64Array; radius: number } {
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  // Hex ring directions (axial): walking each side of ring k takes k steps.
  const dirs: [number, number][] = [[1, 0], [0, 1], [-1, 1], [-1, 0], [0, -1], [1, -1]];
  const h = Math.sqrt(3) / 2;
  let i = 0;
  let ring = 0;
  let radius = 0;
  const put = (q: number, r: number) => {
    const x = spacing * (q + r / 2);
    const y = spacing * h * r;
    xs[i] = x;
    ys[i] = y;
    radius = Math.max(radius, Math.hypot(x, y));
    i++;
  };
  if (count > 0) put(0, 0);
  while (i < count) {
    ring++;
    // Start of ring k: k steps in direction 4 (0,-1) from the centre, then walk the six sides.
    let q = ring * dirs[4]![0];
    let r = ring * dirs[4]![1];
    for (let side = 0; side < 6 && i < count; side++) {
      for (let step = 0; step < ring && i < count; step++) {
        put(q, r);
        q += dirs[side]![0];
        r += dirs[side]![1];
      }
    }
  }
  return { xs, ys, radius };
}

export function layoutCluster(counts: readonly number[], center: readonly [number, number], spacing: number): ClusterLayout {
  const discs = counts.map((n) => hexSpiral(Math.max(0, Math.round(n)), spacing));
  const gap = spacing * CLUSTER_GAP;
  // A disc's half-width includes half a spacing so neighbouring discs keep `gap` between marks.
  const halves = discs.map((d) => d.radius + spacing / 2);
  const total = halves.reduce((sum, h) => sum + 2 * h, 0) + gap * Math.max(0, discs.length - 1);
  let x = center[0] - total / 2;
  let bottom = center[1];
  const slots = discs.map((disc, i) => {
    const cx = x + halves[i]!;
    const cy = center[1];
    x += 2 * halves[i]! + gap;
    const xs = new Float64Array(disc.xs.length);
    const ys = new Float64Array(disc.ys.length);
    for (let k = 0; k < xs.length; k++) {
      xs[k] = cx + disc.xs[k]!;
      ys[k] = cy + disc.ys[k]!;
    }
    bottom = Math.max(bottom, cy + disc.radius);
    return { xs, ys, cx, cy, radius: disc.radius };
  });
  return { slots, bottom };
}
