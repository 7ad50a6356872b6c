/**
 * Everything a unit chart's picture is computed from, for one state and size: heading
 * metrics and words, groups with their marks, the shared unit caption, the source line,
 * the free area, the grid layout and the marks' target positions and colours. The live
 * UnitChart and the SVG-only UnitChartSnapshot both draw from it, so a snapshot's marks sit
 * exactly where the live chart's settle. Pure: no Svelte, no DOM.
 *
 * Any number of groups fits any size from a 320 px phone up, by trying, in order, until the
 * marks keep a fair size (ACCEPTABLE_PITCH_SHARE of what the area could give them):
 * full headings; compact ones (the number on the label's line, one source line for all);
 * compact ones over the whole height, under the text cards too (cards scroll past, and
 * between them the reader sees it all); and last the whole chart drawn larger and scaled
 * down to the box, by SCALE_STEP, until it fits. Each try may stack groups or set them side
 * by side (layoutUnits). Nothing is ever drawn outside the box or over other text.
 */
import type { Story } from '../../../schema/parseStory.js';
import type { UnitChartState } from '../state.js';
import { graphicText } from '../../../core/graphicText.js';
import { colorOf } from '../../../core/theme.js';
import { unitChartModel } from '../model.js';
import { numberFormat } from '../../../text/numberFormat.js';
import { isolateNumbers } from '../../../text/isolateNumbers.js';
import { headMetrics, estimateHeight, type HeadMetrics } from './headMetrics.js';
import { unitGroupMarks, type UnitGroupMarks } from './unitGroupMarks.js';
import { layoutUnits, type UnitLayout } from './layoutUnits.js';
import { unitMarkTarget, type MarkTarget } from './unitMarkTarget.js';
import { countsInline, headingHeight, headingMinWidth, type GroupHeading, type HeadingStyle } from './unitHeadings.js';
import { COMPACT_GROUP_GAP, GROUP_GAP, MAX_MARK_PITCH } from './constants.js';
import type { Box } from '../../../chart/box.js';

/** A try is taken when its squares are at least this share of the side they would have with no text at all (capped at MAX_MARK_PITCH): smaller, and the next try reads better. */
const ACCEPTABLE_PITCH_SHARE = 0.35;
/** Scales tried last, from 1 down by this step: the smallest text (13 px) stays above 6.5 px at the last. */
const SCALE_STEP = 0.1;
const MIN_SCALE = 0.5;
/** Space between the last group and the source line under it, px. */
const FOOTER_GAP = 12;

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface UnitChartPlan {
  metrics: HeadMetrics;
  groups: UnitGroupMarks[];
  /** What each group's heading says, in the order of `groups`. */
  headings: GroupHeading[];
  style: HeadingStyle;
  /** Compact headings: whether every number sits at the end of its label's line (else each under its label). */
  inline: boolean;
  /** The chart is laid out `1 / scale` times larger than its box and drawn scaled down to it. */
  scale: number;
  /** Size of the drawing before scaling, px: the box's size divided by `scale`. */
  plane: { width: number; height: number };
  /** The chart's title, signed numbers isolated. */
  title: string;
  /** "Each square = 1,000 people", when at least one group uses the chart's unit. */
  sharedCaption: string;
  /** The caption's swatch: the groups' one colour, or an outline when they differ. */
  captionSwatch: { color: string; outline: boolean };
  /** The area drawn in (the plane minus what text cards cover, unless the chart needs it, minus padding). */
  area: Box;
  /** Height of the title and shared caption above the groups. */
  titleHeight: number;
  /** "Source: …" for every group, or "Sources: A; B" under compact headings; empty when each heading names its own. */
  sourceLine: string;
  /** Where the source line sits (its top), px. */
  footer: Box;
  layout: UnitLayout;
  target: MarkTarget;
}

interface Try {
  style: HeadingStyle;
  insets: boolean;
  scale: number;
}

