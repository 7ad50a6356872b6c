import { describe, expect, it } from 'vitest';
import { layoutUnits, type UnitGroupSpec, type UnitLayout } from '../../../../../src/graphics/unit-chart/plan/layoutUnits.js';
import type { Box } from '../../../../../src/chart/box.js';

const EPS = 1e-6;

function marksOf(layout: UnitLayout) {
  return layout.groups.flatMap((g) => Array.from(g.xs, (x, i) => ({ group: g.id, i, x, y: g.ys[i]! })));
}

function expectInside(layout: UnitLayout, box: Box) {
  const outside = marksOf(layout).filter(
    (m) =>
      m.x < box.x - EPS || m.y < box.y - EPS ||
      m.x + layout.size > box.x + box.width + EPS || m.y + layout.size > box.y + box.height + EPS
  );
  expect(outside).toEqual([]);
  for (const g of layout.groups) {
    expect(g.block.y).toBeGreaterThanOrEqual(box.y - EPS);
    expect(g.block.y + g.block.height).toBeLessThanOrEqual(box.y + box.height + EPS);
  }
}

/** No two squares overlap: checked on a grid of cells the size of a pitch (squares are smaller than a pitch). */
function expectNoOverlap(layout: UnitLayout) {
  const marks = marksOf(layout);
  const cell = Math.max(layout.pitch, EPS);
  const buckets = new Map<string, typeof marks>();
  for (const m of marks) {
    const key = `${Math.floor(m.x / cell)},${Math.floor(m.y / cell)}`;
    const bucket = buckets.get(key) ?? [];
    bucket.push(m);
    buckets.set(key, bucket);
  }
  let overlaps = 0;
  for (const m of marks) {
    const cx = Math.floor(m.x / cell);
    const cy = Math.floor(m.y / cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const o of buckets.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (o === m) continue;
          const apart =
            o.x >= m.x + layout.size - EPS || m.x >= o.x + layout.size - EPS ||
            o.y >= m.y + layout.size - EPS || m.y >= o.y + layout.size - EPS;
          if (!apart) overlaps++;
        }
  }
  expect(overlaps).toBe(0);
}

/** Heads do not overlap any grid, nor each other. */
function expectHeadsClear(layout: UnitLayout) {
  const boxes = layout.groups.flatMap((g) => [g.head, g.grid]).filter((b) => b.width > 0 && b.height > 0);
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      const apart =
        q.x >= p.x + p.width - EPS || p.x >= q.x + q.width - EPS || q.y >= p.y + p.height - EPS || p.y >= q.y + q.height - EPS;
      expect(apart).toBe(true);
    }
}

const toll: UnitGroupSpec[] = [
  { id: 'displaced', marks: 580, head: 90 },
  { id: 'saraqeb', marks: 110, head: 90 }
];

const cases: [string, UnitGroupSpec[], Box][] = [
  ['the toll on a phone', toll, { x: 16, y: 80, width: 358, height: 480 }],
  ['the toll on a desktop', toll, { x: 28, y: 60, width: 1224, height: 700 }],
  ['the toll in a narrow column', toll, { x: 0, y: 0, width: 300, height: 900 }],
  ['300 civilians', [{ id: 'killed', marks: 300, head: 80 }], { x: 16, y: 60, width: 358, height: 500 }],
  ['12 posts', [{ id: 'posts', marks: 12, head: 80 }], { x: 28, y: 60, width: 700, height: 700 }],
  ['an empty group beside a full one', [{ id: 'a', marks: 0, head: 60 }, { id: 'b', marks: 40, head: 60 }], { x: 0, y: 0, width: 400, height: 400 }],
  [
    'five groups side by side on a wide screen',
    [1, 2, 3, 4, 5].map((i) => ({ id: `g${i}`, marks: 30 * i, head: 60 })),
    { x: 0, y: 0, width: 1800, height: 400 }
  ],
  ['50,000 marks', [{ id: 'many', marks: 50000, head: 80 }], { x: 16, y: 60, width: 358, height: 500 }],
  ['50,000 marks in four groups', [1, 2, 3, 4].map((i) => ({ id: `g${i}`, marks: 12500, head: 80 })), { x: 28, y: 60, width: 1224, height: 700 }]
];

