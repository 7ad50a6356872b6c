/**
 * Lays out groups of unit marks in a box: each group a heading block over a grid of
 * squares, all groups sharing one square size and one column count so their lengths
 * compare honestly. Groups are stacked, or set side by side in rows of two or more when
 * that makes marks much larger; a heading's height is asked at the width it gets, so it
 * wraps in a narrow column instead of spilling out of it, and columns are never narrower
 * than a heading's widest word. Pure and deterministic: the same groups and box give the
 * same numbers. Right-to-left mirrors everything: the first group and each group's first
 * mark sit at the right.
 */
import type { Box } from '../../../chart/box.js';
import {
  COLUMNS_ADVANTAGE,
  GROUP_GAP,
  HEAD_GAP,
  MARK_GAP_RATIO,
  MAX_MARK_PITCH,
  MIN_COLUMN_WIDTH,
  MIN_MARK_PITCH,
  ROUND_COLUMNS_TOLERANCE
} from './constants.js';

export interface UnitGroupSpec {
  id: string;
  /** Number of places in the grid (a part of a square takes one). */
  marks: number;
  /** Height of the group's heading block, px: a number, or the height at a given width (headings wrap). */
  head: number | ((width: number) => number);
  /** Narrowest the heading can be, px (its widest word): columns of groups are never narrower. */
  minWidth?: number;
}

export interface UnitLayoutOptions {
  dir?: 'ltr' | 'rtl';
  maxPitch?: number;
  gapRatio?: number;
  /** Space between groups, down and across, px. */
  groupGap?: number;
  /** Where the content sits vertically when it is shorter than the box. */
  align?: 'start' | 'center';
  /** Narrowest column of groups side by side, px. */
  minColumnWidth?: number;
}

export interface GroupLayout {
  id: string;
  /** The whole block: heading and grid. */
  block: Box;
  /** The heading, as tall as the group asked for, its bottom HEAD_GAP above the grid. */
  head: Box;
  /** The grid actually covered by marks. */
  grid: Box;
  cols: number;
  rows: number;
  /** Top-left corner of each place in the grid, in order (mark 0 first). */
  xs: Float64Array;
  ys: Float64Array;
}

export interface UnitLayout {
  arrangement: 'stacked' | 'columns';
  /** Groups side by side in a row: 1 when stacked. */
  perRow: number;
  /** Distance between mark origins, px. */
  pitch: number;
  /** Side of one square, px. */
  size: number;
  cols: number;
  /** Top of the content (for a title placed above it) and its height. */
  top: number;
  height: number;
  /** Whether headings, gaps and marks of at least MIN_MARK_PITCH fit in the box. */
  fits: boolean;
  rtl: boolean;
  groups: GroupLayout[];
}

interface Fit {
  pitch: number;
  cols: number;
  rows: number;
}

interface Arrangement {
  perRow: number;
  columnWidth: number;
  heads: number[];
  /** Per row of groups: its heading band (tallest heading and its gap) and its groups. */
  bands: { head: number; members: number[] }[];
  fit: Fit;
  marksHeight: number;
}

function roundness(cols: number, maxMarks: number): number {
  if (cols >= maxMarks) return 3; // every group on one row
  if (cols % 10 === 0) return 2;
  if (cols % 5 === 0) return 1;
  return 0;
}

