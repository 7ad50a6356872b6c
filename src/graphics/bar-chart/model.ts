/**
 * The bar chart's definition without its component: fields, inheritance, checks, warnings,
 * text alternative and data rows. Pure: `scrollstage/story` validates bar charts with it.
 */
import { defineGraphicModel } from '../../core/defineGraphic.js';
import { problem, type StoryProblem } from '../../schema/storyProblem.js';
import { BAR_CHART_FIELDS, BarSchema, BarUnitSchema, type Bar } from './schema.js';
import { BAR_CHART_STRINGS } from './strings.js';
import { formatNumber, valueDigits, valueFormat, valueText } from './plan/formatValue.js';
import { LONG_DISPLAY, MANY_BARS } from './plan/constants.js';
import type { BarChartState } from './state.js';

export const barChartModel = defineGraphicModel<BarChartState>({
  type: 'bar-chart',
  description: 'Values compared as horizontal bars, labelled, from a zero line (negative values to the other side); bars move to new values and places between steps.',
  fields: BAR_CHART_FIELDS,
  strings: BAR_CHART_STRINGS,
  jsonSchema: { definitions: { Bar: BarSchema, BarUnit: BarUnitSchema } },

  inherit(given, previous) {
    return {
      title: given.title ?? previous?.title ?? '',
      bars: given.bars ?? previous?.bars,
      highlight: given.highlight === undefined ? (previous?.highlight ?? []) : (given.highlight ?? []),
      unit: given.unit === undefined ? (previous?.unit ?? null) : given.unit
    };
  },

  complete(state, at) {
    if (!state.bars) return [problem([...at, 'bars'], 'is required: the first bar-chart step (or the first after another graphic) must give it')];
    const problems: StoryProblem[] = [];
    const ids = new Set(state.bars.map((bar) => bar.id));
    const known = [...ids].slice(0, 8).map((id) => `"${id}"`).join(', ') + (ids.size > 8 ? ', …' : '');
    state.highlight.forEach((id, i) => {
      if (!ids.has(id)) {
        problems.push(
          problem(
            [...at, 'highlight', i],
            `"${id}" is not a bar of this step (its bars: ${known}); a step keeps the previous step's highlight unless it gives its own ([] for none)`
          )
        );
      }
    });
    return problems;
  },

  check(g, { at, expect, once, problem: report }) {
    const bars = Array.isArray(g.bars) ? (g.bars as Bar[]) : undefined;
    const first = new Map<string, number>();
    bars?.forEach((bar, i) => {
      expect('source', bar.source, [...at, 'bars', i, 'source']);
      const seen = first.get(bar.id);
      if (seen !== undefined) report([...at, 'bars', i, 'id'], `"${bar.id}" is already the id of bars[${seen}]: each bar needs an id of its own`);
      else first.set(bar.id, i);
    });
    once(g.highlight, [...at, 'highlight']);
  },

  warn(steps, { at, warn }) {
    let lastBars: unknown = null;
    let lastHighlight = '';
    for (const { state, index } of steps) {
      const newBars = state.bars !== lastBars;
      lastBars = state.bars;
      if (newBars && state.bars.length > MANY_BARS) {
        warn([...at(index), 'bars'], `draws ${state.bars.length} bars: on a phone more than about ${MANY_BARS} get thin and their labels small (split them over steps, or keep the largest)`);
      }
      if (newBars) {
        state.bars.forEach((bar, i) => {
          if (bar.display && [...bar.display].length > LONG_DISPLAY) {
            warn([...at(index), 'bars', i, 'display'], `is long for a value beside a bar (${[...bar.display].length} characters): on a phone it moves above the bar or is squeezed; say more in the step text`);
          }
        });
      }
      const highlight = state.highlight.join('\n');
      if (highlight !== lastHighlight && state.bars.length > 1 && state.bars.every((bar) => state.highlight.includes(bar.id))) {
        warn([...at(index), 'highlight'], 'names every bar: none stands out (name fewer, or leave highlight out)');
      }
      lastHighlight = highlight;
    }
  },

  marks: (state) => state.bars.length,
  marksAdvice: 'fewer bars',

  describe(state, text) {
    const format = valueFormat(text.lang, valueDigits(state.bars.map((bar) => bar.value)));
    const parts = [state.title ? `${state.title}.` : text.t('chart')];
    if (state.unit) parts.push(text.t('altUnit', { unit: state.unit.label }));
    for (const bar of state.bars) parts.push(text.t('altBar', { label: bar.label, value: valueText(bar, state.unit, format) }));
    const stressed = state.bars.filter((bar) => state.highlight.includes(bar.id));
    if (stressed.length) parts.push(text.t('altHighlight', { bars: text.list(stressed.map((bar) => bar.label)) }));
    return parts.join(' ');
  },

  rows(state, text) {
    const format = valueFormat(text.lang, valueDigits(state.bars.map((bar) => bar.value)));
    return state.bars.map((bar) => {
      const number = formatNumber(bar.value, state.unit, format);
      // A display that already says the number ("+6", "−7") is not repeated with it.
      const says = bar.display?.replace(/\u2212/g, '-').includes(number.replace(/\u2212/g, '-'));
      const value = bar.display && !says ? `${bar.display} (${number})` : bar.display || number;
      const what = state.title ? text.t('rowWhat', { title: state.title, label: bar.label }) : bar.label;
      return {
        key: `bar:${state.title}\n${bar.id}`,
        what: state.unit ? `${what} (${state.unit.label})` : what,
        value,
        sources: [bar.source]
      };
    });
  }
});
