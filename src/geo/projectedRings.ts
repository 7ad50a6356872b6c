/**
 * An area's outline projected once to base (unzoomed) map coordinates, for fast "is this
 * point inside?" tests when placing country and governorate names: a planar even-odd test
 * on projected rings with a bounding-box check first, instead of d3-geo's spherical
 * `geoContains` on full-detail polygons, which made each label pass cost hundreds of ms
 * on a phone. Within the conformal map's small region the two agree away from the edge.
 */
export interface ProjectedRings {
  /** Each ring as x0, y0, x1, y1, … */
  rings: Float64Array[];
  /** [minX, minY, maxX, maxY] of all rings. */
  box: [number, number, number, number];
}

type Project = (point: [number, number]) => [number, number] | null;

function polygons(geometry: GeoJSON.Geometry): GeoJSON.Position[][][] {
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polygons);
    default:
      return [];
  }
}

export function projectRings(geometry: GeoJSON.Geometry, project: Project): ProjectedRings {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Float64Array[] = [];
  for (const polygon of polygons(geometry)) {
    for (const ring of polygon) {
      const out = new Float64Array(ring.length * 2);
      let n = 0;
      for (const position of ring) {
        const p = project([position[0]!, position[1]!]);
        if (!p) continue;
        out[n++] = p[0];
        out[n++] = p[1];
        if (p[0] < box[0]) box[0] = p[0];
        if (p[1] < box[1]) box[1] = p[1];
        if (p[0] > box[2]) box[2] = p[0];
        if (p[1] > box[3]) box[3] = p[1];
      }
      if (n >= 6) rings.push(out.subarray(0, n));
    }
  }
  return { rings, box };
}

/** Even-odd rule over every ring, so holes (and enclaves drawn as holes) count as outside. */
export function ringsContain({ rings, box }: ProjectedRings, x: number, y: number): boolean {
  if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const xi = ring[i]!;
      const yi = ring[i + 1]!;
      const xj = ring[j]!;
      const yj = ring[j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
