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

/** A line's vertices as given, and the turns each needs to run without a jump. */
interface Unwrapped {
  points: Position[];
  turns: number[];
}

/**
 * A ring in the plane, unwrapped: moved so that it starts west of 180° when it crosses the
 * antimeridian. When it winds around a pole instead (world-atlas 1:50m draws Antarctica as a
 * strip along 89.999°S with its coast as a hole), it is closed along the pole on the side
 * d3 reads as its inside: right of its way for an outer ring, left for a hole. Closed so,
 * the plane sees what the sphere does, and the ring keeps d3's winding.
 */
function planarRing(ring: Position[], hole: boolean): Unwrapped {
  const turns = unwrapTurns(ring);
  const around = turns[turns.length - 1]!;
  if (around === 0) {
    const west = ring.reduce((min, p, i) => Math.min(min, p[0]! + turns[i]!), Infinity);
    return { points: ring, turns: west < -180 ? turns.map((t) => t + 360) : turns };
  }
  // Going east, the right-hand side is south.
  const pole = around > 0 !== hole ? -90 : 90;
  // The turn that centres it on the Greenwich meridian: Natural Earth cuts such rings at
  // ±180°, so an outer ring and its hole then share one 360° window.
  const mean = ring.reduce((sum, p, i) => sum + p[0]! + turns[i]!, 0) / ring.length;
  const centre = -360 * Math.round(mean / 360);
  const [first, last] = [ring[0]!, ring[ring.length - 1]!];
  return {
    points: [...ring, [last[0]!, pole], [first[0]!, pole], first],
    turns: [...turns, around, 0, 0].map((t) => t + centre)
  };
}

/** The shifts (turns of 360°) that bring some of these lines into [-180, 180]. */
function windows(lines: Unwrapped[]): number[] {
  let [west, east] = [Infinity, -Infinity];
  for (const { points, turns } of lines) {
    for (const [i, p] of points.entries()) [west, east] = [Math.min(west, p[0]! + turns[i]!), Math.max(east, p[0]! + turns[i]!)];
  }
  return [0, -360, 360].filter((turn) => west + turn < 180 && east + turn > -180);
}

/** The line placed in one window; a vertex that ends where it was given is the same array, bit for bit. */
function placed({ points, turns }: Unwrapped, turn: number): Position[] {
  return points.map((p, i) => (turns[i]! + turn ? [p[0]! + turns[i]! + turn, p[1]!] : p));
}

/**
 * A Polygon or MultiPolygon clipped to the box, as a MultiPolygon's coordinates (empty when
 * nothing is inside). Polygons across the antimeridian are clipped whole, unwrapped, once in
 * each 360° window they reach into, so each side of 180° lands in the boxes on its side.
 */
export function clipPolygons(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon, box: Box): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped: Position[][][] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring, i) => planarRing(ring, i > 0));
    for (const turn of windows(rings)) {
      const [outer, ...allHoles] = rings.map((ring) => clipRing(placed(ring, turn), box));
      if (!outer?.length) continue;
      const holes = allHoles.filter((h) => h.length > 0);
      // Outer rings around a pole cover whole boxes that their holes cover too: nothing is left.
      if (Math.abs(planarArea(outer)) - holes.reduce((sum, h) => sum + Math.abs(planarArea(h)), 0) < SLIVER_AREA) continue;
      clipped.push([outer, ...holes]);
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
  // Lines across the antimeridian, like rings (see clipPolygons): unwrapped, once per window.
  const lines = given.flatMap((line) => {
    const unwrapped = { points: line, turns: unwrapTurns(line) };
    return windows([unwrapped]).map((turn) => placed(unwrapped, turn));
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
