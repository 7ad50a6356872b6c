/**
 * The target of a unit chart: every mark's place, width and colour from the layout, and the
 * number each group's count should reach. Highlighted squares come first in their group, in
 * the highlight colour; the rest are in the group's colour. A part of a square sits at the
 * reading start of its place in the grid (the right in a right-to-left story). A square
 * shared by the end of a highlight and the rest of its group is two marks side by side: the
 * highlighted part keeps the square's index, the rest is known by `-(index + 1)`, so either
 * can come and go without renumbering the squares after it.
 */
import type { UnitLayout } from './layoutUnits.js';
import { createMarkSet, type MarkSet } from './markSet.js';
import { SQUARE_PARTS } from './unitGroupMarks.js';

export interface MarkTarget {
  marks: MarkSet;
  /** Value each group's count reaches. */
  values: Record<string, number>;
}

export interface TargetGroup {
  id: string;
  value: number;
  /** Squares covered and highlighted, in tenths (unitGroupMarks). */
  parts: number;
  highlightParts: number;
  /** The group's own colour for its marks; default: the chart's `mark` colour. */
  color?: string | undefined;
}

interface Piece {
  slot: number;
  index: number;
  /** Start and width within the square, in tenths. */
  from: number;
  width: number;
  highlight: boolean;
}

/** The marks of one group, slot by slot. */
function pieces(parts: number, highlightParts: number): Piece[] {
  const out: Piece[] = [];
  const slots = Math.ceil(parts / SQUARE_PARTS);
  for (let slot = 0; slot < slots; slot++) {
    const covered = Math.min(SQUARE_PARTS, parts - slot * SQUARE_PARTS);
    const lit = Math.max(0, Math.min(covered, highlightParts - slot * SQUARE_PARTS));
    if (lit > 0) out.push({ slot, index: slot, from: 0, width: lit, highlight: true });
    if (covered > lit) out.push({ slot, index: lit > 0 ? -(slot + 1) : slot, from: lit, width: covered - lit, highlight: false });
  }
  return out;
}

export function unitMarkTarget(
  layout: UnitLayout,
  groups: readonly TargetGroup[],
  colours: { mark: string; highlight: string }
): MarkTarget {
  const all = layout.groups.map((_, gi) => pieces(groups[gi]!.parts, groups[gi]!.highlightParts));
  const marks = createMarkSet(all.reduce((sum, list) => sum + list.length, 0));
  const values: Record<string, number> = {};
  const size = layout.size;
  let k = 0;
  layout.groups.forEach((g, gi) => {
    const spec = groups[gi]!;
    values[g.id] = spec.value;
    for (const piece of all[gi]!) {
      const width = (size * piece.width) / SQUARE_PARTS;
      const offset = (size * piece.from) / SQUARE_PARTS;
      const x = g.xs[piece.slot]!;
      marks.group[k] = g.id;
      marks.index[k] = piece.index;
      marks.x[k] = layout.rtl ? x + size - offset - width : x + offset;
      marks.y[k] = g.ys[piece.slot]!;
      marks.size[k] = size;
      marks.width[k] = width;
      marks.fill[k] = piece.highlight ? colours.highlight : (spec.color ?? colours.mark);
      k++;
    }
  });
  return { marks, values };
}
