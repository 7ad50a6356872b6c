/**
 * What a group's heading says and how much room it takes, in either of its two forms:
 * `full` (the label, a big number under it, then the highlight key, the source and the
 * group's own unit, each on its line), and `compact` for charts with many groups or little
 * height (the number, smaller, at the end of the label's line, or under it when it would
 * leave the label too little room). Heights are estimates that err tall (headMetrics), at
 * the width the layout gives the heading; the component draws the same lines.
 */
import { estimateHeight, estimateLines, estimateWidth, widestWord, type HeadMetrics, type TextStyle } from './headMetrics.js';

export type HeadingStyle = 'full' | 'compact';

export interface GroupHeading {
  id: string;
  label: string;
  /** The number as the story words it once settled ("more than 580,000"). */
  count: string;
  /** The longest the number gets while it ticks up: room is kept for it. */
  tick: string;
  /** "12,480 cast abroad" (after a swatch of the highlight colour), or empty. */
  highlight: string;
  /** "Source: …" when the group names its own, or empty (one line for the chart names it). */
  source: string;
  /** "Each square = …" when the group has a unit of its own, or empty. */
  unit: string;
  /** The group's own colour: its label opens with a swatch of it. */
  color?: string | undefined;
}

/** A compact heading keeps its number on the label's line while the number takes at most this share of the width. */
export const INLINE_COUNT_SHARE = 0.5;

/** Space between the label and a number on its line, px. */
export const INLINE_COUNT_GAP = 8;

/** Extra height of a compact heading's first line, px: its number is larger than the label and shares its baseline. */
const INLINE_BASELINE_SLACK = 4;

/** A swatch before a label or a key, with its space, counted as characters of text: "■ ". */
const SWATCH = '■ ';

/** The line under the number: the highlight key, then the source, as one wrapping line. */
export function metaLine(h: GroupHeading): string {
  return [h.highlight ? SWATCH + h.highlight : '', h.source].filter(Boolean).join(' · ');
}

function labelText(h: GroupHeading): string {
  return h.color ? SWATCH + h.label : h.label;
}

/** Width the number takes on a compact heading's line, px. */
export function inlineCountWidth(h: GroupHeading, m: HeadMetrics): number {
  return Math.max(estimateWidth(h.count, m.compactCount), estimateWidth(h.tick, m.compactCount));
}

/** Height of a compact heading's label and number: on one line, or the number under the label. */
function compactTop(h: GroupHeading, width: number, m: HeadMetrics, inline: boolean): number {
  if (inline) {
    const lines = estimateLines(labelText(h), width - inlineCountWidth(h, m) - INLINE_COUNT_GAP, m.label);
    return Math.max(lines * m.label.line, m.compactCount.line) + INLINE_BASELINE_SLACK;
  }
  return estimateLines(labelText(h), width, m.label) * m.label.line + estimateLines(h.count, width, m.compactCount) * m.compactCount.line;
}

/**
 * Whether a compact heading at `width` keeps its number on the label's line: when the number
 * takes at most INLINE_COUNT_SHARE of the width and the heading comes out no taller for it
 * (a short number beside a long label in a narrow column would stretch the label over more
 * lines than the number's own line saves).
 */
export function countInline(h: GroupHeading, width: number, m: HeadMetrics): boolean {
  return inlineCountWidth(h, m) <= width * INLINE_COUNT_SHARE && compactTop(h, width, m, true) <= compactTop(h, width, m, false);
}

function tail(h: GroupHeading, m: HeadMetrics): { text: string; style: TextStyle }[] {
  return [
    { text: metaLine(h), style: m.meta },
    { text: h.unit, style: m.meta }
  ];
}

/** Whether the compact headings of a chart, all `width` wide, keep their numbers on their labels' lines: all or none, so the numbers line up. */
export function countsInline(headings: readonly GroupHeading[], width: number, m: HeadMetrics): boolean {
  return headings.every((h) => countInline(h, width, m));
}

/** Height of the heading at `width`, px; `inline`: a compact heading's number on its label's line. */
export function headingHeight(h: GroupHeading, style: HeadingStyle, width: number, m: HeadMetrics, inline = countInline(h, width, m)): number {
  if (style === 'full') {
    return estimateHeight(
      [
        { text: labelText(h), style: m.label },
        { text: h.count, style: m.count },
        ...tail(h, m)
      ],
      width
    );
  }
  return compactTop(h, width, m, inline) + estimateHeight(tail(h, m), width);
}

/** Narrowest the heading can be without breaking a word, px. */
export function headingMinWidth(h: GroupHeading, style: HeadingStyle, m: HeadMetrics): number {
  const count = style === 'full' ? widestWord(h.count, m.count) : widestWord(h.count, m.compactCount);
  return Math.max(widestWord(labelText(h), m.label), count, widestWord(metaLine(h), m.meta), widestWord(h.unit, m.meta));
}
