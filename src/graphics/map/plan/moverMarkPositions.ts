/**
 * Where every vehicle mark of the movers is, for given arrivals: each mark leaves the
 * start of its track in turn (staggered), drives along the track by length, and ends in
 * its own slot of the destination cluster; tracks ending at the same place share one
 * cluster, each in its own sub-cluster. One pass, into flat arrays: cheap enough to run
 * every frame of a camera move.
 */
import { layoutCluster } from './layoutCluster.js';
import { markProgress } from '../../unit-chart/plan/markProgress.js';
import { measurePolyline, pointAlongPolyline, type MeasuredPolyline, type Point } from '../../../geo/pointAlongPolyline.js';
import { MOVER_STAGGER } from './moverConstants.js';

export interface MoverTrack {
  id: string;
  count: number;
  path: readonly Point[];
}

export interface MoverGeometry {
  lines: MeasuredPolyline[];
  /** Slot of each mark in its destination cluster, per track. */
  slots: { xs: Float64Array; ys: Float64Array }[];
  /** Per destination: the point its cluster is centred on and the tracks that end there. */
  destinations: { x: number; y: number; tracks: number[] }[];
}

export interface MoverPositions {
  xs: Float64Array;
  ys: Float64Array;
  /** 0 while waiting at the start (hidden), 1 once on the road. */
  opacity: Float64Array;
}

/** Share of its own trip over which a mark fades in as it sets off. */
const FADE_IN = 0.04;

/** Geometry that depends on the tracks and the spacing only (not on arrival). */
export function moverGeometry(tracks: readonly MoverTrack[], spacing: number): MoverGeometry {
  const lines = tracks.map((t) => measurePolyline(t.path));
  const byEnd = new Map<string, number[]>();
  tracks.forEach((t, i) => {
    const end = t.path[t.path.length - 1] ?? [0, 0];
    const key = `${end[0].toFixed(3)},${end[1].toFixed(3)}`;
    byEnd.set(key, [...(byEnd.get(key) ?? []), i]);
  });
  const slots: MoverGeometry['slots'] = new Array(tracks.length);
  const destinations: MoverGeometry['destinations'] = [];
  for (const members of byEnd.values()) {
    const end = tracks[members[0]!]!.path.at(-1) ?? [0, 0];
    const cluster = layoutCluster(members.map((i) => tracks[i]!.count), end, spacing);
    members.forEach((trackIndex, k) => (slots[trackIndex] = cluster.slots[k]!));
    destinations.push({ x: end[0], y: end[1], tracks: members });
  }
  return { lines, slots, destinations };
}

/** Positions of every mark of track `t` at `arrival` (0..1). */
export function moverMarkPositions(geometry: MoverGeometry, t: number, count: number, arrival: number): MoverPositions {
  const line = geometry.lines[t]!;
  const slot = geometry.slots[t]!;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const opacity = new Float64Array(count);
  const end = line.points[line.points.length - 1] ?? [0, 0];
  const point: Point = [0, 0];
  for (let i = 0; i < count; i++) {
    const p = markProgress(arrival, i, count, MOVER_STAGGER);
    const sx = slot.xs[i] ?? end[0];
    const sy = slot.ys[i] ?? end[1];
    // The trip is the road, then the short hop from its end into the mark's slot.
    const hop = Math.hypot(sx - end[0], sy - end[1]);
    const distance = p * (line.length + hop);
    if (p >= 1) {
      xs[i] = sx;
      ys[i] = sy;
    } else if (distance <= line.length) {
      pointAlongPolyline(line, distance, point);
      xs[i] = point[0];
      ys[i] = point[1];
    } else {
      const h = hop > 0 ? (distance - line.length) / hop : 1;
      xs[i] = end[0] + (sx - end[0]) * h;
      ys[i] = end[1] + (sy - end[1]) * h;
    }
    opacity[i] = p <= 0 ? 0 : Math.min(1, p / FADE_IN);
  }
  return { xs, ys, opacity };
}
