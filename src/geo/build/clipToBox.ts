/**
 * Clips GeoJSON geometry to a box in longitude/latitude: polygons with Sutherland–Hodgman,
 * lines segment by segment, points by inclusion. The box edges are meridians and parallels,
 * so a planar clip in degrees is exact enough for a basemap (densifyFrame.ts bends the
 * parallel edges for d3's great circles). Edges a polygon gains along the frame are never
 * stroked: borders are the mesh between two countries.
 *
 * Every cut point comes from `cross` with its two ends in a fixed order, so a country ring
 * and a border line that share a segment get the same point, bit for bit, and topojson
 * still shares their arcs; two boxes that share an edge cut a ring at the same points.
 */
import type { Box } from '../basemap/basemapFile.js';

type Position = number[];

/** Rings whose area (square degrees) is below this are zero-width slivers left by a polygon that only touches the box. */
const SLIVER_AREA = 1e-12;

interface Edge {
  inside(p: Position): boolean;
  cut(a: Position, b: Position): Position;
}

function edgesOf([west, south, east, north]: Box): Edge[] {
  return [
    { inside: (p) => p[0]! >= west, cut: (a, b) => cross(a, b, 0, west) },
    { inside: (p) => p[0]! <= east, cut: (a, b) => cross(a, b, 0, east) },
    { inside: (p) => p[1]! >= south, cut: (a, b) => cross(a, b, 1, south) },
    { inside: (p) => p[1]! <= north, cut: (a, b) => cross(a, b, 1, north) }
  ];
}

/** Where segment a–b meets the line coordinate[axis] = value; the same point whichever way the segment runs. */
function cross(a: Position, b: Position, axis: 0 | 1, value: number): Position {
  if (a[0]! > b[0]! || (a[0] === b[0] && a[1]! > b[1]!)) [a, b] = [b, a];
  const other = 1 - axis;
  const t = (value - a[axis]!) / (b[axis]! - a[axis]!);
  const p = [0, 0];
  p[axis] = value;
  p[other] = a[other]! + t * (b[other]! - a[other]!);
  return p;
}

function planarArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}

/** One closed ring clipped to the box: closed again, or empty when nothing with an area is left. */
export function clipRing(ring: Position[], box: Box): Position[] {
  let out = ring.slice(0, -1);
  for (const { inside, cut } of edgesOf(box)) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cut(previous, current));
      }
    }
    if (out.length === 0) return [];
  }
  if (out.length < 3) return [];
  const closed = [...out, out[0]!];
  return Math.abs(planarArea(closed)) < SLIVER_AREA ? [] : closed;
}

/**
 * Turns to add to each vertex's longitude (multiples of 360°) for the line to run without a
 * jump: a step of more than 180° is a crossing of the antimeridian (world-atlas keeps Fiji's
 * and Chukotka's rings whole across it). Added at the last moment, to the original value, so
 * a vertex not moved keeps its exact double and stays shared with its neighbour's border.
 */
function unwrapTurns(line: Position[]): number[] {
  let turn = 0;
  return line.map((p, i) => {
    const step = i > 0 ? p[0]! - line[i - 1]![0]! : 0;
    if (step > 180) turn -= 360;
    else if (step < -180) turn += 360;
    return turn;
  });
}

/** The line with `turns` and `extra` added to its longitudes; untouched vertices are the same arrays. */
function moved(line: Position[], turns: number[], extra: number): Position[] {
  return line.map((p, i) => (turns[i]! + extra ? [p[0]! + turns[i]! + extra, p[1]!] : p));
}

/** A ring's turns moved so that it starts west of 180; null when it winds around a pole (Natural Earth draws those along ±180 already). */
function ringTurns(ring: Position[]): number[] | null {
  const turns = unwrapTurns(ring);
  if (turns[turns.length - 1] !== 0) return null;
  const west = Math.min(...ring.map((p, i) => p[0]! + turns[i]!));
  return west < -180 ? turns.map((t) => t + 360) : turns;
}

/**
 * A Polygon or MultiPolygon clipped to the box, as a MultiPolygon's coordinates (empty when
 * nothing is inside). Polygons across the antimeridian are clipped whole, once as they run
 * and once moved a turn west, so each side of 180° lands in the boxes on its side.
 */
export function clipPolygons(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon, box: Box): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped: Position[][][] = [];
  for (const polygon of polygons) {
    const turns = polygon.map((ring) => ringTurns(ring) ?? ring.map(() => 0));
    const crosses = turns.some((t) => t.some((turn) => turn !== 0));
    for (const extra of crosses ? [0, -360] : [0]) {
      const [outer, ...holes] = polygon.map((ring, r) => clipRing(moved(ring, turns[r]!, extra), box));
      if (!outer?.length) continue;
      clipped.push([outer, ...holes.filter((h) => h.length > 0)]);
    }
  }
  return clipped;
}

/** A segment clipped to the box, half-plane by half-plane in the polygon clip's order; null when outside. */
function clipSegment(a: Position, b: Position, edges: Edge[]): [Position, Position] | null {
  for (const { inside, cut } of edges) {
    const inA = inside(a);
    const inB = inside(b);
    if (!inA && !inB) return null;
    if (!inA) a = cut(a, b);
    else if (!inB) b = cut(a, b);
  }
  return [a, b];
}

const same = (p: Position, q: Position) => p[0] === q[0] && p[1] === q[1];

/** A LineString or MultiLineString clipped to the box, as a MultiLineString's coordinates (empty when nothing is inside). */
export function clipLines(geometry: GeoJSON.LineString | GeoJSON.MultiLineString, box: Box): Position[][] {
  const edges = edgesOf(box);
  const given = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  // Lines across the antimeridian, like rings (see clipPolygons), once as they run and once a turn west.
  const lines = given.flatMap((line) => {
    const turns = unwrapTurns(line);
    return turns.some((t) => t !== 0) ? [0, 360, -360].map((extra) => moved(line, turns, extra)) : [line];
  });
  const out: Position[][] = [];
  for (const line of lines) {
    let current: Position[] | null = null;
    for (let i = 1; i < line.length; i++) {
      const piece = clipSegment(line[i - 1]!, line[i]!, edges);
      if (!piece) {
        current = null;
        continue;
      }
      if (current && same(current[current.length - 1]!, piece[0])) {
        if (!same(piece[0], piece[1])) current.push(piece[1]);
      } else if (!same(piece[0], piece[1])) {
        current = [piece[0], piece[1]];
        out.push(current);
      }
      // A piece that left the box ends the line there.
      if (!same(piece[1], line[i]!)) current = null;
    }
  }
  return out;
}

export function inBox(p: Position, [west, south, east, north]: Box): boolean {
  return p[0]! >= west && p[0]! <= east && p[1]! >= south && p[1]! <= north;
}
