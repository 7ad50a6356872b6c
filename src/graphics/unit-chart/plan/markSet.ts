/**
 * A set of square marks as parallel arrays: cheap to build for 50,000 marks, to
 * interpolate every frame and to draw on a canvas. A mark is known by its group and its
 * index in the group; that pair is what persists when the chart changes. A part of a square
 * (what is left of a value after its whole squares) is a mark narrower than it is tall.
 */
export interface MarkSet {
  length: number;
  group: string[];
  index: Int32Array;
  /** Top-left corner, px. */
  x: Float64Array;
  y: Float64Array;
  /** Side of the square (the mark's height), px. */
  size: Float64Array;
  /** Width drawn, px: `size` for a whole square, less for a part of one. */
  width: Float64Array;
  opacity: Float64Array;
  /** CSS colour of each mark. */
  fill: string[];
}

export function createMarkSet(length: number): MarkSet {
  return {
    length,
    group: new Array<string>(length),
    index: new Int32Array(length),
    x: new Float64Array(length),
    y: new Float64Array(length),
    size: new Float64Array(length),
    width: new Float64Array(length),
    opacity: new Float64Array(length).fill(1),
    fill: new Array<string>(length)
  };
}

export function markKey(group: string, index: number): string {
  return `${group}#${index}`;
}

/** Marks present per group id. */
export function countByGroup(set: MarkSet): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < set.length; i++) counts[set.group[i]!] = (counts[set.group[i]!] ?? 0) + 1;
  return counts;
}
