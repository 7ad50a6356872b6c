/**
 * Walking the positions of any GeoJSON object, and its lon/lat bounding box: for fitting a
 * projection and for cheap "is this country near?" tests. The box is planar min/max, not
 * d3's spherical `geoBounds`; the same for shapes that neither cross the antimeridian nor
 * enclose a pole, as everything in this map's region.
 */

/** A run of positions: scattered points, an open line, or a polygon ring (closing repeat included). */
export type PartKind = 'points' | 'line' | 'ring';

/** Calls `visit` with each run of positions of the object, in order. The one walk over GeoJSON's types. */
export function forEachPart(
  object: GeoJSON.GeoJSON | null | undefined,
  visit: (positions: GeoJSON.Position[], kind: PartKind) => void
): void {
  if (!object) return;
  switch (object.type) {
    case 'FeatureCollection':
      for (const feature of object.features) forEachPart(feature.geometry, visit);
      return;
    case 'Feature':
      forEachPart(object.geometry, visit);
      return;
    case 'GeometryCollection':
      for (const geometry of object.geometries) forEachPart(geometry, visit);
      return;
    case 'Point':
      visit([object.coordinates], 'points');
      return;
    case 'MultiPoint':
      visit(object.coordinates, 'points');
      return;
    case 'LineString':
      visit(object.coordinates, 'line');
      return;
    case 'MultiLineString':
      for (const line of object.coordinates) visit(line, 'line');
      return;
    case 'Polygon':
      for (const ring of object.coordinates) visit(ring, 'ring');
      return;
    case 'MultiPolygon':
      for (const polygon of object.coordinates) for (const ring of polygon) visit(ring, 'ring');
      return;
  }
}

/** Calls `visit` with each position of the object, rings' closing repeats included. */
export function forEachPosition(object: GeoJSON.GeoJSON | null | undefined, visit: (position: [number, number]) => void): void {
  forEachPart(object, (positions) => {
    for (const p of positions) visit(p as [number, number]);
  });
}

/** [[west, south], [east, north]] of the object's positions; Infinities when it has none. */
export function lonLatBounds(object: GeoJSON.GeoJSON | null | undefined): [[number, number], [number, number]] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  forEachPosition(object, ([lon, lat]) => {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  });
  return [
    [west, south],
    [east, north]
  ];
}
