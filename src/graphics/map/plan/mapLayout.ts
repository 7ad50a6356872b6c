/**
 * Where everything that is not geography goes, for one size and step: the frame (the part
 * of the graphic not under text cards), the legend, the locator inset, the scale bar, the
 * credit, and the rectangle fitted views must land in (the frame minus those). Pure: the
 * component and the label tests call it alike.
 */
import type { Insets } from '../../../core/graphicProps.js';
import type { Story } from '../../../schema/parseStory.js';
import type { Rect } from '../../../geo/viewTransform.js';
import { CHAR_WIDTH, labelSize, wrapText } from '../../../geo/placeLabels.js';
import { graphicText } from '../../../core/graphicText.js';
import { mapModel } from '../model.js';
import { mapStateAt } from '../state.js';

/** Below this width (px) the map uses its phone sizes. */
export const NARROW_MAP = 600;

export type LegendKind = 'road' | 'held' | 'front' | 'remaining' | 'post' | 'encircled' | 'approximate' | 'convoy-earlier' | 'convoy-latest';

export interface LegendRow {
  kind: LegendKind;
  lines: string[];
  /** Top of the row, px from the legend's top. */
  y: number;
  height: number;
}

export interface MapLayout {
  narrow: boolean;
  /** Label and legend text size, px: at least 12 px on a phone. */
  fontSize: number;
  margin: number;
  frame: Rect;
  /** Where fitted views land. */
  target: Rect;
  legend: Rect & { rows: LegendRow[] };
  locator: Rect;
  scale: { x: number; y: number; maxPx: number };
  /** `y` is the first line's baseline; `lines` the text wrapped to the map's width. */
  credit: { x: number; y: number; text: string; lines: string[] };
  /** Screen areas labels keep clear of. */
  chrome: (Rect & { id: string })[];
}

/** Swatch column of the legend, px: room for a line sample or a symbol and some air. */
const SWATCH = 26;
/** Space between legend rows, px. */
const ROW_GAP = 5;
/** Height of the scale bar block (bar, ticks, text), px. */
const SCALE_HEIGHT = 26;
/** Credit text size, px, and its line spacing. */
const CREDIT_FONT = 12;
const CREDIT_LINE = 14;
/** Locator width, px: big enough to recognise Syria, small enough to leave the map alone. */
const LOCATOR_WIDTH = { narrow: 78, wide: 112 };
/** Syria's outline is about as tall as 0.9 of its width in this projection. */
const LOCATOR_ASPECT = 0.9;

export function legendKinds(story: Story, index: number): { kind: LegendKind; text: string }[] {
  const state = mapStateAt(story, index);
  if (!state) return [];
  const t = graphicText(story, mapModel).t;
  const shown = state.places.map((id) => story.places.find((p) => p.id === id)).filter((p) => p !== undefined);
  const out: { kind: LegendKind; text: string }[] = [];
  if (state.routes.length) out.push({ kind: 'road', text: t('road') });
  if (state.held) out.push({ kind: 'held', text: state.held.label || t('held') }, { kind: 'front', text: t('front') });
  if (state.remaining) out.push({ kind: 'remaining', text: t('remaining') });
  if (shown.some((p) => p.kind === 'observation-post')) out.push({ kind: 'post', text: t('post') });
  if (state.encircled.length) out.push({ kind: 'encircled', text: t('encircled') });
  if (shown.some((p) => p.precision === 'approximate')) out.push({ kind: 'approximate', text: t('approximate') });
  // The legend is the convoys' key, so each figure carries its source here.
  for (const tone of ['earlier', 'latest'] as const) {
    const convoy = state.convoys.find((c) => (c.tone ?? 'latest') === tone);
    const source = story.sources.find((s) => s.id === convoy?.source)?.name;
    if (convoy) out.push({ kind: `convoy-${tone}`, text: source ? t('sourced', { text: convoy.label, source }) : convoy.label });
  }
  return out;
}