describe('layoutUnits', () => {
  it.each(cases)('%s: the same input gives identical output', (_, groups, box) => {
    const a = layoutUnits(groups, box);
    const b = layoutUnits(structuredClone(groups), { ...box });
    expect(b).toEqual(a);
  });

  it.each(cases)('%s: every mark is inside the box', (_, groups, box) => {
    expectInside(layoutUnits(groups, box), box);
    expectInside(layoutUnits(groups, box, { dir: 'rtl', align: 'center' }), box);
  });

  it.each(cases)('%s: no two marks overlap, and headings clear the grids', (_, groups, box) => {
    const layout = layoutUnits(groups, box);
    expectNoOverlap(layout);
    expectHeadsClear(layout);
    expect(layout.size).toBeLessThan(layout.pitch);
  });

  it.each(cases)('%s: one mark per unit, in every group', (_, groups, box) => {
    const layout = layoutUnits(groups, box);
    expect(layout.groups.map((g) => g.xs.length)).toEqual(groups.map((g) => g.marks));
  });

  it.each(cases)('%s: right-to-left mirrors left-to-right', (_, groups, box) => {
    const ltr = layoutUnits(groups, box);
    const rtl = layoutUnits(groups, box, { dir: 'rtl' });
    const mirror = (x: number, w: number) => 2 * box.x + box.width - x - w;
    ltr.groups.forEach((g, gi) => {
      const r = rtl.groups[gi]!;
      expect(r.block.x).toBeCloseTo(mirror(g.block.x, g.block.width), 6);
      expect(r.block.y).toBeCloseTo(g.block.y, 6);
      let worst = 0;
      for (let i = 0; i < g.xs.length; i++) {
        worst = Math.max(worst, Math.abs(r.xs[i]! - mirror(g.xs[i]!, ltr.size)), Math.abs(r.ys[i]! - g.ys[i]!));
      }
      expect(worst).toBeLessThan(1e-6);
    });
  });

  it('puts the first mark at the start: top left, or top right in RTL', () => {
    const box = { x: 0, y: 0, width: 400, height: 400 };
    const ltr = layoutUnits(toll, box).groups[0]!;
    const rtl = layoutUnits(toll, box, { dir: 'rtl' }).groups[0]!;
    expect(ltr.xs[0]).toBe(0);
    expect(rtl.xs[0]! + layoutUnits(toll, box).size).toBeCloseTo(400, 6);
    expect(ltr.ys[0]).toBe(ltr.grid.y);
  });

  it('gives all groups one square size and one column count, so lengths compare', () => {
    const layout = layoutUnits(toll, { x: 0, y: 0, width: 358, height: 480 });
    expect(layout.groups.map((g) => g.cols)).toEqual([layout.cols, layout.cols]);
    expect(layout.groups[0]!.rows).toBe(Math.ceil(580 / layout.cols));
  });

  it('prefers a countable column count (a multiple of 10) when it costs little', () => {
    const layout = layoutUnits(toll, { x: 0, y: 0, width: 1224, height: 700 });
    expect(layout.cols % 5).toBe(0);
  });

  it('sets a few marks on one row at the largest pitch', () => {
    const layout = layoutUnits([{ id: 'posts', marks: 12, head: 80 }], { x: 0, y: 0, width: 700, height: 700 });
    expect(layout.groups[0]!.rows).toBe(1);
    expect(layout.pitch).toBe(22);
  });

  it('centres the content vertically when asked', () => {
    const box = { x: 0, y: 0, width: 700, height: 700 };
    const layout = layoutUnits([{ id: 'posts', marks: 12, head: 80 }], box, { align: 'center' });
    expect(layout.top).toBeCloseTo((700 - layout.height) / 2, 6);
  });

  it('sets groups side by side only when that makes marks clearly larger', () => {
    const wide = layoutUnits(cases[6]![1], cases[6]![2]);
    expect(wide.arrangement).toBe('columns');
    expect(layoutUnits(toll, { x: 0, y: 0, width: 358, height: 480 }).arrangement).toBe('stacked');
  });

  it('asks a heading its height at the width it gets, so a narrow column gets the taller heading', () => {
    // A heading of 600 px of text: one line at full width, several in a column.
    const wrap = (width: number) => Math.ceil(600 / width) * 20;
    const groups = [1, 2, 3, 4, 5, 6].map((i) => ({ id: `g${i}`, marks: 40, head: wrap }));
    const layout = layoutUnits(groups, { x: 0, y: 0, width: 1200, height: 300 });
    expect(layout.perRow).toBeGreaterThan(1);
    for (const g of layout.groups) expect(g.head.height).toBe(wrap(g.head.width));
    expectHeadsClear(layout);
  });

  it('never sets groups side by side in columns narrower than a heading’s widest word or MIN_COLUMN_WIDTH', () => {
    const groups = [1, 2, 3, 4, 5, 6].map((i) => ({ id: `g${i}`, marks: 12, head: 40, minWidth: 180 }));
    const box = { x: 0, y: 0, width: 700, height: 120 };
    const layout = layoutUnits(groups, box);
    for (const g of layout.groups) expect(g.head.width).toBeGreaterThanOrEqual(180);
    const unbounded = layoutUnits(groups.map((g) => ({ ...g, minWidth: 0 })), box, { minColumnWidth: 0 });
    expect(unbounded.groups[0]!.head.width).toBeLessThan(180);
  });

  it('sets six groups in rows of two or three when one row would be too narrow and a stack too short', () => {
    const groups = [85, 46, 24, 20, 17, 1].map((marks, i) => ({ id: `g${i}`, marks, head: 70, minWidth: 120 }));
    const box = { x: 0, y: 0, width: 690, height: 600 };
    const layout = layoutUnits(groups, box);
    expect([2, 3]).toContain(layout.perRow);
    expect(layout.fits).toBe(true);
    expectInside(layout, box);
    expectNoOverlap(layout);
    expectHeadsClear(layout);
    // Grids of one row of groups start on one line, so their lengths compare.
    const firstRow = layout.groups.slice(0, layout.perRow).map((g) => g.grid.y);
    expect(new Set(firstRow).size).toBe(1);
  });

  it('says when the headings alone do not fit', () => {
    const groups = [1, 2, 3].map((i) => ({ id: `g${i}`, marks: 10, head: 200, minWidth: 400 }));
    expect(layoutUnits(groups, { x: 0, y: 0, width: 400, height: 500 }).fits).toBe(false);
    expect(layoutUnits(groups, { x: 0, y: 0, width: 400, height: 800 }).fits).toBe(true);
  });
});
