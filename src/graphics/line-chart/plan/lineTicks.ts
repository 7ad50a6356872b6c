/**
 * Axis ticks of a line chart, worded in the story's language and thinned until their labels
 * fit: x labels sit centred under their ticks (held inside the chart at its edges) with room
 * between them; y labels sit above their gridlines at the plot's left, so they take no width
 * from the plot, and are spaced at least a line and a half apart. Pure.
 */
import type { ChartScale } from './scales.js';
import { dateTickLabels, numberTickLabels } from './lineFormats.js';
import { textWidth, type TextStyle } from './textMetrics.js';
import type { XType } from './xValue.js';

export interface Tick {
  value: number;
  /** Position on its axis, px. */
  pos: number;
  label: string;
  /** x of the label's centre, px (an x label moved inward at the chart's edges). */
  labelX: number;
  /** The label's width, px. */
  width: number;
}

/** Free space between two x tick labels, px: less reads as one label. */
export const TICK_LABEL_GAP = 10;
/** Room each x label is offered when choosing how many to try first, px: a short date. */
const X_TICK_ROOM = { narrow: 72, wide: 100 };
/** Height per y tick, px: gridlines closer than this crowd the lines. */
const Y_TICK_ROOM = 48;
/** Most x ticks skipped between two kept, when thinning a denser set. */
const THIN_MAX = 3;
/** Most y ticks: beyond this, gridlines add ink and no precision. */
const Y_TICK_MAX = 8;

/** The x scale (d3-scale's scales fit it too). */
type XScale = ChartScale | { (value: never): number; domain(): (number | Date)[]; range(): number[]; ticks(count: number): (number | Date)[] };

function labelsOf(values: number[], type: XType, lang: string): string[] {
  return type === 'date' ? dateTickLabels(values, lang) : numberTickLabels(values, lang, 'x');
}

function inDomain(values: number[], domain: readonly number[]): number[] {
  const lo = Math.min(domain[0]!, domain[1]!);
  const hi = Math.max(domain[0]!, domain[1]!);
  const slack = (hi - lo) * 1e-9;
  return values.filter((v) => Number.isFinite(v) && v >= lo - slack && v <= hi + slack);
}

/** The x ticks: as many as fit, from `bounds.left` to `bounds.right` (the chart's edges). */
export function xTicks(
  scale: XScale,
  type: XType,
  lang: string,
  style: TextStyle,
  bounds: { left: number; right: number },
  narrow: boolean
): Tick[] {
  const [r0, r1] = scale.range() as [number, number];
  const span = Math.abs(r1 - r0);
  const domain = scale.domain().map(Number);
  if (!(span > 0) || !domain.every(Number.isFinite) || !Number.isFinite(domain[1]! - domain[0]!)) return [];
  let count = Math.max(2, Math.floor(span / (narrow ? X_TICK_ROOM.narrow : X_TICK_ROOM.wide)));
  let best: Tick[] = [];
  let single: Tick[] | null = null;
  for (; count >= 1; count--) {
    const all = inDomain(scale.ticks(count).map(Number), domain);
    // d3 steps from one interval to a much wider one (2 days to a week): every other tick of
    // the denser set often fits first.
    for (let every = 1; every <= THIN_MAX; every++) {
      const values = all.filter((_, i) => i % every === 0);
      const ticks = placeX(values, labelsOf(values, type, lang), scale, style, bounds);
      if (!fits(ticks)) {
        best = ticks;
        continue;
      }
      if (values.length >= 2) return ticks;
      single ??= ticks;
    }
  }
  if (single) return single;
  // Even one tick per try overlaps (very long labels in a very narrow chart): keep those that fit, from the first.
  const kept: Tick[] = [];
  for (const tick of best) if (!kept.length || fits([kept[kept.length - 1]!, tick])) kept.push(tick);
  return kept;
}

function placeX(values: number[], labels: string[], scale: XScale, style: TextStyle, bounds: { left: number; right: number }): Tick[] {
  return values.map((value, i) => {
    const pos = scale(value as never) as number;
    const label = labels[i]!;
    const width = textWidth(label, style);
    const half = width / 2;
    const labelX = Math.min(Math.max(pos, bounds.left + half), bounds.right - half);
    return { value, pos, label, labelX, width };
  });
}

function fits(ticks: readonly Tick[]): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    if (a.labelX + a.width / 2 + TICK_LABEL_GAP > b.labelX - b.width / 2) return false;
  }
  return true;
}

/** The y ticks: one per Y_TICK_ROOM px of height at most, worded at the precision of their step. */
export function yTicks(scale: ChartScale, lang: string, style: TextStyle): Tick[] {
  const [r0, r1] = scale.range() as [number, number];
  const span = Math.abs(r1 - r0);
  const domain = scale.domain();
  if (!(span > 0) || !domain.every(Number.isFinite) || !Number.isFinite(domain[1]! - domain[0]!)) return [];
  // d3 may give up to about twice the count asked for: ask for fewer until labels have room.
  let count = Math.max(2, Math.min(Y_TICK_MAX, Math.floor(span / Y_TICK_ROOM)));
  let values = inDomain(scale.ticks(count), domain);
  while (count > 1 && values.length > 1 && Math.abs(scale(values[1]!) - scale(values[0]!)) < style.line * 1.5) {
    values = inDomain(scale.ticks(--count), domain);
  }
  const labels = numberTickLabels(values, lang);
  return values.map((value, i) => {
    const label = labels[i]!;
    const pos = scale(value);
    return { value, pos, label, labelX: pos, width: textWidth(label, style) };
  });
}
