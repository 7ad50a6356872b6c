/**
 * The few pieces of d3-geo the map uses, ported from d3-geo 3.1.2 (ISC licence, Copyright
 * 2010-2026 Mike Bostock): great-circle distance and interpolation, the rotation, and the
 * raw projections the map offers. The same formulas in the same order, so they give what
 * d3's do to the last bit (tests/unit/geo/sphere.test.ts compares them). Importing them from
 * d3-geo kept about 16 KB (6 KB gzip) of its module in the embed's map file: top-level
 * statements such as its antimeridian clip (`clip(...)`) and `new Adder()` counters, which a
 * bundler cannot prove unused. Pure.
 */

const epsilon = 1e-6;
const pi = Math.PI;
const halfPi = pi / 2;
const tau = pi * 2;
const degrees = 180 / pi;
const radians = pi / 180;
const { abs, atan, atan2, cos, exp, log, pow, sin, sqrt, tan, sign } = Math;

const asin = (x: number) => (x > 1 ? halfPi : x < -1 ? -halfPi : Math.asin(x));
const haversin = (x: number) => (x = sin(x / 2)) * x;

/** d3's raw projection: radians in, unit-scale plane out; `invert` back. */
export interface GeoRawProjection {
  (lambda: number, phi: number): [number, number];
  invert?(x: number, y: number): [number, number];
}

/** Great-circle distance between two [lon, lat] positions in degrees, in radians (d3's geoDistance). */
export function geoDistance(a: readonly [number, number] | readonly number[], b: readonly [number, number] | readonly number[]): number {
  const lambda0 = a[0]! * radians;
  const phi0 = a[1]! * radians;
  const sinPhi0 = sin(phi0);
  const cosPhi0 = cos(phi0);
  const lambda = b[0]! * radians;
  const phi = b[1]! * radians;
  const sinPhi = sin(phi);
  const cosPhi = cos(phi);
  const delta = abs(lambda - lambda0);
  const cosDelta = cos(delta);
  const sinDelta = sin(delta);
  const x = cosPhi * sinDelta;
  const y = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDelta;
  const z = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDelta;
  // d3 sums this one term in an Adder, which holds it exactly; + 0 turns a -0 into 0 as that sum does.
  return atan2(sqrt(x * x + y * y), z) + 0;
}

/** The great-circle interpolator from `a` to `b` (d3's geoInterpolate): t in 0..1 to [lon, lat] degrees; `distance` in radians. */
export function geoInterpolate(a: readonly [number, number] | readonly number[], b: readonly [number, number] | readonly number[]): ((t: number) => [number, number]) & { distance: number } {
  const x0 = a[0]! * radians;
  const y0 = a[1]! * radians;
  const x1 = b[0]! * radians;
  const y1 = b[1]! * radians;
  const cy0 = cos(y0);
  const sy0 = sin(y0);
  const cy1 = cos(y1);
  const sy1 = sin(y1);
  const kx0 = cy0 * cos(x0);
  const ky0 = cy0 * sin(x0);
  const kx1 = cy1 * cos(x1);
  const ky1 = cy1 * sin(x1);
  const d = 2 * asin(sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0)));
  const k = sin(d);
  const interpolate = (
    d
      ? (t: number): [number, number] => {
          const B = sin((t *= d)) / k;
          const A = sin(d - t) / k;
          const x = A * kx0 + B * kx1;
          const y = A * ky0 + B * ky1;
          const z = A * sy0 + B * sy1;
          return [atan2(y, x) * degrees, atan2(z, sqrt(x * x + y * y)) * degrees];
        }
      : (): [number, number] => [x0 * degrees, y0 * degrees]
  ) as ((t: number) => [number, number]) & { distance: number };
  interpolate.distance = d;
  return interpolate;
}

type Rotate = ((lambda: number, phi: number) => [number, number]) & { invert: (lambda: number, phi: number) => [number, number] };

function compose(a: Rotate, b: Rotate): Rotate {
  const f = ((x: number, y: number) => {
    const p = a(x, y);
    return b(p[0], p[1]);
  }) as Rotate;
  f.invert = (x, y) => {
    const p = b.invert(x, y);
    return a.invert(p[0], p[1]);
  };
  return f;
}

const rotationIdentity = ((lambda: number, phi: number): [number, number] => {
  if (abs(lambda) > pi) lambda -= Math.round(lambda / tau) * tau;
  return [lambda, phi];
}) as Rotate;
rotationIdentity.invert = rotationIdentity;

function forwardRotationLambda(deltaLambda: number) {
  return (lambda: number, phi: number): [number, number] => {
    lambda += deltaLambda;
    if (abs(lambda) > pi) lambda -= Math.round(lambda / tau) * tau;
    return [lambda, phi];
  };
}

function rotationLambda(deltaLambda: number): Rotate {
  const rotation = forwardRotationLambda(deltaLambda) as Rotate;
  rotation.invert = forwardRotationLambda(-deltaLambda);
  return rotation;
}

