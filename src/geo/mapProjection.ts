/**
 * The map's projections without d3-geo's projection pipeline (streams, clipping, adaptive
 * resampling): d3's raw projections (pure math) wrapped the way d3's `geoProjection` wraps
 * them — a rotation, then scale, y-flip and translate, d3's default centre [0, 0] at the
 * translate — so a point projects to what d3's projection gives within rounding
 * (tests/unit/geo/mapProjection.test.ts compares them). `fitProjection` fits like d3's
 * `fitExtent`. Hand-written because d3's pipeline costs the embed about 7 KB gzip for
 * features the map does not use (it draws already-clipped basemaps; see svgPath). The raw
 * projections and the rotation are d3-geo's code in sphere.ts, so the embed holds none of
 * d3-geo's module.
 */
import {
  geoConicConformalRaw,
  geoConicEqualAreaRaw,
  geoMercatorRaw,
  geoOrthographicRaw,
  geoRotation,
  geoTransverseMercatorRaw,
  type GeoRawProjection
} from './sphere.js';
import { forEachPosition } from './geoPositions.js';

export type ProjectionType = 'conic-conformal' | 'mercator' | 'transverse-mercator' | 'albers' | 'orthographic';

/** A projection as a story declares it (d3's names and conventions, degrees). */
export interface ProjectionSpec {
  type: ProjectionType;
  /** Standard parallels of a conic, degrees. */
  parallels?: readonly [number, number];
  /** d3's rotate: [λ, φ] or [λ, φ, γ]; [-lon, 0] puts that meridian in the middle, north up. */
  rotate?: readonly [number, number] | readonly [number, number, number];
}

/** Projects [lon, lat] in degrees to px; `invert` maps px back to [lon, lat]. */
export type MapProjection = ((lonLat: [number, number]) => [number, number]) & {
  invert(point: [number, number]): [number, number];
  readonly scale: number;
  readonly translate: readonly [number, number];
  readonly spec: ProjectionSpec;
  /**
   * Whether the straight segment between two positions crosses the projection's seam (the
   * antimeridian of its rotated frame): drawn, it would streak across the map.
   */
  crossesSeam(a: readonly number[], b: readonly number[]): boolean;
  /** For a globe: whether a position is on its far side (projected onto the rim instead). */
  hidden?(lonLat: readonly number[]): boolean;
};

export type Extent = [[number, number], [number, number]];

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;
const TAU = 2 * Math.PI;

/** Longitude in radians wrapped into [-π, π], as d3's rotation does. */
function wrap(lambda: number): number {
  return Math.abs(lambda) > Math.PI ? lambda - Math.round(lambda / TAU) * TAU : lambda;
}

/** d3's default parallels for its conic projections, when a story gives none. */
const DEFAULT_PARALLELS: Record<'conic-conformal' | 'albers', readonly [number, number]> = {
  'conic-conformal': [30, 30],
  albers: [29.5, 45.5]
};

function rawOf(spec: ProjectionSpec): GeoRawProjection {
  switch (spec.type) {
    case 'conic-conformal':
    case 'albers': {
      const [a, b] = spec.parallels ?? DEFAULT_PARALLELS[spec.type];
      const make = spec.type === 'albers' ? geoConicEqualAreaRaw : geoConicConformalRaw;
      return make(a * RADIANS, b * RADIANS);
    }
    case 'mercator':
      return geoMercatorRaw;
    case 'transverse-mercator':
      return geoTransverseMercatorRaw;
    case 'orthographic':
      return geoOrthographicRaw;
  }
}

/** The rotation d3 applies: [λ, φ, γ] degrees, with the transverse Mercator's own 90° roll. */
function rotationOf(spec: ProjectionSpec): [number, number, number] {
  const [l = 0, p = 0, g = 0] = spec.rotate ?? [];
  return spec.type === 'transverse-mercator' ? [l, p, g + 90] : [l, p, g];
}

/** The projection at a scale (d3's `scale`: px per unit of the raw projection) and translate. */
export function projectionAt(spec: ProjectionSpec, scale: number, translate: readonly [number, number]): MapProjection {
  const raw = rawOf(spec);
  const rawInvert = raw.invert!;
  const [l, p, g] = rotationOf(spec);
  // Only a turn about the axis: the cheap form (d3 does the same).
  const simple = p === 0 && g === 0;
  const rotation = simple ? null : geoRotation([l, p, g]);
  const lambda = l * RADIANS;
  const forward = (lon: number, lat: number): [number, number] => {
    if (!rotation) return [wrap(lon * RADIANS + lambda), lat * RADIANS];
    const [a, b] = rotation([lon, lat]);
    return [a * RADIANS, b * RADIANS];
  };
  // d3 puts the centre (default [0, 0], unrotated) at the translate.
  const [cx, cy] = raw(0, 0);
  const dx = translate[0] - scale * cx;
  const dy = translate[1] + scale * cy;
  const globe = spec.type === 'orthographic';
  const project = ((lonLat: [number, number]) => {
    const [lam, phi] = forward(lonLat[0], lonLat[1]);
    let [x, y] = raw(lam, phi);
    // The far side of a globe goes to its rim, in the direction it lies.
    if (globe && Math.cos(phi) * Math.cos(lam) < 0) {
      const r = Math.hypot(x, y) || 1;
      x /= r;
      y /= r;
    }
    return [dx + scale * x, dy - scale * y];
  }) as MapProjection;
  return Object.assign(project, {
    invert([x, y]: [number, number]): [number, number] {
      const [lam, phi] = rawInvert((x - dx) / scale, (dy - y) / scale);
      if (!rotation) return [wrap(lam - lambda) * DEGREES, phi * DEGREES] as [number, number];
      return rotation.invert([lam * DEGREES, phi * DEGREES]) as [number, number];
    },
    scale,
    translate: [translate[0], translate[1]] as const,
    spec,
    crossesSeam(a: readonly number[], b: readonly number[]) {
      return Math.abs(forward(a[0]!, a[1]!)[0] - forward(b[0]!, b[1]!)[0]) > Math.PI;
    },
    ...(globe
      ? {
          hidden(lonLat: readonly number[]) {
            const [lam, phi] = forward(lonLat[0]!, lonLat[1]!);
            return Math.cos(phi) * Math.cos(lam) < 0;
          }
        }
      : {})
  });
}

/**
 * The projection fitted so that the projected extent of the object's positions is as large
 * as fits inside `extent` and centred in it: d3's `fitExtent`, over the object's vertices
 * (d3 also counts the points its resampling adds along curved edges; for a MultiPoint, as
 * the map's region outline is, the two agree exactly).
 */
export function fitProjection(spec: ProjectionSpec, [[x0, y0], [x1, y1]]: Extent, object: GeoJSON.GeoJSON): MapProjection {
  const unit = projectionAt(spec, 150, [0, 0]);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  forEachPosition(object, (position) => {
    const [x, y] = unit(position);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  });
  if (!(maxX > minX) && !(maxY > minY)) return projectionAt(spec, 150, [(x0 + x1) / 2, (y0 + y1) / 2]);
  const w = x1 - x0;
  const h = y1 - y0;
  const k = Math.min(w / Math.max(maxX - minX, 1e-12), h / Math.max(maxY - minY, 1e-12));
  return projectionAt(spec, 150 * k, [x0 + (w - k * (maxX + minX)) / 2, y0 + (h - k * (maxY + minY)) / 2]);
}
