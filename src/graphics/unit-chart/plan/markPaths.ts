/**
 * Settled marks as a few compact SVG paths, for where per-mark elements would be too many
 * (a server render of a canvas-sized chart, the no-JS fallback): one path per group and
 * colour, each row of whole squares one `M…h…` stroked `size` wide with the dash pattern
 * `size, pitch - size`, so a row of any length costs one command. A part of a square is a
 * run of its own, shorter than one dash. Rows may run either way (right to left too): a run
 * is its extent.
 */
import type { MarkSet } from './markSet.js';

export interface MarkPath {
  group: string;
  fill: string;
  d: string;
}

const round = (v: number) => Math.round(v * 100) / 100;
/** Positions within this of each other, px, are one place (float noise of the layout). */
const SAME = 0.01;

export function markPaths(marks: MarkSet, pitch: number): MarkPath[] {
  const paths = new Map<string, MarkPath>();
  let key = '';
  let left = 0;
  let right = 0;
  let last = -1;
  const close = () => {
    if (last < 0) return;
    const path = paths.get(key)!;
    path.d += `M${round(left)} ${round(marks.y[last]! + marks.size[last]! / 2)}h${round(right - left)}`;
    last = -1;
  };
  for (let i = 0; i < marks.length; i++) {
    const x = marks.x[i]!;
    const size = marks.size[i]!;
    const width = marks.width[i]!;
    if (size <= 0 || width <= 0) continue;
    const k = `${marks.group[i]}\n${marks.fill[i]}`;
    const whole = Math.abs(width - size) < SAME;
    const joins =
      last >= 0 &&
      k === key &&
      whole &&
      Math.abs(marks.width[last]! - marks.size[last]!) < SAME &&
      Math.abs(marks.y[i]! - marks.y[last]!) < SAME &&
      Math.abs(Math.abs(x - marks.x[last]!) - pitch) < SAME;
    if (joins) {
      left = Math.min(left, x);
      right = Math.max(right, x + width);
      last = i;
      continue;
    }
    close();
    key = k;
    if (!paths.has(k)) paths.set(k, { group: marks.group[i]!, fill: marks.fill[i]!, d: '' });
    left = x;
    right = x + width;
    last = i;
    // A part of a square never joins a row: it ends its run.
    if (!whole) close();
  }
  close();
  return [...paths.values()];
}
