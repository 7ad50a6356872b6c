/**
 * Lays out groups of unit marks in a box: each group a heading block over a grid of
 * squares, all groups sharing one square size and one column count so their lengths
 * compare honestly. Groups are stacked (or, when that makes marks much larger, set side
 * by side). Pure and deterministic: the same groups and box give the same numbers.
 * Right-to-left mirrors everything: the first group and each group's first mark sit at
 * the right.
 */
import type { Box } from '../../../chart/box.js';
import {
  COLUMNS_ADVANTAGE,
  GROUP_GAP,
  HEAD_GAP,
  MARK_GAP_RATIO,
  MAX_MARK_PITCH,
  MIN_MARK_PITCH,
  ROUND_COLUMNS_TOLERANCE
} from './constants.js';

export interface UnitGroupSpec {
  id: string;
  /** Number of marks. */
  marks: number;
  /** Height of the group's heading block, px (label, count, source). */
  head: number;
}

export interface UnitLayoutOptions {
  dir?: 'ltr' | 'rtl';
  maxPitch?: number;
  gapRatio?: number;
  groupGap?: number;
  /** Where the content sits vertically when it is shorter than the box. */
  align?: 'start' | 'center';
}

export interface GroupLayout {
  id: string;
  /** The whole block: heading and grid. */
  block: Box;
  /** The heading area at the top of the block. */
  head: Box;
  /** The grid actually covered by marks. */
  grid: Box;
  cols: number;
  rows: number;
  /** Top-left corner of each mark, in order (mark 0 first). */
  xs: Float64Array;
  ys: Float64Array;
}

export interface UnitLayout {
  arrangement: 'stacked' | 'columns';
  /** Distance between mark origins, px. */
  pitch: number;
  /** Side of one square, px. */
  size: number;
  cols: number;
  /** Top of the content (for a title placed above it) and its height. */
  top: number;
  height: number;
  groups: GroupLayout[];
}

interface Fit {
  pitch: number;
  cols: number;
  rows: number;
}

function roundness(cols: number, maxMarks: number): number {
  if (cols >= maxMarks) return 3; // every group on one row
  if (cols % 10 === 0) return 2;
  if (cols % 5 === 0) return 1;
  return 0;
}

/** The best shared column count for grids `width` wide with `height` for marks (stack: sum of rows; columns: max). */
function bestFit(
  counts: number[],
  width: number,
  height: number,
  combine: 'sum' | 'max',
  maxPitch: number
): Fit {
  const maxMarks = Math.max(1, ...counts);
  const limit = Math.max(1, Math.min(maxMarks, Math.floor(width / MIN_MARK_PITCH)));
  const fits: Fit[] = [];
  let best = 0;
  for (let cols = 1; cols <= limit; cols++) {
    let rows = 0;
    for (const n of counts) {
      const r = Math.ceil(n / cols);
      rows = combine === 'sum' ? rows + r : Math.max(rows, r);
    }
    const pitch = Math.max(0, Math.min(width / cols, rows ? height / rows : Infinity, maxPitch));
    fits.push({ pitch, cols, rows });
    if (pitch > best) best = pitch;
  }
  const floor = best * (1 - ROUND_COLUMNS_TOLERANCE);
  let chosen = fits[0]!;
  let chosenScore = -1;
  for (const fit of fits) {
    if (fit.pitch < floor) continue;
    const score = roundness(fit.cols, maxMarks);
    const better =
      score > chosenScore ||
      (score === chosenScore &&
        (fit.pitch > chosen.pitch || (fit.pitch === chosen.pitch && fit.rows < chosen.rows)));
    if (better) {
      chosen = fit;
      chosenScore = score;
    }
  }
  return chosen;
}

function gridPositions(count: number, cols: number, pitch: number, size: number, x: number, y: number, width: number, rtl: boolean) {
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const col = i % cols;
    const row = (i - col) / cols;
    xs[i] = rtl ? x + width - col * pitch - size : x + col * pitch;
    ys[i] = y + row * pitch;
  }
  return { xs, ys };
}

