import { describe, expect, it } from 'vitest';
import { unitGroupMarks } from '../../../../../src/graphics/unit-chart/plan/unitGroupMarks.js';

const unit = { value: 1000, label: '1,000 people' };

describe('unitGroupMarks', () => {
  it.each([
    [580000, undefined, 580],
    [110000, undefined, 110],
    [300, undefined, 0],
    [300, { value: 1, label: '1 person' }, 300],
    [1499, undefined, 1],
    [1500, undefined, 2]
  ])('%d at the group unit %j → %d marks', (value, own, marks) => {
    const [g] = unitGroupMarks({ unit, groups: [{ id: 'g', label: 'G', value, unit: own, source: 's' }] });
    expect(g!.marks).toBe(marks);
    expect(g!.ownUnit).toBe(own !== undefined);
  });

  it('highlights a subset, never more than the marks', () => {
    const [g] = unitGroupMarks({
      unit: { value: 1, label: '1 post' },
      groups: [{ id: 'posts', label: 'Posts', value: 12, highlight: { value: 3, label: 'encircled' }, source: 'afp' }]
    });
    expect(g!.highlight).toBe(3);
  });
});
