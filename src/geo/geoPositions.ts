/**
 * Walking the positions of any GeoJSON object, and its lon/lat bounding box: for fitting a
 * projection and for cheap "is this country near?" tests. The box is planar min/max, not
 * d3's spherical `geoBounds`; the same for shapes that neither cross the antimeridian nor
 * enclose a pole, as everything in this map's region.
 */

/** Calls `visit` with each position of the object, rings' closing repeats included. */
export function forEachPosition(object: GeoJSON.GeoJSON | null | undefined, visit: (position: [number, number]) => void): void {
  if (!object) return;
  switch (object.type) {
    case 'FeatureCollection':
      for (const feature of object.features) forEachPosition(feature.geometry, visit);
      return;
    case 'Feature':
      forEachPosition(object.geometry, visit);
      return;
    case 'GeometryCollection':
      for (const geometry of object.geometries) forEachPosition(geometry, visit);
      return;
    case 'Point':
      visit(object.coordinates as [number, number]);
      return;
    case 'MultiPoint':
    case 'LineString':
      for (const p of object.coordinates) visit(p as [number, number]);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of object.coordinates) for (const p of line) visit(p as [number, number]);
      return;
    case 'MultiPolygon':
      for (const polygon of object.coordinates) for (const ring of polygon) for (const p of ring) visit(p as [number, number]);
      return;
  }
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
