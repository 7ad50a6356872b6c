/** Cubic ease in and out (as d3-ease's easeCubicInOut): slow start, slow finish. */
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}
