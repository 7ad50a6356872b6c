/**
 * How much of the grid each group of a unit-chart state covers: `value / unit.value`
 * squares (the group's own unit when it has one), to a tenth of a square, so what is left
 * over after the whole squares is drawn as a part of one: 1,499 people at 1,000 a square are
 * one and a half squares, and 640 votes at 1,000 a square are six tenths of one. A group or
 * a highlight above zero is never drawn as nothing: at least a tenth of a square. The
 * highlight covers the first squares of its group, never more than the group.
 */
import type { Unit, UnitGroup } from '../schema.js';

/** Parts a square is divided into: a tenth is still a visible sliver at the smallest pitch a reader can count. */
export const SQUARE_PARTS = 10;

export interface UnitGroupMarks {
  id: string;
  group: UnitGroup;
  unit: Unit;
  /** Whether this group's unit differs from the chart's. */
  ownUnit: boolean;
  /** Squares covered, in tenths (SQUARE_PARTS). */
  parts: number;
  /** Places in the grid it takes: whole squares, and one more for a part of a square. */
  marks: number;
  /** Squares highlighted, in tenths, at most `parts`. */
  highlightParts: number;
}

/** `value / unit` in tenths of a square, and at least one tenth when `value` is above zero. */
export function squareParts(value: number, unit: number): number {
  if (!(value > 0)) return 0;
  return Math.max(1, Math.round((value / unit) * SQUARE_PARTS));
}

export function unitGroupMarks(state: { unit: Unit; groups: readonly UnitGroup[] }): UnitGroupMarks[] {
  return state.groups.map((group) => {
    const unit = group.unit ?? state.unit;
    const parts = squareParts(group.value, unit.value);
    const highlightParts = group.highlight ? Math.min(parts, squareParts(group.highlight.value, unit.value)) : 0;
    const ownUnit = group.unit !== undefined && (group.unit.value !== state.unit.value || group.unit.label !== state.unit.label);
    return { id: group.id, group, unit, ownUnit, parts, marks: Math.ceil(parts / SQUARE_PARTS), highlightParts };
  });
}
