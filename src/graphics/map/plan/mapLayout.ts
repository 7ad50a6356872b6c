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
import { colorOf, themeColors } from '../../../core/theme.js';
import { placeLook, type PlaceLook } from './placeLook.js';
import { routeLegend, routeStyle } from './routeStyle.js';
import { moverColor } from './moverColor.js';

/** Below this width (px) the map uses its phone sizes. */
export const NARROW_MAP = 600;

/** What a legend row shows beside its words, drawn as on the map. */
export type LegendSwatch =
  | { type: 'line'; color: string; width: number; dash?: string | undefined }
  | { type: 'front'; color: string }
  | { type: 'symbol'; look: PlaceLook; ring?: string | undefined }
  | { type: 'approximate' }
  | { type: 'marks'; color: string };

export interface LegendRow {
  /** Stable across steps: what the row is (`route:Road`, `progress`, `kind:stadium`, `mover:boats`). */
  key: string;
  swatch: LegendSwatch;
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
/** Locator width, px: big enough to recognise a country's shape, small enough to leave the map alone. */
const LOCATOR_WIDTH = { narrow: 78, wide: 112 };
/** Height of the locator as a share of its width, from what it shows, within these bounds: a sliver of a country would be unreadable. */
const LOCATOR_ASPECT = { min: 0.6, max: 1.3 };

/** What the layout needs from the basemap: its credits, and the shape of the locator's inset. */
export interface MapChrome {
  credits: readonly string[];
  /** Height over width of what the locator shows; 0: no locator. */
  locatorAspect: number;
}

/** The legend's rows for a step, before layout: one per kind of thing the step shows. */
export function legendEntries(story: Story, index: number): { key: string; text: string; swatch: LegendSwatch }[] {
  const state = mapStateAt(story, index);
  if (!state) return [];
  const t = graphicText(story, mapModel).t;
  const colors = themeColors(story);
  const shown = state.places.map((id) => story.places.find((p) => p.id === id)).filter((p) => p !== undefined);
  const out: { key: string; text: string; swatch: LegendSwatch }[] = [];
  const seen = new Set<string>();
  const add = (key: string, text: string, swatch: LegendSwatch) => {
    if (seen.has(key) || !text) return;
    seen.add(key);
    out.push({ key, text, swatch });
  };
  state.routes.forEach((id, i) => {
    const route = story.routes.find((r) => r.id === id);
    if (!route) return;
    const text = routeLegend(route, t);
    const style = routeStyle(story, route, i === 0);
    add(`route:${text}`, text, { type: 'line', color: style.color, width: Math.min(style.width, 2.6) - 0.1, dash: style.dash });
  });
  if (state.progress) {
    const color = colorOf(story, state.progress.color, 'progress');
    add('progress', state.progress.label || t('progress'), { type: 'line', color, width: 5 });
    add('progress-end', t('progressEnd'), { type: 'front', color });
    if (state.remaining) add('remaining', t('remaining'), { type: 'line', color, width: 3, dash: '2 4' });
  }
  for (const place of shown) {
    const look = placeLook(story, place);
    if (look.legend) add(`kind:${place.kind}`, look.legend, { type: 'symbol', look });
  }
  const firstRinged = shown.find((p) => state.ringed.includes(p.id)) ?? story.places.find((p) => state.ringed.includes(p.id));
  if (state.ringed.length && firstRinged) {
    add('ringed', t('ringed'), { type: 'symbol', look: placeLook(story, firstRinged), ring: colors.ring });
  }
  if (shown.some((p) => p.precision === 'approximate')) add('approximate', t('approximate'), { type: 'approximate' });
  // The legend is the moving marks' key, so each figure carries its source here.
  for (const mover of state.movers) {
    const source = story.sources.find((s) => s.id === mover.source)?.name;
    add(`mover:${mover.id}`, source ? t('sourced', { text: mover.label, source }) : mover.label, { type: 'marks', color: moverColor(story, mover) });
  }
  return out;
}

export function mapLayout(story: Story, index: number, width: number, height: number, insets: Insets, chrome: MapChrome = { credits: [], locatorAspect: 0 }): MapLayout {
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
  const hasLocator = chrome.locatorAspect > 0;
  const locatorWidth = hasLocator ? (narrow ? LOCATOR_WIDTH.narrow : LOCATOR_WIDTH.wide) : 0;
  const locator = {
    x: frame.x + frame.width - margin - locatorWidth,
    y: frame.y + margin,
    width: locatorWidth,
    height: hasLocator ? Math.round(locatorWidth * Math.min(LOCATOR_ASPECT.max, Math.max(LOCATOR_ASPECT.min, chrome.locatorAspect))) : 0
  };
  const legendMax = narrow ? frame.width - 3 * margin - locatorWidth - SWATCH : 230;
  const maxChars = Math.max(12, Math.floor(legendMax / (legendFont * 0.56)));
  let y = 0;
  let textWidth = 0;
  const rows: LegendRow[] = legendEntries(story, index).map(({ key, text, swatch }) => {
    const lines = wrapText(text, maxChars);
    const size = labelSize({ lines, fontSize: legendFont });
    textWidth = Math.max(textWidth, size.width);
    const row = { key, swatch, lines, y, height: Math.max(size.height, 14) };
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
  const words = graphicText(story, mapModel).t;
  const creditText = chrome.credits.length ? words('credit', { credits: chrome.credits.join(words('separator')) }) : '';
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
  // Where the credit may run into the scale bar (a narrow map, or a wide one with a side covered), the bar sits above it.
  const crowded = narrow || frame.width < NARROW_MAP;
  const bottom = Math.min(frame.y + frame.height - margin, crowded ? creditBox.y - 4 : Infinity);
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
