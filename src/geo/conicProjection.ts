/**
 * A conformal conic projection without d3-geo's projection pipeline (streams, clipping,
 * adaptive resampling): d3's raw projection `geoConicConformalRaw` (pure math) wrapped the
 * way d3's `geoConicConformal()` wraps it, a rotation to the central meridian, then scale,
 * y-flip and translate, with d3's default centre [0, 0] at the translate. `fitConic` fits it
 * like d3's `fitExtent`. A point projects to what d3's projection gives within rounding
 * (tests/unit/geo/conicProjection.test.ts compares the two).
 */
import { geoConicConformalRaw } from 'd3-geo';
import { forEachPosition } from './geoPositions.js';

/** Projects [lon, lat] in degrees to px; `invert` maps px back to [lon, lat]. */
export type MapProjection = ((lonLat: [number, number]) => [number, number]) & {
  invert(point: [number, number]): [number, number];
  readonly scale: number;
  readonly translate: readonly [number, number];
};

/** The projection's shape: standard parallels and central meridian, degrees. */
export interface Conic {
  parallels: readonly [number, number];
  meridian: number;
}

export type Extent = [[number, number], [number, number]];

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;
const TAU = 2 * Math.PI;

/** Longitude in radians wrapped into [-π, π], as d3's rotation does. */
function wrap(lambda: number): number {
  return Math.abs(lambda) > Math.PI ? lambda - Math.round(lambda / TAU) * TAU : lambda;
}

/** The projection at a scale (d3's `scale`: px per unit of the raw projection) and translate. */
export function conicProjection({ parallels, meridian }: Conic, scale: number, translate: readonly [number, number]): MapProjection {
  const raw = geoConicConformalRaw(parallels[0] * RADIANS, parallels[1] * RADIANS);
  const rawInvert = raw.invert!;
  const rotate = -meridian * RADIANS;
  // d3 puts the centre (default [0, 0], unrotated) at the translate.
  const [cx, cy] = raw(0, 0);
  const dx = translate[0] - scale * cx;
  const dy = translate[1] + scale * cy;
  const project = ((lonLat: [number, number]) => {
    const [x, y] = raw(wrap(lonLat[0] * RADIANS + rotate), lonLat[1] * RADIANS);
    return [dx + scale * x, dy - scale * y];
  }) as MapProjection;
  return Object.assign(project, {
    invert([x, y]: [number, number]): [number, number] {
      const [lambda, phi] = rawInvert((x - dx) / scale, (dy - y) / scale);
      return [wrap(lambda - rotate) * DEGREES, phi * DEGREES];
    },
    scale,
    translate: [translate[0], translate[1]] as const
  });
}

/**
 * The projection fitted so that the projected extent of the object's positions is as large
 * as fits inside `extent` and centred in it: d3's `fitExtent`, over the object's vertices
 * (d3 also counts the points its resampling adds along curved edges; for a MultiPoint, as
 * the base map's region outline is, the two agree exactly).
 */
export function fitConic(conic: Conic, [[x0, y0], [x1, y1]]: Extent, object: GeoJSON.GeoJSON): MapProjection {
  const unit = conicProjection(conic, 150, [0, 0]);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  forEachPosition(object, (position) => {
    const [x, y] = unit(position);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  const w = x1 - x0;
  const h = y1 - y0;
  const k = Math.min(w / (maxX - minX), h / (maxY - minY));
  return conicProjection(conic, 150 * k, [x0 + (w - k * (maxX + minX)) / 2, y0 + (h - k * (maxY + minY)) / 2]);
}
