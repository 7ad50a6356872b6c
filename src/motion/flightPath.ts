/**
 * The smooth zoom-and-pan of van Wijk & Nuij ("Smooth and efficient zooming and panning",
 * 2003): zoom out, pan, zoom in along the path that feels shortest. The same mathematics as
 * d3-interpolate's interpolateZoom (ISC, Mike Bostock), written here so the package does not
 * pull d3-interpolate, and with it d3-color's colour tables, into every app's bundle.
 *
 * Views are [centre x, centre y, width of the view]; `duration` is the path's natural length
 * in ms at rho = √2.
 */
export type ZoomView = readonly [number, number, number];

export interface FlightPath {
  (t: number): [number, number, number];
  duration: number;
}

const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
const EPSILON2 = 1e-12;

const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

export function flightPath(from: ZoomView, to: ZoomView): FlightPath {
  const [ux0, uy0, w0] = from;
  const [ux1, uy1, w1] = to;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let S: number;
  let at: (t: number) => [number, number, number];
  if (d2 < EPSILON2) {
    // Same centre: only the zoom changes.
    S = Math.log(w1 / w0) / RHO;
    at = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    // d3 writes log(√(b²+1) − b), which is −asinh(b) but cancels to log(0) when b is large
    // (a tiny pan with a big zoom): asinh keeps the path finite.
    const r0 = -Math.asinh(b0);
    const r1 = -Math.asinh(b1);
    S = (r1 - r0) / RHO;
    const coshr0 = cosh(r0);
    at = (t) => {
      const s = t * S;
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  const path = at as FlightPath;
  path.duration = (Math.abs(S) * 1000 * RHO) / Math.SQRT2;
  return path;
}
