/**
 * Everything a unit chart's picture is computed from, for one state and size: heading
 * metrics, groups with their mark counts, the shared unit caption, the free area, the
 * heading heights, the grid layout and the marks' target positions and colours. The live
 * UnitChart and the SVG-only UnitChartSnapshot both draw from it, so a snapshot's marks sit
 * exactly where the live chart's settle. Pure: no Svelte, no DOM.
 */
import type { Story } from '../../../schema/parseStory.js';
import type { UnitChartState } from '../state.js';
import { graphicText } from '../../../core/graphicText.js';
import { unitChartModel } from '../model.js';
import { numberFormat } from '../../../text/numberFormat.js';
import { headMetrics, estimateHeight, type HeadMetrics } from './headMetrics.js';
import { unitGroupMarks, type UnitGroupMarks } from './unitGroupMarks.js';
import { layoutUnits, type UnitLayout } from './layoutUnits.js';
import { unitMarkTarget, type MarkTarget } from './unitMarkTarget.js';
import type { Box } from '../../../chart/box.js';

/** Above this free width, two or more groups may sit side by side; headings are sized for that. */
const SIDE_BY_SIDE_MIN = 2 * 420;
/** The gutter between side-by-side groups, px. */
const SIDE_BY_SIDE_GUTTER = 20;

export interface UnitChartPlan {
  metrics: HeadMetrics;
  groups: UnitGroupMarks[];
  /** "Each square = 1,000 people", when at least one group uses the chart's unit. */
  sharedCaption: string;
  /** The graphic minus what text cards cover, minus padding. */
  area: Box;
  /** Height of the title and shared caption above the groups. */
  titleHeight: number;
  /** The width group headings are wrapped at. */
  headWidth: number;
  layout: UnitLayout;
  target: MarkTarget;
  /** A group's number as the story words it once settled ("more than 580,000"). */
  settledText(group: UnitGroupMarks): string;
  /** A group's line under its number: its highlight, then its source. */
  metaText(group: UnitGroupMarks): string;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
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
  const metrics = headMetrics(width);
  const groups = chart ? unitGroupMarks(chart) : [];
  const sharedCaption = chart && groups.some((g) => !g.ownUnit) ? t('eachUnit', { unit: chart.unit.label }) : '';
  const sourceName = (id: string) => story.sources.find((s) => s.id === id)?.name ?? id;
  const settledText = (g: UnitGroupMarks) => g.group.display || nf.format(g.group.value);
  const metaText = (g: UnitGroupMarks) => {
    const h = g.group.highlight;
    return `${h ? `■ ${nf.format(h.value)} ${h.label} · ` : ''}${t('source')}: ${sourceName(g.group.source)}`;
  };
  const area = {
    x: insets.left + metrics.padding,
    y: insets.top + metrics.padding,
    width: Math.max(0, width - insets.left - insets.right - 2 * metrics.padding),
    height: Math.max(0, height - insets.top - insets.bottom - 2 * metrics.padding)
  };
  const titleHeight = chart
    ? estimateHeight(
        [
          { text: chart.title, style: metrics.title },
          { text: sharedCaption, style: metrics.meta }
        ],
        area.width
      ) + (chart.title || sharedCaption ? metrics.titleGap : 0)
    : 0;
  // Headings are estimated at the narrower of the two arrangements' widths, so both fit.
  const headWidth =
    groups.length > 1 && area.width > SIDE_BY_SIDE_MIN ? area.width / groups.length - SIDE_BY_SIDE_GUTTER : area.width;
  const layout = layoutUnits(
    groups.map((g) => ({
      id: g.id,
      marks: g.marks,
      head: estimateHeight(
        [
          { text: g.group.label, style: metrics.label },
          { text: settledText(g), style: metrics.count },
          { text: metaText(g), style: metrics.meta },
          { text: g.ownUnit ? t('eachUnit', { unit: g.unit.label }) : '', style: metrics.meta }
        ],
        headWidth
      )
    })),
    { x: area.x, y: area.y + titleHeight, width: area.width, height: Math.max(0, area.height - titleHeight) },
    { dir: story.dir, align: 'center' }
  );
  const target = unitMarkTarget(
    layout,
    groups.map((g) => ({ id: g.id, value: g.group.value, highlight: g.highlight })),
    colours
  );
  return { metrics, groups, sharedCaption, area, titleHeight, headWidth, layout, target, settledText, metaText };
}
