import { describe, expect, it } from 'vitest';
import { markPaths } from '../../../../../src/graphics/unit-chart/plan/markPaths.js';
import { layoutUnits } from '../../../../../src/graphics/unit-chart/plan/layoutUnits.js';
import { unitMarkTarget } from '../../../../../src/graphics/unit-chart/plan/unitMarkTarget.js';

const COLOURS = { mark: '#333333', highlight: '#c0392b' };

function numbers(d: string): number[] {
  return (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

function target(parts: number, highlightParts = 0, options: { dir?: 'rtl'; width?: number; height?: number; maxPitch?: number } = {}) {
  const layout = layoutUnits([{ id: 'a', marks: Math.ceil(parts / 10), head: 0 }], { x: 0, y: 0, width: options.width ?? 100, height: options.height ?? 100 }, { maxPitch: options.maxPitch ?? 10, dir: options.dir });
  return { layout, marks: unitMarkTarget(layout, [{ id: 'a', value: parts, parts, highlightParts }], COLOURS).marks };
}

describe('markPaths', () => {
  it('draws one dashed row per grid row, through the mark centres', () => {
    const { layout, marks } = target(250);
    expect(layout.cols).toBe(10);
    const [path, ...others] = markPaths(marks, layout.pitch);
    expect(others).toEqual([]);
    expect(path!.d.match(/M/g)).toHaveLength(3);
    const [x0, y0, w0] = numbers(path!.d);
    expect(x0).toBeCloseTo(0, 2);
    expect(y0).toBeCloseTo(layout.groups[0]!.grid.y + layout.size / 2, 2);
    expect(w0).toBeCloseTo(9 * layout.pitch + layout.size, 2);
  });

  it('gives highlighted squares a path of their colour, and a part of a square a run shorter than a square', () => {
    const { layout, marks } = target(125, 84);
    const paths = markPaths(marks, layout.pitch);
    expect(paths.map((p) => p.fill)).toEqual([COLOURS.highlight, COLOURS.mark]);
    const widths = (d: string) => [...d.matchAll(/h(-?[\d.]+)/g)].map((m) => Number(m[1]));
    // Highlight: 8 whole squares in a row, then four tenths of the ninth.
    expect(widths(paths[0]!.d)).toEqual([expect.closeTo(7 * layout.pitch + layout.size, 1), expect.closeTo(0.4 * layout.size, 1)]);
    // The rest: six tenths of the ninth, the tenth, two rows, and half a square at the end.
    const rest = widths(paths[1]!.d);
    expect(rest[0]).toBeCloseTo(0.6 * layout.size, 1);
    expect(rest.at(-1)).toBeCloseTo(0.5 * layout.size, 1);
  });

  it('covers the same extent in right-to-left grids', () => {
    const { layout, marks } = target(250, 0, { dir: 'rtl' });
    const [x, , w] = numbers(markPaths(marks, layout.pitch)[0]!.d);
    expect(x! + w!).toBeCloseTo(100, 2);
  });

  it('stays compact for 50,000 marks', () => {
    const { layout, marks } = target(500000, 0, { width: 1200, height: 700, maxPitch: 22 });
    const paths = markPaths(marks, layout.pitch);
    expect(paths).toHaveLength(1);
    expect(paths[0]!.d.length).toBeLessThan(20000);
  });
});
