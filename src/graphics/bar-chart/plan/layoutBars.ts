/**
 * Where everything of a bar chart goes, for one state at one size: the title and the unit's
 * caption, a row per bar (its label, its bar from the zero line, its value), the sources
 * under them. Pure: the live chart, the server render and the snapshot all draw from it.
 *
 * Wide, labels sit in a column on the story's start side, each beside its bar, wrapping to
 * a few lines; narrow (a phone), each label sits above its bar, which gets the whole width.
 * A value is written just beyond its bar's end (fitValueScale makes room for it), or inside
 * a long bar; when values are so wide that bars would be stubs, they go beside the label
 * above the bar. Bars are as thick as the free height allows, within bounds; when even the
 * thinnest do not fit, the whole drawing is laid out larger and scaled down to its box (the
 * drawing's viewBox), never cropped.
 *
 * Positions are computed from the start of the line (logical) and turned into physical ones
 * at the end: a right-to-left story is the mirror image, bars growing from the right and
 * labels on the right. Text anchors stay logical ("start", "end"): drawn with the story's
 * `direction`, they mirror with it.
 */
import type { Box } from '../../../chart/box.js';
import type { Insets } from '../../../core/graphicProps.js';
import { barMetrics, type BarMetrics } from './barMetrics.js';
import { fitValueScale, type Placement } from './fitValueScale.js';
import { estimateTextWidth, type MeasureText, type TextStyle } from './textWidth.js';
import { widestLine, wrapText } from './wrapText.js';
import {
  HEAD_VALUE_SHARE,
  INSIDE_MARGIN,
  LABEL_COLUMN_SHARE,
  LABEL_GAP,
  LABEL_TO_BAR,
  MIN_BAR,
  MIN_BAR_SHARE,
  MIN_ROW_GAP,
  ROW_GAP_RATIO,
  SIDE_LABEL_LINES,
  SIDE_LABELS_MIN,
  VALUE_PAD
} from './constants.js';

export interface BarSpec {
  id: string;
  label: string;
  value: number;
  /** The value as written beside the bar. */
  text: string;
  /** Highlighted: its label is drawn bold (and measured so). */
  strong?: boolean;
}

export interface BarLayoutInput {
  title: string;
  /** The unit's label, under the title; '' for none. */
  caption: string;
  /** The sources line; '' for none. */
  footer: string;
  bars: readonly BarSpec[];
  /** Size of the box, px. */
  width: number;
  height: number;
  /** Parts of the box covered by text cards. */
  insets?: Insets;
  dir: 'ltr' | 'rtl';
  measure?: MeasureText;
}

export type Anchor = 'start' | 'end';

/** Lines of text: `x` is where the anchor is (physical), `top` the top of the first line box. */
export interface TextBox {
  lines: string[];
  x: number;
  top: number;
  anchor: Anchor;
  style: TextStyle;
  /** The widest line, px (estimated). */
  width: number;
}

export type ValuePlacement = Placement | 'head';

export interface ValueBox {
  text: string;
  x: number;
  /** Vertical middle of the text. */
  middle: number;
  anchor: Anchor;
  placement: ValuePlacement;
  /** Its width, px (estimated). */
  width: number;
  /** Set when the text is wider than its room: drawn squeezed to this width (SVG textLength). */
  squeeze: number | null;
}

export interface BarRowLayout {
  id: string;
  /** The row's box, top to bottom. */
  top: number;
  height: number;
  /** The bar, physical. */
  bar: Box;
  /** This row's stretch of the zero line. */
  tick: { x: number; y1: number; y2: number };
  label: TextBox;
  value: ValueBox;
}

export type LabelMode = 'side' | 'stacked';
export type ValueMode = 'end' | 'head';

export interface BarChartLayout {
  /** Size of the drawing (its viewBox), px: the box's, or larger when it is scaled down to fit. */
  width: number;
  height: number;
  /** How much the drawing is scaled to fit its box: 1, or less. */
  scale: number;
  mode: LabelMode;
  values: ValueMode;
  metrics: BarMetrics;
  /** Thickness of every bar, px. */
  thickness: number;
  /** The zero line, physical x. */
  zero: number;
  title: TextBox | null;
  caption: TextBox | null;
  footer: TextBox | null;
  rows: BarRowLayout[];
  dir: 'ltr' | 'rtl';
}

