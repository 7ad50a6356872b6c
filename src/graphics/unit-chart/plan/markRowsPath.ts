/**
 * A compact SVG path that draws a run of grid marks as dashed rows: one `M…h…` per row,
 * stroked `size` wide with the dash pattern `size, pitch - size`, so a row of any length
 * costs one command. Used where per-mark elements would be too many (a server render of a
 * canvas-sized chart). Marks `from`..`to` (exclusive) of a grid in `layout` order.
 */
export interface GridRun {
  xs: Float64Array;
  ys: Float64Array;
  cols: number;
  size: number;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function markRowsPath(grid: GridRun, from: number, to: number): string {
  const parts: string[] = [];
  const cols = Math.max(1, grid.cols);
  let start = Math.max(0, from);
  const end = Math.min(to, grid.xs.length);
  while (start < end) {
    const rowEnd = Math.min(end, (Math.floor(start / cols) + 1) * cols);
    let left = Infinity;
    let right = -Infinity;
    // A row is a regular run whichever way it reads (RTL rows run right to left): take its extent.
    for (const i of [start, rowEnd - 1]) {
      left = Math.min(left, grid.xs[i]!);
      right = Math.max(right, grid.xs[i]! + grid.size);
    }
    parts.push(`M${round(left)} ${round(grid.ys[start]! + grid.size / 2)}h${round(right - left)}`);
    start = rowEnd;
  }
  return parts.join('');
}
