/**
 * CSS's `ease` timing function, cubic-bezier(0.25, 0.1, 0.25, 1): what a browser applies to
 * `transition: opacity 400ms ease`, so a frame drawn at time t shows the opacity a browser
 * shows then. Solved for x by Newton's method with bisection as the fallback.
 */
const X1 = 0.25;
const Y1 = 0.1;
const X2 = 0.25;
const Y2 = 1;

const bezier = (t: number, a: number, b: number) => 3 * a * t * (1 - t) ** 2 + 3 * b * t * t * (1 - t) + t ** 3;
const slope = (t: number, a: number, b: number) => 3 * a * (1 - t) ** 2 + 6 * (b - a) * t * (1 - t) + 3 * (1 - b) * t * t;

export function cssEase(x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  let t = x;
  for (let i = 0; i < 8; i++) {
    const error = bezier(t, X1, X2) - x;
    if (Math.abs(error) < 1e-7) return bezier(t, Y1, Y2);
    const d = slope(t, X1, X2);
    if (Math.abs(d) < 1e-6) break;
    t -= error / d;
  }
  let lo = 0;
  let hi = 1;
  t = x;
  for (let i = 0; i < 40; i++) {
    const value = bezier(t, X1, X2);
    if (Math.abs(value - x) < 1e-7) break;
    if (value < x) lo = t;
    else hi = t;
    t = (lo + hi) / 2;
  }
  return bezier(t, Y1, Y2);
}