interface Arranged {
  layout: BarChartLayout;
  /** Height everything needs, and the height it has. */
  content: number;
  room: number;
}

const NONE: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Each row's parts in logical positions, before they are placed from the top. */
interface RowPlan {
  spec: BarSpec;
  lines: string[];
  /** The value has a line of its own under the label (values above the bars). */
  ownLine: boolean;
  labelHeight: number;
}

function arrange(
  input: BarLayoutInput,
  m: BarMetrics,
  W: number,
  H: number,
  insets: Insets,
  mode: LabelMode,
  values: ValueMode,
  force: boolean
): Arranged | null {
  const measure = input.measure ?? estimateTextWidth;
  const rtl = input.dir === 'rtl';
  const areaStart = (rtl ? insets.right : insets.left) + m.padding;
  const areaWidth = Math.max(1, W - insets.left - insets.right - 2 * m.padding);
  const areaEnd = areaStart + areaWidth;
  const areaTop = insets.top + m.padding;
  const areaHeight = Math.max(0, H - insets.top - insets.bottom - 2 * m.padding);

  const titleLines = input.title ? wrapText(input.title, areaWidth, m.title, measure) : [];
  const captionLines = input.caption ? wrapText(input.caption, areaWidth, m.meta, measure) : [];
  const footerLines = input.footer ? wrapText(input.footer, areaWidth, m.meta, measure) : [];
  const headHeight =
    titleLines.length * m.title.line + captionLines.length * m.meta.line + (titleLines.length || captionLines.length ? m.headGap : 0);
  const footHeight = footerLines.length ? m.footGap + footerLines.length * m.meta.line : 0;

  const bars = input.bars;
  const valueWidths = bars.map((b) => measure(b.text, m.value));
  const labelStyle = (b: BarSpec): TextStyle => (b.strong ? { ...m.label, bold: true } : m.label);
  let barsStart = areaStart;
  let labelX = areaStart;
  let labelAnchor: Anchor = 'start';
  let rows: RowPlan[];
  if (mode === 'side') {
    const widest = bars.reduce((most, b) => Math.max(most, measure(b.label, labelStyle(b))), 0);
    const column = Math.min(widest, LABEL_COLUMN_SHARE * areaWidth);
    const lines = bars.map((b) => wrapText(b.label, column, labelStyle(b), measure));
    if (!force && lines.some((l) => l.length > SIDE_LABEL_LINES)) return null;
    const used = lines.reduce((most, l, i) => Math.max(most, widestLine(l, labelStyle(bars[i]!), measure)), 0);
    barsStart = areaStart + used + LABEL_GAP;
    labelX = barsStart - LABEL_GAP;
    labelAnchor = 'end';
    rows = bars.map((spec, i) => ({ spec, lines: lines[i]!, ownLine: false, labelHeight: lines[i]!.length * m.label.line }));
  } else {
    rows = bars.map((spec, i) => {
      const ownLine = values === 'head' && valueWidths[i]! > areaWidth * HEAD_VALUE_SHARE;
      const wrapAt = values === 'head' && !ownLine ? areaWidth - valueWidths[i]! - LABEL_GAP : areaWidth;
      const lines = wrapText(spec.label, wrapAt, labelStyle(spec), measure);
      // Above the bars, a value beside an empty label still needs its line.
      const labelLines = values === 'head' ? Math.max(1, lines.length) : lines.length;
      return { spec, lines, ownLine, labelHeight: labelLines * m.label.line + (ownLine ? m.value.line : 0) };
    });
  }

  // Bars as thick as the free height allows.
  const band = (t: number) => (values === 'end' ? Math.max(t, m.value.line) : t);
  const gap = (t: number) => Math.max(MIN_ROW_GAP, ROW_GAP_RATIO * t);
  const rowHeight = (row: RowPlan, t: number) =>
    mode === 'side' ? Math.max(row.labelHeight, band(t)) : row.labelHeight + (row.labelHeight ? LABEL_TO_BAR : 0) + band(t);
  const total = (t: number) => rows.reduce((sum, row) => sum + rowHeight(row, t), 0) + Math.max(0, rows.length - 1) * gap(t);
  const rowRoom = areaHeight - headHeight - footHeight;
  let thickness = MIN_BAR;
  for (let t = m.maxBar; t >= MIN_BAR; t--) {
    if (total(t) <= rowRoom) {
      thickness = t;
      break;
    }
  }
  const content = headHeight + total(thickness) + footHeight;

  // The scale, with room for each value beside its bar (or none, when values sit above).
  const insideFits = thickness >= m.value.size + INSIDE_MARGIN;
  const fitted = fitValueScale(
    bars.map((b, i) => ({ value: b.value, width: values === 'end' ? valueWidths[i]! : 0 })),
    barsStart,
    areaEnd,
    values === 'end' ? VALUE_PAD : 0,
    values === 'end' && insideFits
  );
  const anyValue = bars.some((b) => b.value !== 0);
  if (!force && values === 'end' && anyValue && fitted.longest < MIN_BAR_SHARE * (areaEnd - barsStart)) return null;
  const scale = fitted.scale;
  const z = scale(0);
  const anyPositive = bars.some((b) => b.value > 0);
  const anyNegative = bars.some((b) => b.value < 0);
  const zerosPositive = anyPositive || !anyNegative;

  // Physical positions from logical ones.
  const px = (x: number) => (rtl ? W - x : x);
  const span = (a: number, b: number) => ({ x: rtl ? W - Math.max(a, b) : Math.min(a, b), width: Math.abs(b - a) });

  const block = areaTop + Math.max(0, (areaHeight - content) / 2);
  const textBox = (lines: string[], top: number, style: TextStyle): TextBox | null =>
    lines.length ? { lines, x: px(areaStart), top, anchor: 'start', style, width: widestLine(lines, style, measure) } : null;
  const title = textBox(titleLines, block, m.title);
  const caption = textBox(captionLines, block + titleLines.length * m.title.line, m.meta);

  let y = block + headHeight;
  const g = gap(thickness);
  const laidOut: BarRowLayout[] = rows.map((row, i) => {
    const height = rowHeight(row, thickness);
    const b = band(thickness);
    const middle = mode === 'side' ? y + height / 2 : y + row.labelHeight + (row.labelHeight ? LABEL_TO_BAR : 0) + b / 2;
    const labelTop = mode === 'side' ? middle - row.labelHeight / 2 : y;
    const v = row.spec.value;
    const end = scale(v);
    const valueWidth = valueWidths[i]!;

    let value: ValueBox;
    if (values === 'head') {
      const middleOf = row.ownLine ? labelTop + Math.max(1, row.lines.length) * m.label.line + m.value.line / 2 : labelTop + m.label.line / 2;
      const room = row.ownLine ? areaWidth : areaWidth - widestLine(row.lines.slice(0, 1), labelStyle(row.spec), measure) - LABEL_GAP;
      value = { text: row.spec.text, x: px(areaEnd), middle: middleOf, anchor: 'end', placement: 'head', width: valueWidth, squeeze: squeezed(valueWidth, room) };
    } else {
      const placement = fitted.placement[i]!;
      const positive = v > 0 || (v === 0 && zerosPositive);
      let x: number;
      let anchor: Anchor;
      let room: number;
      if (placement === 'inside') {
        x = positive ? end - VALUE_PAD : end + VALUE_PAD;
        anchor = positive ? 'end' : 'start';
        room = Math.abs(end - z) - 2 * VALUE_PAD;
      } else {
        x = positive ? end + VALUE_PAD : end - VALUE_PAD;
        anchor = positive ? 'start' : 'end';
        room = positive ? areaEnd - x : x - areaStart;
      }
      value = { text: row.spec.text, x: px(x), middle, anchor, placement, width: valueWidth, squeeze: squeezed(valueWidth, room) };
    }

    const tick =
      mode === 'side'
        ? { x: px(z), y1: i === 0 ? y : y - g / 2, y2: i === rows.length - 1 ? y + height : y + height + g / 2 }
        : { x: px(z), y1: middle - b / 2 - 2, y2: middle + b / 2 + 2 };
    const out: BarRowLayout = {
      id: row.spec.id,
      top: y,
      height,
      bar: { ...span(z, end), y: middle - thickness / 2, height: thickness },
      tick,
      label: {
        lines: row.lines,
        x: px(labelX),
        top: labelTop,
        anchor: labelAnchor,
        style: labelStyle(row.spec),
        width: widestLine(row.lines, labelStyle(row.spec), measure)
      },
      value
    };
    y += height + g;
    return out;
  });

  const footer = textBox(footerLines, block + content - footHeight + (footerLines.length ? m.footGap : 0), m.meta);
  return {
    layout: { width: W, height: H, scale: 1, mode, values, metrics: m, thickness, zero: px(z), title, caption, footer, rows: laidOut, dir: input.dir },
    content,
    room: areaHeight
  };
}

