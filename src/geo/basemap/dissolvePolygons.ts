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
 * Coordinates are matched at 1e-6° (~0.1 m): two tiles decode a shared edge from their own
 * quantization grids (~1e-4°) and differ only in the last bits of a double.
 */
const MATCH = 1e6;

/** A directed ring edge between two matched points. */
interface Edge {
  from: string;
  to: string;
}

/** Twice the signed area of a ring in the lon/lat plane. */
function doubleArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
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
  const points = new Map<string, Position>();
  const keyOf = (p: Position) => {
    const key = `${Math.round(p[0]! * MATCH)},${Math.round(p[1]! * MATCH)}`;
    if (!points.has(key)) points.set(key, [p[0]!, p[1]!]);
    return key;
  };
  // Outer rings keep the winding their source gave them; the largest one says which it is.
  let outerSign = 0;
  let largest = 0;
  const edges: Edge[] = [];
  // Axis-aligned edges by line ("x:KEY" for a meridian, "y:KEY" for a parallel), with each end's position along it.
  const lines = new Map<string, { from: number; to: number }[]>();
  for (const polygon of polygons) {
    for (const [r, ring] of polygon.entries()) {
      const area = doubleArea(ring);
      if (r === 0 && Math.abs(area) > largest) [largest, outerSign] = [Math.abs(area), Math.sign(area)];
      for (let i = 1; i < ring.length; i++) {
        const [from, to] = [keyOf(ring[i - 1]!), keyOf(ring[i]!)];
        if (from === to) continue;
        const [fx, fy] = from.split(',');
        const [tx, ty] = to.split(',');
        if (fx === tx) add(lines, `x:${fx}`, { from: +fy!, to: +ty! });
        else if (fy === ty) add(lines, `y:${fy}`, { from: +fx!, to: +tx! });
        else edges.push({ from, to });
      }
    }
  }
  // Along each line: split at every end, add up the runs each way, keep what does not cancel.
  for (const [line, runs] of lines) {
    const fixed = line.slice(2);
    const at = (v: number) => (line[0] === 'x' ? `${fixed},${v}` : `${v},${fixed}`);
    const stops = [...new Set(runs.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
    const index = new Map(stops.map((v, i) => [v, i]));
    const net = new Array<number>(stops.length).fill(0);
    for (const { from, to } of runs) {
      const [a, b] = [index.get(from)!, index.get(to)!];
      const d = Math.sign(b - a);
      net[Math.min(a, b)]! += d;
      net[Math.max(a, b)]! -= d;
    }
    let count = 0;
    for (let i = 0; i < stops.length - 1; i++) {
      count += net[i]!;
      for (let k = 0; k < Math.abs(count); k++) {
        edges.push(count > 0 ? { from: at(stops[i]!), to: at(stops[i + 1]!) } : { from: at(stops[i + 1]!), to: at(stops[i]!) });
      }
    }
  }
  // Other edges cancel only against their exact reverse.
  const counts = new Map<string, number>();
  for (const { from, to } of edges) counts.set(`${from}>${to}`, (counts.get(`${from}>${to}`) ?? 0) + 1);
  const outgoing = new Map<string, string[]>();
  for (const [pair, n] of counts) {
    const [from, to] = pair.split('>') as [string, string];
    for (let k = n - (counts.get(`${to}>${from}`) ?? 0); k > 0; k--) add(outgoing, from, to);
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
