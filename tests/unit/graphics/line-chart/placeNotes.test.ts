import { describe, expect, it } from 'vitest';
import { crossings, NOTE_GAP, overlaps, placeNotes, segmentHits } from '../../../../src/graphics/line-chart/plan/placeNotes.js';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const inside = (b: { x: number; y: number; width: number; height: number }) =>
  b.x >= bounds.x && b.y >= bounds.y && b.x + b.width <= bounds.x + bounds.width && b.y + b.height <= bounds.y + bounds.height;

describe('segments and boxes', () => {
  it('tells whether a segment touches a box', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentHits(0, 0, 30, 30, box)).toBe(true);
    expect(segmentHits(0, 15, 5, 15, box)).toBe(false);
    expect(segmentHits(0, 0, 30, 0, box)).toBe(false);
    expect(segmentHits(15, 15, 15, 15, box)).toBe(true);
  });

  it('counts the line segments crossing a box', () => {
    const line = { xs: [0, 100, 200, 300], ys: [100, 100, 200, 200] };
    expect(crossings([line], { x: 50, y: 90, width: 20, height: 20 })).toBe(1);
    expect(crossings([line], { x: 90, y: 90, width: 20, height: 20 })).toBe(2);
    expect(crossings([line], { x: 50, y: 0, width: 20, height: 20 })).toBe(0);
  });
});

describe('notes', () => {
  it('go beside the point they name, off the line, when there is room', () => {
    // A line rising to a peak at (200, 50) and falling: above-right of the peak is free.
    const line = { xs: [0, 200, 400], ys: [250, 50, 250] };
    const [note] = placeNotes([{ id: 'n', x: 200, y: 50, sizes: [{ width: 80, height: 30 }] }], bounds, [], [line]);
    expect(inside(note!.box)).toBe(true);
    expect(crossings([line], note!.box)).toBe(0);
    expect(Math.hypot(note!.box.x - 200, note!.box.y + note!.box.height - 50)).toBeLessThan(80);
  });

  it('move to another side rather than cover a label or another note', () => {
    const label = { x: 200 + NOTE_GAP, y: 0, width: 100, height: 50 };
    const [a, b] = placeNotes(
      [
        { id: 'a', x: 200, y: 60, sizes: [{ width: 80, height: 30 }] },
        { id: 'b', x: 210, y: 60, sizes: [{ width: 80, height: 30 }] }
      ],
      bounds,
      [label],
      []
    );
    expect(overlaps(a!.box, label)).toBe(false);
    expect(overlaps(b!.box, label)).toBe(false);
    expect(overlaps(a!.box, b!.box)).toBe(false);
  });

  it('put a moment’s text beside its rule, lower when the lines are at the top', () => {
    const line = { xs: [0, 400], ys: [20, 20] };
    const [note] = placeNotes([{ id: 'm', x: 100, sizes: [{ width: 90, height: 30 }] }], bounds, [], [line]);
    expect(note!.box.x).toBe(100 + NOTE_GAP);
    expect(note!.box.y).toBeGreaterThan(20);
    expect(crossings([line], note!.box)).toBe(0);
  });

  it('take fewer, longer lines where that keeps them off a line', () => {
    // A point at the plot's bottom left corner, under a level line: two lines of text above
    // the point reach the line, one line does not.
    const line = { xs: [230, 300], ys: [35, 35] };
    const sizes = [
      { width: 60, height: 30 },
      { width: 110, height: 15 }
    ];
    const [note] = placeNotes([{ id: 'n', x: 200, y: 60, sizes }], { x: 195, y: 0, width: 300, height: 62 }, [], [line]);
    expect(crossings([line], note!.box)).toBe(0);
    expect(note!.size).toBe(1);
  });

  it('flip to the left near the right edge, and are never off screen', () => {
    const [right] = placeNotes([{ id: 'r', x: 395, y: 150, sizes: [{ width: 120, height: 30 }] }], bounds, [], []);
    expect(right!.side).toBe('left');
    expect(inside(right!.box)).toBe(true);
    // Too wide for any position: moved inside the bounds.
    const [wide] = placeNotes([{ id: 'w', x: 200, y: 150, sizes: [{ width: 390, height: 30 }] }], bounds, [], []);
    expect(inside(wide!.box)).toBe(true);
  });
});