function rotationPhiGamma(deltaPhi: number, deltaGamma: number): Rotate {
  const cosDeltaPhi = cos(deltaPhi);
  const sinDeltaPhi = sin(deltaPhi);
  const cosDeltaGamma = cos(deltaGamma);
  const sinDeltaGamma = sin(deltaGamma);
  const rotation = ((lambda: number, phi: number): [number, number] => {
    const cosPhi = cos(phi);
    const x = cos(lambda) * cosPhi;
    const y = sin(lambda) * cosPhi;
    const z = sin(phi);
    const k = z * cosDeltaPhi + x * sinDeltaPhi;
    return [atan2(y * cosDeltaGamma - k * sinDeltaGamma, x * cosDeltaPhi - z * sinDeltaPhi), asin(k * cosDeltaGamma + y * sinDeltaGamma)];
  }) as Rotate;
  rotation.invert = (lambda, phi) => {
    const cosPhi = cos(phi);
    const x = cos(lambda) * cosPhi;
    const y = sin(lambda) * cosPhi;
    const z = sin(phi);
    const k = z * cosDeltaGamma - y * sinDeltaGamma;
    return [atan2(y * cosDeltaGamma + z * sinDeltaGamma, x * cosDeltaPhi + k * sinDeltaPhi), asin(k * cosDeltaPhi - x * sinDeltaPhi)];
  };
  return rotation;
}

function rotateRadians(deltaLambda: number, deltaPhi: number, deltaGamma: number): Rotate {
  return (deltaLambda %= tau)
    ? deltaPhi || deltaGamma
      ? compose(rotationLambda(deltaLambda), rotationPhiGamma(deltaPhi, deltaGamma))
      : rotationLambda(deltaLambda)
    : deltaPhi || deltaGamma
      ? rotationPhiGamma(deltaPhi, deltaGamma)
      : rotationIdentity;
}

/** d3's geoRotation: [λ, φ] or [λ, φ, γ] degrees; rotates [lon, lat] degrees, `invert` back. */
export function geoRotation(rotate: readonly number[]): ((p: [number, number]) => [number, number]) & { invert: (p: [number, number]) => [number, number] } {
  const r = rotateRadians(rotate[0]! * radians, rotate[1]! * radians, rotate.length > 2 ? rotate[2]! * radians : 0);
  const forward = ((c: [number, number]) => {
    const p = r(c[0] * radians, c[1] * radians);
    return ((p[0] *= degrees), (p[1] *= degrees), p);
  }) as ((p: [number, number]) => [number, number]) & { invert: (p: [number, number]) => [number, number] };
  forward.invert = (c) => {
    const p = r.invert(c[0] * radians, c[1] * radians);
    return ((p[0] *= degrees), (p[1] *= degrees), p);
  };
  return forward;
}

export const geoMercatorRaw: GeoRawProjection = (lambda, phi) => [lambda, log(tan((halfPi + phi) / 2))];
geoMercatorRaw.invert = (x, y) => [x, 2 * atan(exp(y)) - halfPi];

export const geoTransverseMercatorRaw: GeoRawProjection = (lambda, phi) => [log(tan((halfPi + phi) / 2)), -lambda];
geoTransverseMercatorRaw.invert = (x, y) => [-y, 2 * atan(exp(x)) - halfPi];

export const geoOrthographicRaw: GeoRawProjection = (x, y) => [cos(y) * sin(x), sin(y)];
geoOrthographicRaw.invert = (x, y) => {
  const z = sqrt(x * x + y * y);
  const c = asin(z);
  const sc = sin(c);
  const cc = cos(c);
  return [atan2(x * sc, z * cc), asin(z && (y * sc) / z)];
};

const tany = (y: number) => tan((halfPi + y) / 2);

/** d3's geoConicConformalRaw (parallels in radians). */
export function geoConicConformalRaw(y0: number, y1: number): GeoRawProjection {
  const cy0 = cos(y0);
  const n = y0 === y1 ? sin(y0) : log(cy0 / cos(y1)) / log(tany(y1) / tany(y0));
  const f = (cy0 * pow(tany(y0), n)) / n;
  if (!n) return geoMercatorRaw;
  const project: GeoRawProjection = (x, y) => {
    if (f > 0) {
      if (y < -halfPi + epsilon) y = -halfPi + epsilon;
    } else if (y > halfPi - epsilon) y = halfPi - epsilon;
    const r = f / pow(tany(y), n);
    return [r * sin(n * x), f - r * cos(n * x)];
  };
  project.invert = (x, y) => {
    const fy = f - y;
    const r = sign(n) * sqrt(x * x + fy * fy);
    let l = atan2(x, abs(fy)) * sign(fy);
    if (fy * n < 0) l -= pi * sign(x) * sign(fy);
    return [l / n, 2 * atan(pow(f / r, 1 / n)) - halfPi];
  };
  return project;
}

function cylindricalEqualAreaRaw(phi0: number): GeoRawProjection {
  const cosPhi0 = cos(phi0);
  const forward: GeoRawProjection = (lambda, phi) => [lambda * cosPhi0, sin(phi) / cosPhi0];
  forward.invert = (x, y) => [x / cosPhi0, asin(y * cosPhi0)];
  return forward;
}

/** d3's geoConicEqualAreaRaw (parallels in radians). */
export function geoConicEqualAreaRaw(y0: number, y1: number): GeoRawProjection {
  const sy0 = sin(y0);
  const n = (sy0 + sin(y1)) / 2;
  if (abs(n) < epsilon) return cylindricalEqualAreaRaw(y0);
  const c = 1 + sy0 * (2 * n - sy0);
  const r0 = sqrt(c) / n;
  const project: GeoRawProjection = (x, y) => {
    const r = sqrt(c - 2 * n * sin(y)) / n;
    return [r * sin((x *= n)), r0 - r * cos(x)];
  };
  project.invert = (x, y) => {
    const r0y = r0 - y;
    let l = atan2(x, abs(r0y)) * sign(r0y);
    if (r0y * n < 0) l -= pi * sign(x) * sign(r0y);
    return [l / n, asin((c - (x * x + r0y * r0y) * n * n) / (2 * n))];
  };
  return project;
}
