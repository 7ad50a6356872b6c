/**
 * Everything a bar chart's picture is computed from, for one state at one size: the values
 * as written in the story's language, the sources line, the layout and the settled frame
 * with its colours. The live BarChart and the standalone BarChartSnapshot both draw from it,
 * so a snapshot is exactly where the live chart settles. Pure: no Svelte, no DOM.
 */
import type { Story } from '../../../schema/parseStory.js';
import type { Insets } from '../../../core/graphicProps.js';
import { graphicText } from '../../../core/graphicText.js';
import type { BarChartState } from '../state.js';
import { BAR_CHART_STRINGS } from '../strings.js';
import { formatNumber, valueDigits, valueFormat, valueText } from './formatValue.js';
import { layoutBars, type BarChartLayout } from './layoutBars.js';
import { barColors, chartColors } from './barColors.js';
import { settledFrame, type BarFrame } from './barFrame.js';

export interface BarChartPlan {
  layout: BarChartLayout;
  frame: BarFrame;
}

/** The words of the type, as graphicText finds them (the model's own table). */
const WORDS = { type: 'bar-chart', strings: BAR_CHART_STRINGS };

/** "Source: A" or "Sources: A, B and C", each source named once, in the order of the bars. */
export function sourceLine(story: Story, state: Pick<BarChartState, 'bars'>): string {
  const text = graphicText(story, WORDS);
  const ids = [...new Set(state.bars.map((bar) => bar.source))];
  if (!ids.length) return '';
  const names = ids.map((id) => text.source(id)?.name ?? id);
  return text.t('sourceLine', { word: text.t(names.length > 1 ? 'sourcesShort' : 'source'), names: text.list(names) });
}

export function barChartPlan(story: Story, state: BarChartState | null, width: number, height: number, insets?: Insets): BarChartPlan | null {
  if (!state) return null;
  const format = valueFormat(story.lang, valueDigits(state.bars.map((bar) => bar.value)));
  const highlight = new Set(state.highlight);
  const layout = layoutBars({
    title: state.title,
    caption: state.unit?.label ?? '',
    footer: sourceLine(story, state),
    bars: state.bars.map((bar) => ({ id: bar.id, label: bar.label, value: bar.value, text: valueText(bar, state.unit, format), strong: highlight.has(bar.id) })),
    width,
    height,
    ...(insets ? { insets } : {}),
    dir: story.dir
  });
  const chart = chartColors(story);
  const frame = settledFrame(
    layout,
    state.bars.map((bar) => ({ value: bar.value, display: bar.display, colors: barColors(story, bar, highlight, chart) })),
    chart,
    (value) => formatNumber(value, state.unit, format)
  );
  return { layout, frame };
}