/** The best shared column count for grids `width` wide with `height` for marks; each band is as tall as its longest grid. */
function bestFit(bands: number[][], width: number, height: number, maxPitch: number): Fit {
  const maxMarks = Math.max(1, ...bands.flat());
  const limit = Math.max(1, Math.min(maxMarks, Math.floor(width / MIN_MARK_PITCH)));
  const fits: Fit[] = [];
  let best = 0;
  for (let cols = 1; cols <= limit; cols++) {
    let rows = 0;
    for (const band of bands) {
      let tallest = 0;
      for (const n of band) tallest = Math.max(tallest, Math.ceil(n / cols));
      rows += tallest;
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

/** Groups per row worth trying: 1 (stacked), then each count that fills its rows evenly (6 groups: 2, 3, 6). */
function rowLengths(n: number): number[] {
  const lengths = new Set<number>();
  for (let rows = n; rows >= 1; rows--) lengths.add(Math.ceil(n / rows));
  return [...lengths].sort((a, b) => a - b);
}

export function layoutUnits(groups: readonly UnitGroupSpec[], box: Box, options: UnitLayoutOptions = {}): UnitLayout {
  const rtl = options.dir === 'rtl';
  const maxPitch = options.maxPitch ?? MAX_MARK_PITCH;
  const gapRatio = options.gapRatio ?? MARK_GAP_RATIO;
  const groupGap = options.groupGap ?? GROUP_GAP;
  const minColumn = options.minColumnWidth ?? MIN_COLUMN_WIDTH;
  const counts = groups.map((g) => Math.max(0, Math.round(g.marks)));
  const n = groups.length;
  const widest = Math.max(0, ...groups.map((g) => g.minWidth ?? 0));
  const headAt = (g: UnitGroupSpec, width: number) => Math.max(0, typeof g.head === 'number' ? g.head : g.head(width));
  const gapOf = (i: number) => (counts[i]! > 0 ? HEAD_GAP : 0);

  function arrange(perRow: number): Arrangement | null {
    const columnWidth = perRow > 1 ? (box.width - groupGap * (perRow - 1)) / perRow : box.width;
    if (perRow > 1 && columnWidth < Math.max(minColumn, widest)) return null;
    const heads = groups.map((g) => headAt(g, columnWidth));
    const bands: Arrangement['bands'] = [];
    for (let i = 0; i < n; i += perRow) {
      const members = Array.from({ length: Math.min(perRow, n - i) }, (_, j) => i + j);
      bands.push({ head: Math.max(...members.map((m) => heads[m]! + gapOf(m))), members });
    }
    const marksHeight = box.height - bands.reduce((sum, b) => sum + b.head, 0) - groupGap * Math.max(0, bands.length - 1);
    const fit = bestFit(
      bands.map((b) => b.members.map((m) => counts[m]!)),
      columnWidth,
      marksHeight,
      maxPitch
    );
    return { perRow, columnWidth, heads, bands, fit, marksHeight };
  }

  // Stacked unless side by side makes marks clearly larger: stacked grids compare best.
  let chosen = arrange(1)!;
  for (const perRow of rowLengths(n)) {
    if (perRow === 1) continue;
    const candidate = arrange(perRow);
    if (candidate && candidate.fit.pitch > chosen.fit.pitch * COLUMNS_ADVANTAGE) chosen = candidate;
  }
  const { fit, columnWidth, heads, bands } = chosen;
  const pitch = fit.pitch;
  const size = pitch * (1 - gapRatio);

  const placed: GroupLayout[] = new Array(n);
  let y = box.y;
  for (const band of bands) {
    let bandRows = 0;
    band.members.forEach((gi, j) => {
      const count = counts[gi]!;
      const rows = Math.ceil(count / fit.cols);
      bandRows = Math.max(bandRows, rows);
      const bx = rtl ? box.x + box.width - (j + 1) * columnWidth - j * groupGap : box.x + j * (columnWidth + groupGap);
      const cols = Math.min(fit.cols, Math.max(count, 1));
      const gridWidth = count > 0 ? cols * pitch - (pitch - size) : 0;
      const gridHeight = rows > 0 ? rows * pitch - (pitch - size) : 0;
      const gy = y + band.head;
      const { xs, ys } = gridPositions(count, fit.cols, pitch, size, bx, gy, columnWidth, rtl);
      const head = heads[gi]!;
      placed[gi] = {
        id: groups[gi]!.id,
        block: { x: bx, y, width: columnWidth, height: band.head + rows * pitch },
        head: { x: bx, y: gy - gapOf(gi) - head, width: columnWidth, height: head },
        grid: { x: rtl ? bx + columnWidth - gridWidth : bx, y: gy, width: gridWidth, height: gridHeight },
        cols,
        rows,
        xs,
        ys
      };
    });
    y += band.head + bandRows * pitch + groupGap;
  }
  const contentHeight = Math.max(0, y - groupGap - box.y);

  const shift = options.align === 'center' ? Math.max(0, (box.height - contentHeight) / 2) : 0;
  if (shift > 0) {
    for (const g of placed) {
      g.block.y += shift;
      g.head.y += shift;
      g.grid.y += shift;
      for (let i = 0; i < g.ys.length; i++) g.ys[i] = g.ys[i]! + shift;
    }
  }
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    arrangement: chosen.perRow > 1 ? 'columns' : 'stacked',
    perRow: chosen.perRow,
    pitch,
    size,
    cols: fit.cols,
    top: box.y + shift,
    height: contentHeight,
    fits: chosen.marksHeight >= 0 && (total === 0 || pitch >= MIN_MARK_PITCH) && contentHeight <= box.height + 1e-6,
    rtl,
    groups: placed
  };
}