export function mapLayout(story: Story, index: number, width: number, height: number, insets: Insets): MapLayout {
  const narrow = width < NARROW_MAP;
  const fontSize = narrow ? 13 : 14;
  const legendFont = narrow ? 12 : 13;
  const margin = narrow ? 10 : 16;
  const frame = {
    x: insets.left,
    y: insets.top,
    width: Math.max(1, width - insets.left - insets.right),
    height: Math.max(1, height - insets.top - insets.bottom)
  };
  const locatorWidth = narrow ? LOCATOR_WIDTH.narrow : LOCATOR_WIDTH.wide;
  const locator = {
    x: frame.x + frame.width - margin - locatorWidth,
    y: frame.y + margin,
    width: locatorWidth,
    height: Math.round(locatorWidth * LOCATOR_ASPECT)
  };
  const legendMax = narrow ? frame.width - 3 * margin - locatorWidth - SWATCH : 230;
  const maxChars = Math.max(12, Math.floor(legendMax / (legendFont * 0.56)));
  let y = 0;
  let textWidth = 0;
  const rows: LegendRow[] = legendKinds(story, index).map(({ kind, text }) => {
    const lines = wrapText(text, maxChars);
    const size = labelSize({ lines, fontSize: legendFont });
    textWidth = Math.max(textWidth, size.width);
    const row = { kind, lines, y, height: Math.max(size.height, 14) };
    y += row.height + ROW_GAP;
    return row;
  });
  const legend = {
    x: frame.x + margin,
    y: frame.y + margin,
    width: rows.length ? SWATCH + textWidth : 0,
    height: rows.length ? y - ROW_GAP : 0,
    rows
  };
  const creditText = graphicText(story, mapModel).t('credit');
  // On a narrow phone the credit wraps rather than running off the map's far edge, at its
  // semicolons first so a licence name ("CC BY 3.0 IGO") stays on one line.
  const creditChars = Math.max(12, Math.floor((frame.width - 2 * margin) / (CREDIT_FONT * CHAR_WIDTH)));
  const creditLines =
    creditText.length <= creditChars
      ? [creditText]
      : creditText.split(/(?<=[;؛])\s+/).flatMap((part) => wrapText(part, creditChars));
  const creditSize = labelSize({ lines: creditLines, fontSize: CREDIT_FONT });
  const credit = {
    x: frame.x + frame.width - margin,
    y: frame.y + frame.height - margin * 0.6 - (creditLines.length - 1) * CREDIT_LINE,
    text: creditText,
    lines: creditLines
  };
  const creditBox = {
    id: 'credit',
    x: credit.x - creditSize.width,
    y: credit.y - CREDIT_FONT,
    width: creditSize.width,
    height: CREDIT_FONT + 3 + (creditLines.length - 1) * CREDIT_LINE
  };
  const bottom = Math.min(frame.y + frame.height - margin, narrow ? creditBox.y - 4 : Infinity);
  const scale = { x: frame.x + margin, y: bottom - SCALE_HEIGHT, maxPx: narrow ? 90 : 130 };
  const scaleBox = { id: 'scale', x: scale.x - 2, y: scale.y, width: scale.maxPx + 48, height: SCALE_HEIGHT };
  const top = Math.max(legend.y + legend.height, locator.y + locator.height) + margin;
  const target = {
    x: frame.x + margin,
    y: top,
    width: Math.max(1, frame.width - 2 * margin),
    height: Math.max(1, scale.y - margin / 2 - top)
  };
  return {
    narrow,
    fontSize,
    margin,
    frame,
    target,
    legend,
    locator,
    scale,
    credit,
    chrome: [
      { id: 'legend', x: legend.x - 4, y: legend.y - 4, width: legend.width + 8, height: legend.height + 8 },
      { id: 'locator', ...locator },
      scaleBox,
      creditBox
    ]
  };
}