/** The width to squeeze a text to, or null when it fits its room. */
function squeezed(width: number, room: number): number | null {
  return width > room + 0.5 ? Math.max(1, room) : null;
}

/** Insets that leave too little of the box are ignored: the chart is drawn under the card rather than not at all. */
function usableInsets(insets: Insets, W: number, H: number, m: BarMetrics): Insets {
  const least = 2 * m.padding + 60;
  const across = W - insets.left - insets.right >= least;
  const down = H - insets.top - insets.bottom >= least;
  return {
    left: across ? insets.left : 0,
    right: across ? insets.right : 0,
    top: down ? insets.top : 0,
    bottom: down ? insets.bottom : 0
  };
}

export function layoutBars(input: BarLayoutInput): BarChartLayout {
  const W = Math.max(1, Number.isFinite(input.width) ? input.width : 1);
  const H = Math.max(1, Number.isFinite(input.height) ? input.height : 1);
  const m = barMetrics(W);
  const insets = usableInsets(input.insets ?? NONE, W, H, m);
  const areaWidth = W - insets.left - insets.right - 2 * m.padding;
  const orders: [LabelMode, ValueMode][] =
    areaWidth >= SIDE_LABELS_MIN
      ? [
          ['side', 'end'],
          ['stacked', 'end'],
          ['stacked', 'head']
        ]
      : [
          ['stacked', 'end'],
          ['stacked', 'head'],
          ['side', 'end']
        ];
  let best: Arranged | null = null;
  for (const [mode, values] of orders) {
    const arranged = arrange(input, m, W, H, insets, mode, values, false);
    if (!arranged) continue;
    if (arranged.content <= arranged.room) return arranged.layout;
    if (!best || arranged.content < best.content) best = arranged;
  }
  best ??= arrange(input, m, W, H, insets, 'stacked', 'head', true)!;
  // Too tall even with the thinnest bars: lay out in a larger drawing and scale it down.
  const free = H - insets.top - insets.bottom;
  const s = Math.min(1, free / (best.content + 2 * m.padding));
  const scaledInsets = { top: insets.top / s, right: insets.right / s, bottom: insets.bottom / s, left: insets.left / s };
  const { mode, values } = best.layout;
  const layout = arrange(input, m, W / s, H / s, scaledInsets, mode, values, true)!.layout;
  return { ...layout, scale: s };
}

/** Every box of text in a layout, physical, for overlap checks and tests. */
export function textBoxes(layout: BarChartLayout): { kind: string; id?: string; box: Box }[] {
  const rtl = layout.dir === 'rtl';
  const left = (x: number, width: number, anchor: Anchor) => ((anchor === 'start') !== rtl ? x : x - width);
  const out: { kind: string; id?: string; box: Box }[] = [];
  const add = (kind: string, t: TextBox | null, id?: string) => {
    if (!t || !t.lines.length) return;
    out.push({ kind, ...(id ? { id } : {}), box: { x: left(t.x, t.width, t.anchor), y: t.top, width: t.width, height: t.lines.length * t.style.line } });
  };
  add('title', layout.title);
  add('caption', layout.caption);
  add('footer', layout.footer);
  for (const row of layout.rows) {
    add('label', row.label, row.id);
    const v = row.value;
    const width = v.squeeze ?? v.width;
    const line = layout.metrics.value.line;
    out.push({ kind: 'value', id: row.id, box: { x: left(v.x, width, v.anchor), y: v.middle - line / 2, width, height: line } });
  }
  return out;
}
