/**
 * Where a chart's notes go: each tries positions around what it points at, a point
 * (beside, above or below it) or a moment x (beside its rule, from the top of the plot
 * down), and takes the one that stays inside the bounds, covers no label or earlier note,
 * and crosses the fewest line segments, preferring the first positions tried. A note that
 * fits nowhere is moved inside the bounds, so it is never off screen. Pure.
 */
import { lastIndexAtOrBefore } from './seriesPoints.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NoteRequest {
  id: string;
  /** What it points at, px; `y` absent: a moment (a rule across the plot). */
  x: number;
  y?: number;
  /** The sizes its text can take (wrapped to more or fewer lines), the preferred first. */
  sizes: readonly { width: number; height: number }[];
}

export interface PlacedNote {
  id: string;
  box: Rect;
  /** Which side of what it points at the text is on: its lines are flush towards it. */
  side: 'left' | 'right' | 'middle';
  /** Which of its sizes it takes. */
  size: number;
}

/** A drawn line in px, x sorted. */
export interface Polyline {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
}

/** Gap between a note and what it points at, px. */
export const NOTE_GAP = 7;
/** Cost of covering a label or another note: worse than crossing any number of lines a note could. */
const COVER_COST = 1000;
/** Cost of each line segment a note's text crosses. */
const CROSS_COST = 20;
/** Cost of each position further down the list of preferences. */
const ORDER_COST = 1;
/** Cost of each size further down the list: a note rewraps only to stay off a line or a label. */
const SIZE_COST = 5;
/** Steps a moment's note tries down its rule: the top, then lower by half its height each. */
const RULE_STEPS = 12;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Rect, bounds: Rect): boolean {
  const e = 1e-6;
  return a.x >= bounds.x - e && a.y >= bounds.y - e && a.x + a.width <= bounds.x + bounds.width + e && a.y + a.height <= bounds.y + bounds.height + e;
}

/** Whether the segment (x0,y0)–(x1,y1) touches the rectangle (Liang–Barsky clipping). */
export function segmentHits(x0: number, y0: number, x1: number, y1: number, r: Rect): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - r.x],
    [dx, r.x + r.width - x0],
    [-dy, y0 - r.y],
    [dy, r.y + r.height - y0]
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return true;
}

/** Line segments of `lines` that touch `box`: only those whose x range meets the box's are tested. */
export function crossings(lines: readonly Polyline[], box: Rect): number {
  let count = 0;
  for (const { xs, ys } of lines) {
    const n = xs.length;
    if (n === 0) continue;
    const from = Math.max(0, lastIndexAtOrBefore(xs, box.x));
    for (let i = from; i < n; i++) {
      const x0 = xs[i]!;
      if (x0 > box.x + box.width) break;
      if (i + 1 < n) {
        if (segmentHits(x0, ys[i]!, xs[i + 1]!, ys[i + 1]!, box)) count++;
      } else if (n === 1 && segmentHits(x0, ys[i]!, x0, ys[i]!, box)) count++;
    }
  }
  return count;
}

function candidates(note: { x: number; y?: number | undefined; width: number; height: number }, bounds: Rect): { box: Rect; side: PlacedNote['side'] }[] {
  const { x, width: w, height: h } = note;
  const g = NOTE_GAP;
  if (note.y === undefined) {
    const out: { box: Rect; side: PlacedNote['side'] }[] = [];
    const step = Math.max(h / 2, 1);
    for (let i = 0; i < RULE_STEPS; i++) {
      const top = bounds.y + i * step;
      if (top + h > bounds.y + bounds.height) break;
      out.push({ box: { x: x + g, y: top, width: w, height: h }, side: 'right' });
      out.push({ box: { x: x - g - w, y: top, width: w, height: h }, side: 'left' });
    }
    return out;
  }
  const y = note.y;
  return [
    { box: { x: x + g, y: y - h - g / 2, width: w, height: h }, side: 'right' },
    { box: { x: x - g - w, y: y - h - g / 2, width: w, height: h }, side: 'left' },
    { box: { x: x - w / 2, y: y - g - h, width: w, height: h }, side: 'middle' },
    { box: { x: x + g, y: y + g / 2, width: w, height: h }, side: 'right' },
    { box: { x: x - g - w, y: y + g / 2, width: w, height: h }, side: 'left' },
    { box: { x: x - w / 2, y: y + g, width: w, height: h }, side: 'middle' },
    { box: { x: x + g + 2, y: y - h / 2, width: w, height: h }, side: 'right' },
    { box: { x: x - g - 2 - w, y: y - h / 2, width: w, height: h }, side: 'left' }
  ];
}

/** Moves a box the least distance that puts it inside `bounds` (its top-left corner, when larger). */
function clampInto(box: Rect, bounds: Rect): Rect {
  const x = Math.max(bounds.x, Math.min(box.x, bounds.x + bounds.width - box.width));
  const y = Math.max(bounds.y, Math.min(box.y, bounds.y + bounds.height - box.height));
  return { ...box, x, y };
}

/**
 * @param taken boxes nothing may cover (line-end labels, tick labels)
 * @param lines the lines as drawn, for the cost of crossing them
 */
export function placeNotes(notes: readonly NoteRequest[], bounds: Rect, taken: readonly Rect[], lines: readonly Polyline[]): PlacedNote[] {
  const placed: PlacedNote[] = [];
  const covered = [...taken];
  for (const note of notes) {
    let best: { box: Rect; side: PlacedNote['side']; size: number; cost: number } | null = null;
    note.sizes.forEach((size, s) => {
      candidates({ x: note.x, y: note.y, ...size }, bounds).forEach((c, order) => {
        if (!inside(c.box, bounds)) return;
        const cost =
          covered.filter((r) => overlaps(r, c.box)).length * COVER_COST + crossings(lines, c.box) * CROSS_COST + order * ORDER_COST + s * SIZE_COST;
        if (!best || cost < best.cost) best = { ...c, size: s, cost };
      });
    });
    const chosen: { box: Rect; side: PlacedNote['side']; size: number } =
      best ??
      (() => {
        const size = note.sizes[0] ?? { width: 0, height: 0 };
        const first = candidates({ x: note.x, y: note.y, ...size }, bounds)[0] ?? { box: { x: note.x, y: note.y ?? bounds.y, ...size }, side: 'right' as const };
        return { box: clampInto(first.box, bounds), side: first.side, size: 0 };
      })();
    placed.push({ id: note.id, box: chosen.box, side: chosen.side, size: chosen.size });
    covered.push(chosen.box);
  }
  return placed;
}