export function unitChartPlan(
  story: Story,
  chart: UnitChartState | null,
  width: number,
  height: number,
  insets: Insets,
  colours: { mark: string; highlight: string }
): UnitChartPlan {
  const nf = numberFormat(story.lang);
  const t = graphicText(story, unitChartModel).t;
  const groups = chart ? unitGroupMarks(chart) : [];
  const sourceName = (id: string) => story.sources.find((s) => s.id === id)?.name ?? id;
  const sources = [...new Set(groups.map((g) => g.group.source))];
  const shared = groups.length > 1 && sources.length === 1;
  const colorOfGroup = (g: UnitGroupMarks) => (g.group.color ? colorOf(story, g.group.color, 'marks') : colours.mark);
  const sharedUnit = groups.filter((g) => !g.ownUnit);
  const sharedCaption = chart && sharedUnit.length ? isolateNumbers(t('eachUnit', { unit: chart.unit.label })) : '';
  const swatchColours = new Set(sharedUnit.map(colorOfGroup));
  const captionSwatch = { color: swatchColours.size === 1 ? [...swatchColours][0]! : colours.mark, outline: swatchColours.size > 1 };
  const title = isolateNumbers(chart?.title ?? '');

  const headingsFor = (style: HeadingStyle): GroupHeading[] =>
    groups.map((g) => {
      const h = g.group.highlight;
      const ownSource = style === 'full' && !shared;
      return {
        id: g.id,
        label: isolateNumbers(g.group.label),
        count: isolateNumbers(g.group.display || nf.format(g.group.value)),
        tick: nf.format(g.group.value),
        highlight: h ? isolateNumbers(`${nf.format(h.value)} ${h.label}`) : '',
        source: ownSource ? isolateNumbers(`${t('source')}: ${sourceName(g.group.source)}`) : '',
        unit: g.ownUnit ? isolateNumbers(t('eachUnit', { unit: g.unit.label })) : '',
        color: g.group.color ? colorOfGroup(g) : undefined
      };
    });
  const sourceLineFor = (style: HeadingStyle) => {
    if (!groups.length) return '';
    if (shared) return isolateNumbers(`${t('source')}: ${sourceName(sources[0]!)}`);
    if (style === 'compact') return isolateNumbers(`${t('sourcesShort')}: ${sources.map(sourceName).join('; ')}`);
    return '';
  };

  function attempt({ style, insets: keepInsets, scale }: Try) {
    const plane = { width: width / scale, height: height / scale };
    const metrics = headMetrics(plane.width);
    const cover = keepInsets ? insets : { top: 0, right: 0, bottom: 0, left: 0 };
    const area = {
      x: cover.left / scale + metrics.padding,
      y: cover.top / scale + metrics.padding,
      width: Math.max(0, plane.width - (cover.left + cover.right) / scale - 2 * metrics.padding),
      height: Math.max(0, plane.height - (cover.top + cover.bottom) / scale - 2 * metrics.padding)
    };
    const titleHeight = chart
      ? estimateHeight(
          [
            { text: title, style: metrics.title },
            { text: sharedCaption, style: metrics.meta }
          ],
          area.width
        ) + (title || sharedCaption ? metrics.titleGap : 0)
      : 0;
    const sourceLine = sourceLineFor(style);
    const footerHeight = sourceLine ? estimateHeight([{ text: sourceLine, style: metrics.meta }], area.width) : 0;
    const headings = headingsFor(style);
    const box = {
      x: area.x,
      y: area.y + titleHeight,
      width: area.width,
      height: Math.max(0, area.height - titleHeight - (footerHeight ? footerHeight + FOOTER_GAP : 0))
    };
    const layout = layoutUnits(
      groups.map((g, i) => ({
        id: g.id,
        marks: g.marks,
        head: (w: number) => headingHeight(headings[i]!, style, w, metrics, style === 'compact' && countsInline(headings, w, metrics)),
        minWidth: headingMinWidth(headings[i]!, style, metrics)
      })),
      box,
      { dir: story.dir, align: 'center', groupGap: style === 'full' ? GROUP_GAP : COMPACT_GROUP_GAP }
    );
    const footer = { x: area.x, y: layout.top + layout.height + FOOTER_GAP, width: area.width, height: footerHeight };
    return { style, scale, plane, metrics, area, titleHeight, sourceLine, footer, headings, layout, box };
  }

  const slots = groups.reduce((sum, g) => sum + g.marks, 0);
  let chosen = attempt({ style: 'full', insets: true, scale: 1 });
  if (groups.length) {
    // The side squares would have if the whole area were theirs: what each try is measured against.
    const ideal = Math.min(MAX_MARK_PITCH, Math.sqrt((chosen.box.width * Math.max(1, chosen.box.height)) / Math.max(1, slots)));
    const good = (a: typeof chosen) => a.layout.fits && a.layout.pitch * a.scale >= ideal * ACCEPTABLE_PITCH_SHARE;
    const tries: Try[] = [
      { style: 'compact', insets: true, scale: 1 },
      { style: 'compact', insets: false, scale: 1 }
    ];
    for (let scale = 1 - SCALE_STEP; scale >= MIN_SCALE - 1e-9; scale -= SCALE_STEP) tries.push({ style: 'compact', insets: false, scale });
    let best = chosen;
    for (const next of tries) {
      if (good(chosen)) break;
      chosen = attempt(next);
      const better = chosen.layout.fits && (!best.layout.fits || chosen.layout.pitch * chosen.scale > best.layout.pitch * best.scale);
      if (better) best = chosen;
    }
    // None good enough: the one with the largest squares that fits, or (fitting nowhere) the smallest scale.
    if (!good(chosen) && best.layout.fits) chosen = best;
  }

  const { layout, headings } = chosen;
  const headWidth = layout.groups[0]?.head.width ?? 0;
  const target = unitMarkTarget(
    layout,
    groups.map((g) => ({
      id: g.id,
      value: g.group.value,
      parts: g.parts,
      highlightParts: g.highlightParts,
      color: g.group.color ? colorOfGroup(g) : undefined
    })),
    colours
  );
  return {
    metrics: chosen.metrics,
    groups,
    headings,
    style: chosen.style,
    inline: chosen.style === 'compact' && countsInline(headings, headWidth, chosen.metrics),
    scale: chosen.scale,
    plane: chosen.plane,
    title,
    sharedCaption,
    captionSwatch,
    area: chosen.area,
    titleHeight: chosen.titleHeight,
    sourceLine: chosen.sourceLine,
    footer: chosen.footer,
    layout,
    target
  };
}
