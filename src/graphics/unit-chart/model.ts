/**
 * The unit chart's definition without its component: fields, inheritance, checks, text
 * alternative and data rows. Pure: `scrollstage/story` validates unit charts with it.
 */
import { defineGraphicModel } from '../../core/defineGraphic.js';
import { problem, type StoryProblem } from '../../schema/storyProblem.js';
import { UNIT_CHART_FIELDS, UnitGroupSchema } from './schema.js';
import { UNIT_CHART_STRINGS } from './strings.js';
import { unitGroupMarks, squareParts, SQUARE_PARTS } from './plan/unitGroupMarks.js';
import { isolateNumbers } from '../../text/isolateNumbers.js';
import type { UnitChartState } from './state.js';

const tenthsFormats = new Map<string, Intl.NumberFormat>();

/** Squares in the story's language, to a tenth: "0.6", "1,499.5". */
function squaresText(parts: number, lang: string): string {
  let format = tenthsFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    }
    tenthsFormats.set(lang, format);
  }
  return format.format(parts / SQUARE_PARTS);
}

export const unitChartModel = defineGraphicModel<UnitChartState>({
  type: 'unit-chart',
  description: 'Numbers as marks a reader can count: one square per unit, a block per group.',
  fields: UNIT_CHART_FIELDS,
  strings: UNIT_CHART_STRINGS,
  jsonSchema: { definitions: { UnitGroup: UnitGroupSchema } },

  inherit(given, previous) {
    return {
      unit: given.unit ?? previous?.unit,
      groups: given.groups ?? previous?.groups,
      title: given.title ?? previous?.title ?? ''
    };
  },

  complete(state, at) {
    const problems: StoryProblem[] = [];
    for (const key of ['unit', 'groups'] as const) {
      if (!state[key]) problems.push(problem([...at, key], 'is required: the first unit-chart step (or the first after another graphic) must give it'));
    }
    return problems;
  },

  check(g, { at, expect, once }) {
    const groups = g.groups as UnitChartState['groups'] | undefined;
    groups?.forEach((group, i) => expect('source', group.source, [...at, 'groups', i, 'source']));
    once(groups?.map((group) => group.id), [...at, 'groups']);
  },

  warn(steps, { at, warn }) {
    // A step that does not give groups inherits the same list: warn where it was written.
    const seen = new Set<unknown>();
    for (const { state, index } of steps) {
      if (seen.has(state.groups)) continue;
      seen.add(state.groups);
      state.groups.forEach((group, i) => {
        const highlight = group.highlight;
        if (!highlight || highlight.value <= group.value) return;
        warn(
          [...at(index), 'groups', i, 'highlight', 'value'],
          `is ${highlight.value}, more than the group's value, ${group.value}: the whole group is drawn highlighted. Is one of the two numbers a typo?`
        );
      });
    }
  },

  marks: (state) => unitGroupMarks(state).reduce((sum, group) => sum + group.marks, 0),
  marksAdvice: 'a larger unit value, so each mark counts more',

  describe(state, text) {
    const parts = [state.title ? `${state.title}.` : text.t('chart')];
    for (const group of state.groups) {
      const unit = group.unit ?? state.unit;
      parts.push(
        text.t('altGroup', {
          label: group.label,
          value: group.display || text.number(group.value),
          marks: squaresText(squareParts(group.value, unit.value), text.lang),
          unit: unit.label
        })
      );
      if (group.highlight) parts.push(text.t('altHighlight', { value: text.number(group.highlight.value), label: group.highlight.label }));
    }
    return isolateNumbers(parts.join(' '));
  },

  rows(state, text) {
    return state.groups.map((group) => {
      const value = text.number(group.value);
      const main = group.display && !group.display.includes(value) ? `${group.display} (${value})` : group.display || value;
      return {
        key: `group:${group.id}`,
        what: isolateNumbers(group.label),
        value: isolateNumbers(group.highlight ? `${main}; ${text.number(group.highlight.value)} ${group.highlight.label}` : main),
        sources: [group.source]
      };
    });
  }
});
