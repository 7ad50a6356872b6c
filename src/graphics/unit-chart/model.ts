/**
 * The unit chart's definition without its component: fields, inheritance, checks, text
 * alternative and data rows. Pure: `scrollstage/story` validates unit charts with it.
 */
import { defineGraphicModel } from '../../core/defineGraphic.js';
import { problem, type StoryProblem } from '../../schema/storyProblem.js';
import { UNIT_CHART_FIELDS, UnitGroupSchema } from './schema.js';
import { UNIT_CHART_STRINGS } from './strings.js';
import { unitGroupMarks } from './plan/unitGroupMarks.js';
import type { UnitChartState } from './state.js';

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

  marks: (state) => unitGroupMarks(state).reduce((sum, group) => sum + group.marks, 0),
  marksAdvice: 'a larger unit value, so each mark counts more',

  describe(state, text) {
    const parts = [state.title ? `${state.title}.` : text.t('chart')];
    for (const group of state.groups) {
      const unit = group.unit ?? state.unit;
      const marks = Math.round(group.value / unit.value);
      parts.push(
        text.t('altGroup', {
          label: group.label,
          value: group.display || text.number(group.value),
          marks: text.number(marks),
          unit: unit.label
        })
      );
      if (group.highlight) parts.push(text.t('altHighlight', { value: text.number(group.highlight.value), label: group.highlight.label }));
    }
    return parts.join(' ');
  },

  rows(state, text) {
    return state.groups.map((group) => {
      const value = text.number(group.value);
      const main = group.display && !group.display.includes(value) ? `${group.display} (${value})` : group.display || value;
      return {
        key: `group:${group.id}`,
        what: group.label,
        value: group.highlight ? `${main}; ${text.number(group.highlight.value)} ${group.highlight.label}` : main,
        sources: [group.source]
      };
    });
  }
});
