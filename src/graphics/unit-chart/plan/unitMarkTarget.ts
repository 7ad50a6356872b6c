/**
 * The target of a unit chart: every mark's place and colour from the layout, and the
 * number each group's count should reach. Highlighted marks come first in their group.
 */
import type { UnitLayout } from './layoutUnits.js';
import { createMarkSet, type MarkSet } from './markSet.js';

export interface MarkTarget {
  marks: MarkSet;
  /** Value each group's count reaches. */
  values: Record<string, number>;
}

export interface TargetGroup {
  id: string;
  value: number;
  highlight: number;
}

export function unitMarkTarget(
  layout: UnitLayout,
  groups: readonly TargetGroup[],
  colours: { mark: string; highlight: string }
): MarkTarget {
  const total = layout.groups.reduce((sum, g) => sum + g.xs.length, 0);
  const marks = createMarkSet(total);
  const values: Record<string, number> = {};
  let k = 0;
  layout.groups.forEach((g, gi) => {
    const spec = groups[gi]!;
    values[g.id] = spec.value;
    for (let i = 0; i < g.xs.length; i++, k++) {
      marks.group[k] = g.id;
      marks.index[k] = i;
      marks.x[k] = g.xs[i]!;
      marks.y[k] = g.ys[i]!;
      marks.size[k] = layout.size;
      marks.fill[k] = i < spec.highlight ? colours.highlight : colours.mark;
    }
  });
  return { marks, values };
}
