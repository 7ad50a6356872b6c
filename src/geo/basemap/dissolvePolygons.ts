/**
 * Joins polygons cut along meridians and parallels (the pieces of one country in several
 * tiles of the world basemap) back into one MultiPolygon without the cut lines, so a country
 * drawn with an outline shows no tile edge. Each ring edge is a directed segment; along every
 * meridian and parallel, segments are split at each other's ends and opposite ones cancel
 * (a tile's frame edge runs one way in a piece and the other way in its neighbour); what is
 * left is linked back into rings, and each hole goes into the outer ring around it.
 *
 * Hand-written: a general polygon union (polyclip-ts, ~10 KB gzip) would do more than the
 * embed needs; cuts along box edges with shared vertices are all this has to undo.
 */

type Position = number[];

/**
 * Coordinates are matched on a 1e-5° grid (~1 m): two tiles decode a shared edge from their
 * own quantization grids (~1e-4°) and differ only in the last bits of a double. Each point
 * is one number, column * ROWS + row, which a Map hashes far faster than a string.
 */
const MATCH = 1e5;
const ROWS = 2 ** 25; // more than the 18,000,001 rows from pole to pole
const COLUMN_OFFSET = 180 * MATCH;
const ROW_OFFSET = 90 * MATCH;

const column = (x: number) => Math.round(x * MATCH) + COLUMN_OFFSET;
const row = (y: number) => Math.round(y * MATCH) + ROW_OFFSET;
const pointKey = (c: number, r: number) => c * ROWS + r;

/** Twice the signed area of a ring in the lon/lat plane. */
function doubleArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum;
}

function add<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function contains(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The polygons (MultiPolygon coordinates) as one MultiPolygon, edges shared along meridians and parallels removed. */
export function dissolvePolygons(polygons: readonly Position[][][]): Position[][][] {
  const points = new Map<number, Position>();
  // Outer rings keep the winding their source gave them; the largest one says which it is.
  let outerSign = 0;
  let largest = 0;
  // Directed edges, as [from, to] point keys.
  const edges: [number, number][] = [];
  // Axis-aligned edges along each meridian (by column) and parallel (by row): where each runs from and to along it.
  const meridians = new Map<number, [number, number][]>();
  const parallels = new Map<number, [number, number][]>();
  for (const polygon of polygons) {
    for (const [r, ring] of polygon.entries()) {
      const area = doubleArea(ring);
      if (r === 0 && Math.abs(area) > largest) [largest, outerSign] = [Math.abs(area), Math.sign(area)];
      let [c0, r0] = [column(ring[0]![0]!), row(ring[0]![1]!)];
      for (let i = 1; i < ring.length; i++) {
        const p = ring[i]!;
        const [c1, r1] = [column(p[0]!), row(p[1]!)];
        const to = pointKey(c1, r1);
        if (!points.has(to)) points.set(to, [p[0]!, p[1]!]);
        if (c0 === c1 && r0 !== r1) add(meridians, c0, [r0, r1]);
        else if (r0 === r1 && c0 !== c1) add(parallels, r0, [c0, c1]);
        else if (c0 !== c1) edges.push([pointKey(c0, r0), to]);
        [c0, r0] = [c1, r1];
      }
    }
  }
  // Along each line: split at every end, add up the runs each way, keep what does not cancel.
  for (const [lines, along] of [
    [meridians, (c: number, v: number) => pointKey(c, v)],
    [parallels, (r: number, v: number) => pointKey(v, r)]
  ] as const) {
    for (const [fixed, runs] of lines) {
      const stops = [...new Set(runs.flat())].sort((a, b) => a - b);
      const index = new Map(stops.map((v, i) => [v, i]));
      const net = new Array<number>(stops.length).fill(0);
      for (const [from, to] of runs) {
        const [a, b] = [index.get(from)!, index.get(to)!];
        const d = Math.sign(b - a);
        net[Math.min(a, b)]! += d;
        net[Math.max(a, b)]! -= d;
      }
      let count = 0;
      for (let i = 0; i < stops.length - 1; i++) {
        count += net[i]!;
        const [a, b] = [along(fixed, stops[i]!), along(fixed, stops[i + 1]!)];
        for (let k = 0; k < Math.abs(count); k++) edges.push(count > 0 ? [a, b] : [b, a]);
      }
    }
  }
  // Other edges cancel only against their exact reverse.
  const counts = new Map<number, Map<number, number>>();
  for (const [from, to] of edges) {
    const row = counts.get(from) ?? counts.set(from, new Map()).get(from)!;
    row.set(to, (row.get(to) ?? 0) + 1);
  }
  const outgoing = new Map<number, number[]>();
  for (const [from, targets] of counts) {
    for (const [to, n] of targets) for (let k = n - (counts.get(to)?.get(from) ?? 0); k > 0; k--) add(outgoing, from, to);
  }
  // Link the edges left into closed rings.
  const rings: Position[][] = [];
  for (const [start, targets] of outgoing) {
    while (targets.length) {
      const ring = [points.get(start)!];
      let at = start;
      while (true) {
        const next = outgoing.get(at)?.pop();
        if (next === undefined) break;
        ring.push(points.get(next)!);
        at = next;
        if (at === start) break;
      }
      if (at === start && ring.length >= 4) rings.push(ring);
    }
  }
  const outers = rings.filter((r) => Math.sign(doubleArea(r)) === outerSign).map((ring) => ({ ring, area: Math.abs(doubleArea(ring)), holes: [] as Position[][] }));
  outers.sort((a, b) => a.area - b.area);
  for (const hole of rings.filter((r) => Math.sign(doubleArea(r)) !== outerSign)) {
    // The smallest outer ring around it; a hole that fits none (touching its outer ring at
    // the point tested) goes with the largest rather than be drawn as a polygon of its own.
    const home = outers.find((o) => contains(o.ring, hole[0]!) || contains(o.ring, hole[1]!)) ?? outers[outers.length - 1];
    home?.holes.push(hole);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}
