import { describe, expect, it } from 'vitest';
import { unitGroupMarks } from '../../../../../src/graphics/unit-chart/plan/unitGroupMarks.js';

const unit = { value: 1000, label: '1,000 people' };

describe('unitGroupMarks', () => {
  it.each([
    // value, own unit, tenths of a square covered, places in the grid
    [580000, undefined, 5800, 580],
    [110000, undefined, 1100, 110],
    [300, undefined, 3, 1],
    [300, { value: 1, label: '1 person' }, 3000, 300],
    [1499, undefined, 15, 2],
    [1500, undefined, 15, 2],
    [1040, undefined, 10, 1],
    [640, undefined, 6, 1],
    [3, undefined, 1, 1],
    [0, undefined, 0, 0]
  ])('%d at the group unit %j → %d tenths in %d places', (value, own, parts, marks) => {
    const [g] = unitGroupMarks({ unit, groups: [{ id: 'g', label: 'G', value, unit: own, source: 's' }] });
    expect(g!.parts).toBe(parts);
    expect(g!.marks).toBe(marks);
    expect(g!.ownUnit).toBe(own !== undefined);
  });

  it('highlights a subset, never more than the group', () => {
    const highlighted = (value: number, highlight: number, perSquare = 1) =>
      unitGroupMarks({
        unit: { value: perSquare, label: 'one' },
        groups: [{ id: 'posts', label: 'Posts', value, highlight: { value: highlight, label: 'encircled' }, source: 'afp' }]
      })[0]!.highlightParts;
    expect(highlighted(12, 3)).toBe(30);
    expect(highlighted(12, 30)).toBe(120);
    // 4,000 at 10,000 a square: four tenths of one, not nothing.
    expect(highlighted(50000, 4000, 10000)).toBe(4);
    expect(highlighted(50000, 1, 10000)).toBe(1);
    expect(highlighted(50000, 0, 10000)).toBe(0);
  });
});