export function layoutUnits(groups: readonly UnitGroupSpec[], box: Box, options: UnitLayoutOptions = {}): UnitLayout {
  const rtl = options.dir === 'rtl';
  const maxPitch = options.maxPitch ?? MAX_MARK_PITCH;
  const gapRatio = options.gapRatio ?? MARK_GAP_RATIO;
  const groupGap = options.groupGap ?? GROUP_GAP;
  const counts = groups.map((g) => Math.max(0, Math.round(g.marks)));
  const n = groups.length;
  const headOf = (g: UnitGroupSpec, i: number) => g.head + (counts[i]! > 0 ? HEAD_GAP : 0);

  const stackedHeight = box.height - groups.reduce((sum, g, i) => sum + headOf(g, i), 0) - groupGap * Math.max(0, n - 1);
  const stacked = bestFit(counts, box.width, stackedHeight, 'sum', maxPitch);
  const columnWidth = n > 1 ? (box.width - groupGap * (n - 1)) / n : box.width;
  const tallestHead = Math.max(0, ...groups.map(headOf));
  const columns = n > 1 ? bestFit(counts, columnWidth, box.height - tallestHead, 'max', maxPitch) : null;
  const useColumns = columns !== null && columns.pitch > stacked.pitch * COLUMNS_ADVANTAGE;
  const fit = useColumns ? columns! : stacked;
  const pitch = fit.pitch;
  const size = pitch * (1 - gapRatio);

  const placed: GroupLayout[] = [];
  let contentHeight = 0;
  if (useColumns) {
    groups.forEach((g, i) => {
      const rows = Math.ceil(counts[i]! / fit.cols);
      const bx = rtl ? box.x + box.width - (i + 1) * columnWidth - i * groupGap : box.x + i * (columnWidth + groupGap);
      const height = tallestHead + rows * pitch;
      contentHeight = Math.max(contentHeight, height);
      placed.push(place(g, counts[i]!, { x: bx, y: box.y, width: columnWidth, height }, tallestHead, rows));
    });
  } else {
    let y = box.y;
    groups.forEach((g, i) => {
      const rows = Math.ceil(counts[i]! / fit.cols);
      const head = headOf(g, i);
      const height = head + rows * pitch;
      placed.push(place(g, counts[i]!, { x: box.x, y, width: box.width, height }, head, rows));
      y += height + groupGap;
    });
    contentHeight = Math.max(0, y - groupGap - box.y);
  }

  function place(g: UnitGroupSpec, count: number, block: Box, head: number, rows: number): GroupLayout {
    const cols = Math.min(fit.cols, Math.max(count, 1));
    const gridWidth = count > 0 ? cols * pitch - (pitch - size) : 0;
    const gridHeight = rows > 0 ? rows * pitch - (pitch - size) : 0;
    const gy = block.y + head;
    const { xs, ys } = gridPositions(count, fit.cols, pitch, size, block.x, gy, block.width, rtl);
    const gx = rtl ? block.x + block.width - gridWidth : block.x;
    return {
      id: g.id,
      block,
      head: { x: block.x, y: block.y, width: block.width, height: g.head },
      grid: { x: gx, y: gy, width: gridWidth, height: gridHeight },
      cols,
      rows,
      xs,
      ys
    };
  }

  const shift = options.align === 'center' ? Math.max(0, (box.height - contentHeight) / 2) : 0;
  if (shift > 0) {
    for (const g of placed) {
      g.block.y += shift;
      g.head.y += shift;
      g.grid.y += shift;
      for (let i = 0; i < g.ys.length; i++) g.ys[i] = g.ys[i]! + shift;
    }
  }
  return {
    arrangement: useColumns ? 'columns' : 'stacked',
    pitch,
    size,
    cols: fit.cols,
    top: box.y + shift,
    height: contentHeight,
    groups: placed
  };
}
