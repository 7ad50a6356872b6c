import { describe, expect, it } from 'vitest';
import { markRowsPath } from '../../../../../src/graphics/unit-chart/plan/markRowsPath.js';
import { layoutUnits } from '../../../../../src/graphics/unit-chart/plan/layoutUnits.js';

function numbers(d: string): number[] {
  return (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

describe('markRowsPath', () => {
  const layout = layoutUnits([{ id: 'a', marks: 25, head: 0 }], { x: 0, y: 0, width: 100, height: 100 }, { maxPitch: 10 });
  const g = layout.groups[0]!;
  const grid = { xs: g.xs, ys: g.ys, cols: layout.cols, size: layout.size };

  it('draws one dashed row per grid row, through the mark centres', () => {
    expect(layout.cols).toBe(10);
    const d = markRowsPath(grid, 0, 25);
    expect(d.match(/M/g)).toHaveLength(3);
    const [x0, y0, w0] = numbers(d);
    expect(x0).toBeCloseTo(0, 2);
    expect(y0).toBeCloseTo(g.grid.y + layout.size / 2, 2);
    expect(w0).toBeCloseTo(9 * layout.pitch + layout.size, 2);
  });

  it('draws a sub-range (highlighted marks) and nothing for an empty one', () => {
    expect(markRowsPath(grid, 0, 0)).toBe('');
    expect(markRowsPath(grid, 8, 12).match(/M/g)).toHaveLength(2);
  });

  it('covers the same extent in right-to-left grids', () => {
    const rtl = layoutUnits([{ id: 'a', marks: 25, head: 0 }], { x: 0, y: 0, width: 100, height: 100 }, { maxPitch: 10, dir: 'rtl' });
    const r = rtl.groups[0]!;
    const d = markRowsPath({ xs: r.xs, ys: r.ys, cols: rtl.cols, size: rtl.size }, 20, 25);
    const [x, , w] = numbers(d);
    expect(x! + w!).toBeCloseTo(100, 2);
  });

  it('stays compact for 50,000 marks', () => {
    const big = layoutUnits([{ id: 'a', marks: 50000, head: 0 }], { x: 0, y: 0, width: 1200, height: 700 });
    const b = big.groups[0]!;
    const d = markRowsPath({ xs: b.xs, ys: b.ys, cols: big.cols, size: big.size }, 0, 50000);
    expect(d.length).toBeLessThan(20000);
  });
});
