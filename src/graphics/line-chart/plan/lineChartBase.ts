/**
 * The parts of a line chart's picture that depend on its state and size but not on motion:
 * the free area, the title and axis label wrapped to it, the sources line, room for the
 * ticks, the series with their colours, sorted points and wrapped end labels (whose widest
 * sets the margin beside the plot), the notes' wrapped text, and the plot box. A frame
 * (domains, reveal) then places everything in it (lineChartScene). Pure: no Svelte, no DOM.
 *
 * Right-to-left stories: the plot is drawn as in any language, time (or x) running left to
 * right. Arabic and Hebrew write numbers, dates and mathematics left to right, and their
 * press mostly draws time lines that way too; so a story's editions show the same picture.
 * What is text follows the story's direction: the title, axis label and sources line align
 * right, and every label is set right to left (see LineChartSvg's anchors).
 */
import type { Story } from '../../../schema/parseStory.js';
import type { Insets } from '../../../core/graphicProps.js';
import type { Box } from '../../../chart/box.js';
import { graphicText } from '../../../core/graphicText.js';
import { themeColors } from '../../../core/theme.js';
import { lineChartModel } from '../model.js';
import type { LineChartState } from '../state.js';
import { lineMetrics, NARROW_CHART, type LineMetrics } from './lineMetrics.js';
import { linesWidth, wrapText, type TextStyle } from './textMetrics.js';
import { seriesPoints, type SortedPoints } from './seriesPoints.js';
import { seriesColor } from './seriesColor.js';
import { xNumber, type XType } from './xValue.js';

export type Align = 'left' | 'right' | 'middle';

export interface TextBlock {
  lines: string[];
  style: TextStyle;
  /** The edge the lines align to (their centre for 'middle'), px. */
  x: number;
  /** Top of the first line box, px. */
  top: number;
  align: Align;
}

export interface BaseSeries {
  id: string;
  color: string;
  points: SortedPoints;
  /** The end label, wrapped. */
  lines: string[];
  labelWidth: number;
  labelHeight: number;
}

export interface BaseNote {
  id: string;
  /** x as a number (dates in epoch ms), y when the note points at a point. */
  x: number;
  y?: number;
  /** Its text wrapped to the note width, then to fewer, longer lines (a note rewraps to stay off the lines). */
  wraps: { lines: string[]; width: number; height: number }[];
}

export interface LineChartBase {
  width: number;
  height: number;
  dir: 'ltr' | 'rtl';
  lang: string;
  xType: XType;
  metrics: LineMetrics;
  narrow: boolean;
  /** The graphic minus what text cards cover, minus padding. */
  area: Box;
  plot: Box;
  title: TextBlock;
  subtitle: TextBlock;
  xLabel: TextBlock | null;
  source: TextBlock | null;
  /** Top of the x tick labels' line, px. */
  tickLabelTop: number;
  series: BaseSeries[];
  notes: BaseNote[];
  colors: { ink: string; muted: string; paper: string };
}

/** Widest an end label may be, as a share of the area: the rest is for the lines. */
const LABEL_SHARE = 0.3;
/** Widest an end label may be, px (narrow, wide): two lines of a long name. */
const LABEL_MAX = { narrow: 110, wide: 180 };
/** Narrowest an end label is wrapped to, px: a short word. */
const LABEL_MIN = 40;
/** Lines an end label wraps to before it is shortened. */
const LABEL_LINES = 2;
/** Widest a note may be, as a share of the plot, and in px (narrow, wide). */
const NOTE_SHARE = 0.45;
const NOTE_MAX = { narrow: 150, wide: 220 };
const NOTE_MIN = 60;
/** Lines a note wraps to before it is shortened. */
const NOTE_LINES = 4;
/** Wider wraps a note may take, as shares of the plot's width. */
const NOTE_WIDER = [0.6, 0.8];
/** Lines the title wraps to before it is shortened. */
const TITLE_LINES = 3;
/** Space above the sources line and around the x axis's label, px. */
const FOOT_GAP = 6;

const height = (lines: readonly string[], style: TextStyle) => lines.length * style.line;

