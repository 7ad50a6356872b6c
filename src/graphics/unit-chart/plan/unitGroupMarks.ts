/**
 * How many marks each group of a unit-chart state draws: `round(value / unit.value)`
 * with the group's own unit when it has one, and how many of them are highlighted.
 */
import type { Unit, UnitGroup } from '../schema.js';

export interface UnitGroupMarks {
  id: string;
  group: UnitGroup;
  unit: Unit;
  /** Whether this group's unit differs from the chart's. */
  ownUnit: boolean;
  marks: number;
  highlight: number;
}

export function unitGroupMarks(state: { unit: Unit; groups: readonly UnitGroup[] }): UnitGroupMarks[] {
  return state.groups.map((group) => {
    const unit = group.unit ?? state.unit;
    const marks = Math.round(group.value / unit.value);
    const highlight = group.highlight ? Math.min(marks, Math.round(group.highlight.value / unit.value)) : 0;
    const ownUnit = group.unit !== undefined && (group.unit.value !== state.unit.value || group.unit.label !== state.unit.label);
    return { id: group.id, group, unit, ownUnit, marks, highlight };
  });
}
