/**
 * The line chart's two scales and its path writer, in place of d3-scale and d3-shape (which
 * pulled d3-interpolate, d3-color, d3-format, d3-time-format and d3-path into the line
 * chart's file for tick formats and colour ramps it never used: its labels come from `Intl`,
 * lineFormats.ts). They compute what those did for the chart, number for number: a linear
 * map of a two-number domain onto a range (d3's continuous scale with its default number
 * interpolator), d3-array's ticks, d3-scale's `nice`, d3-time's UTC ticks for dates, and
 * d3-shape's linear `line()` at two decimals. Pure.
 */
import { tickIncrement, ticks } from 'd3-array';
import { utcTicks } from 'd3-time';

/** A scale as the chart's ticks use it: a function of a number, with its domain, range and ticks. */
export interface ChartScale {
  (value: number): number;
  domain(): number[];
  range(): number[];
  /** About `count` round values within the domain. */
  ticks(count: number): number[];
}

/** `x` mapped from [d0, d1] onto [r0, r1] as d3's continuous scale does (a descending domain flipped first); NaN for a value that is not a number. */
function mapper(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const t = span ? (x: number) => (x - d0) / span : () => (Number.isNaN(span) ? Number.NaN : 0.5);
  return (x) => {
    if (x == null || Number.isNaN((x = +x))) return Number.NaN;
    const u = t(x);
    return r0 * (1 - u) + r1 * u;
  };
}

function scale(domain: readonly [number, number], range: readonly [number, number], tickValues: (a: number, b: number, count: number) => number[]): ChartScale {
  const d = [+domain[0], +domain[1]];
  const r = [range[0], range[1]];
  const s = mapper(d[0]!, d[1]!, r[0]!, r[1]!) as ChartScale;
  s.domain = () => d.slice();
  s.range = () => r.slice();
  s.ticks = (count) => tickValues(d[0]!, d[1]!, count);
  return s;
}

/** A linear scale (d3's `scaleLinear().domain(domain).range(range)`). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): ChartScale {
  return scale(domain, range, ticks);
}

/** A UTC time scale over epoch milliseconds (d3's `scaleUtc()`): ticks at round UTC years, months, days, hours. */
export function utcScale(domain: readonly [number, number], range: readonly [number, number]): ChartScale {
  return scale(domain, range, (a, b, count) => utcTicks(new Date(a), new Date(b), count).map(Number));
}

/** A domain rounded out to round numbers for about `count` ticks (d3-scale's linear `nice(count)`). */
export function niceDomain(domain: readonly [number, number], count: number): [number, number] {
  const d: [number, number] = [domain[0], domain[1]];
  let i0 = 0;
  let i1 = 1;
  let start = d[0];
  let stop = d[1];
  if (stop < start) {
    [start, stop] = [stop, start];
    [i0, i1] = [i1, i0];
  }
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) {
      d[i0] = start;
      d[i1] = stop;
      return d;
    } else if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return d;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The path command for a line's `index`-th point (a move for the first, a line to it after), two decimals. */
export function pathSegment(index: number, x: number, y: number): string {
  return `${index ? 'L' : 'M'}${round2(x)},${round2(y)}`;
}

/**
 * An SVG path through points (all finite), straight segments, coordinates at two decimals:
 * what d3-shape's `line().digits(2)` writes; '' for no points, a closed dot for one.
 */
export function linePath(points: readonly (readonly [number, number])[]): string {
  if (!points.length) return '';
  let d = '';
  for (let i = 0; i < points.length; i++) d += pathSegment(i, points[i]![0], points[i]![1]);
  return points.length === 1 ? `${d}Z` : d;
}