export function lineChartBase(story: Story, chart: LineChartState, width: number, heightPx: number, insets: Insets): LineChartBase {
  const text = graphicText(story, lineChartModel);
  const narrow = width < NARROW_CHART;
  const m = lineMetrics(width);
  const colors = themeColors(story);
  const rtl = story.dir === 'rtl';
  const area: Box = {
    x: insets.left + m.padding,
    y: insets.top + m.padding,
    width: Math.max(0, width - insets.left - insets.right - 2 * m.padding),
    height: Math.max(0, heightPx - insets.top - insets.bottom - 2 * m.padding)
  };
  const startX = rtl ? area.x + area.width : area.x;
  const startAlign: Align = rtl ? 'right' : 'left';

  const titleLines = wrapText(chart.title, area.width, m.title, TITLE_LINES);
  const title: TextBlock = { lines: titleLines, style: m.title, x: startX, top: area.y, align: startAlign };
  const subtitleLines = wrapText(chart.y.label, area.width, m.subtitle, 2);
  const subtitle: TextBlock = { lines: subtitleLines, style: m.subtitle, x: startX, top: area.y + height(titleLines, m.title), align: startAlign };
  const headBottom = subtitle.top + height(subtitleLines, m.subtitle) + m.headGap;

  const names = [...new Set(chart.series.map((s) => s.source))].map((id) => text.source(id)?.name ?? id);
  const sourceWords = names.length === 1 ? text.t('sourceLine', { names: names[0]! }) : text.t('sourcesLine', { names: text.list(names) });
  const sourceLines = names.length ? wrapText(sourceWords, area.width, m.source, 2) : [];
  const areaBottom = area.y + area.height;
  const source: TextBlock | null = sourceLines.length
    ? { lines: sourceLines, style: m.source, x: startX, top: areaBottom - height(sourceLines, m.source), align: startAlign }
    : null;
  const footTop = source ? source.top - FOOT_GAP : areaBottom;

  const labelMax = Math.max(LABEL_MIN, Math.min(narrow ? LABEL_MAX.narrow : LABEL_MAX.wide, area.width * LABEL_SHARE));
  const series: BaseSeries[] = chart.series.map((s, i) => {
    const lines = wrapText(s.label, labelMax, m.label, LABEL_LINES);
    return {
      id: s.id,
      color: seriesColor(story, s.color, i),
      points: seriesPoints(s),
      lines,
      labelWidth: linesWidth(lines, m.label),
      labelHeight: height(lines, m.label)
    };
  });
  const margin = series.length ? Math.max(...series.map((s) => s.labelWidth)) + m.dot + m.labelGap + 2 : 0;

  const xLabelLines = chart.x.label ? wrapText(chart.x.label, area.width, m.tick, 1) : [];
  const plotRight = area.x + Math.max(0, area.width - margin);
  const xLabel: TextBlock | null = xLabelLines.length
    ? { lines: xLabelLines, style: m.tick, x: (area.x + plotRight) / 2, top: footTop - m.tick.line, align: 'middle' }
    : null;
  const tickLabelTop = (xLabel ? xLabel.top - 2 : footTop) - m.tick.line;
  const plotTop = headBottom + m.tick.line + 2;
  const plotBottom = tickLabelTop - m.tickSize - 2;
  const plot: Box = { x: area.x, y: plotTop, width: Math.max(0, plotRight - area.x), height: Math.max(0, plotBottom - plotTop) };

  const noteMax = Math.max(NOTE_MIN, Math.min(narrow ? NOTE_MAX.narrow : NOTE_MAX.wide, plot.width * NOTE_SHARE));
  const wrapNote = (text: string, width: number) => {
    const lines = wrapText(text, width, m.note, NOTE_LINES);
    return { lines, width: linesWidth(lines, m.note), height: height(lines, m.note) };
  };
  const notes: BaseNote[] = chart.annotations.map((note, i) => {
    const wraps = [wrapNote(note.text, noteMax)];
    // Fewer lines, up to most of the plot's width: a short note may fit where two lines cross a line.
    for (const share of NOTE_WIDER) {
      const wider = wrapNote(note.text, Math.max(noteMax, plot.width * share));
      if (wider.lines.length < wraps[wraps.length - 1]!.lines.length) wraps.push(wider);
    }
    return { id: `note-${i}`, x: xNumber(note.x), ...(note.y === undefined ? {} : { y: note.y }), wraps };
  });

  return {
    width,
    height: heightPx,
    dir: story.dir,
    lang: story.lang,
    xType: chart.x.type,
    metrics: m,
    narrow,
    area,
    plot,
    title,
    subtitle,
    xLabel,
    source,
    tickLabelTop,
    series,
    notes,
    colors: { ink: colors.ink!, muted: colors.muted!, paper: colors.paper! }
  };
}
