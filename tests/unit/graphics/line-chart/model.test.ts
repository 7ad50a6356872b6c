import { describe, expect, it } from 'vitest';
import { parseStory, StoryError, validateStory } from '../../../../src/schema/parseStory.js';
import { describeState } from '../../../../src/story/describeState.js';
import { dataRows } from '../../../../src/story/dataRows.js';
import { LIMITS } from '../../../../src/schema/limits.js';
import { LINE_CHART_STRINGS } from '../../../../src/graphics/line-chart/strings.js';
import { MAX_POINTS, MAX_SERIES } from '../../../../src/graphics/line-chart/plan/constants.js';
import { templateMarks } from '../../../../src/text/fillTemplate.js';
import { lineChartStateAt } from '../../../../src/graphics/line-chart/state.js';
import { lineExample, lineExampleJson, lineStory, lineStoryJson, YEARS } from '../../../helpers/lineStories.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function problemsOf(json: Json): string[] {
  try {
    parseStory(json);
    return [];
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
}

const DATES = {
  type: 'line-chart',
  title: 'A storm',
  x: { type: 'date' },
  y: { label: 'Wind, knots' },
  series: [{ id: 'wind', label: 'Wind', source: 'stats', points: [['2005-08-23T18:00Z', 30], ['2005-08-24T00:00Z', 30], ['2005-08-28T18:00Z', 150]] }]
};

describe('line-chart validation', () => {
  it('accepts the example story, dates with times, and points in any order (drawn sorted)', () => {
    expect(problemsOf(lineExampleJson())).toEqual([]);
    const story = lineStory([{ ...YEARS, series: [{ id: 'a', label: 'A', source: 'stats', points: [[2020, 3], [2000, 1], [2010, 2]] }] }]);
    expect(describeState(story, 0)).toContain('A: from 1 (2000) to 3 (2020).');
  });

  it('requires the first step to give title, x, y and series', () => {
    expect(problemsOf(lineStoryJson([{ type: 'line-chart', title: 'T' }]))).toEqual([
      'steps[0].graphic.x: is required: the first line-chart step (or the first after another graphic) must give it',
      'steps[0].graphic.y: is required: the first line-chart step (or the first after another graphic) must give it',
      'steps[0].graphic.series: is required: the first line-chart step (or the first after another graphic) must give it'
    ]);
  });

  it('names the point whose x is not of the axis’s type', () => {
    const json = lineStoryJson([{ ...YEARS, series: [{ id: 'a', label: 'A', source: 'stats', points: [[2000, 1], ['2010-01-01', 2], ['2011-01-01', 3]] }] }]);
    expect(problemsOf(json)).toEqual(['steps[0].graphic.series[0].points[1][0]: must be a number, as x.type is "number" (and 1 more points of this series)']);
    expect(problemsOf(lineStoryJson([{ ...DATES, until: 5 }]))).toEqual(['steps[0].graphic.until: must be a date "YYYY-MM-DD" or a UTC time "YYYY-MM-DDTHH:MMZ", as x.type is "date"']);
    expect(problemsOf(lineStoryJson([{ ...DATES, annotations: [{ x: 3, text: 'Landfall' }] }]))).toEqual([
      'steps[0].graphic.annotations[0].x: must be a date "YYYY-MM-DD" or a UTC time "YYYY-MM-DDTHH:MMZ", as x.type is "date"'
    ]);
  });

  it('reports a mismatch with what a step carried over at the field it gave', () => {
    expect(problemsOf(lineStoryJson([DATES, { type: 'line-chart', until: 2010 }]))).toEqual([
      'steps[1].graphic.until: must be a date "YYYY-MM-DD" or a UTC time "YYYY-MM-DDTHH:MMZ", as x.type is "date" (x.type, from an earlier step)'
    ]);
    expect(problemsOf(lineStoryJson([{ ...DATES, until: '2005-08-24' }, { type: 'line-chart', x: { type: 'number' } }]))).toEqual([
      'steps[1].graphic.x.type: is "number", but the series carried over have dates on x; "until" carried over is not: give them again in this step, or keep the earlier x.type'
    ]);
  });

  it('refuses impossible dates and times, and a time without its zone', () => {
    const bad = (x: string) => lineStoryJson([{ ...DATES, series: [{ id: 'a', label: 'A', source: 'stats', points: [[x, 1]] }] }]);
    expect(problemsOf(bad('2021-02-30'))).toEqual(['steps[0].graphic.series[0].points[0][0]: must be a real calendar date (and time of day) (got "2021-02-30")']);
    expect(problemsOf(bad('2005-08-29T12:00'))).toEqual([
      'steps[0].graphic.series[0].points[0][0]: must be a date written YYYY-MM-DD, or a UTC time YYYY-MM-DDTHH:MMZ (got "2005-08-29T12:00")'
    ]);
  });

  it('checks sources, ids and each x once', () => {
    const series = [
      { id: 'a', label: 'A', source: 'nobody', points: [[2000, 1], [2001, 2], [2000, 3]] },
      { id: 'a', label: 'Again', source: 'stats', points: [[2000, 1]] }
    ];
    expect(problemsOf(lineStoryJson([{ ...YEARS, series }]))).toEqual([
      'steps[0].graphic.series[0].source: "nobody" is not a source id in "sources"',
      'steps[0].graphic.series[0].points[2][0]: 2000 is given twice in this series (also at points[0]): give each x once',
      'steps[0].graphic.series[1]: "a" is listed twice'
    ]);
    const sameInstant = [{ id: 'a', label: 'A', source: 'stats', points: [['2020-01-01', 1], ['2020-01-01T00:00Z', 2]] }];
    expect(problemsOf(lineStoryJson([{ ...DATES, series: sameInstant }]))).toEqual([
      'steps[0].graphic.series[0].points[1][0]: "2020-01-01T00:00Z" is given twice in this series (also at points[0]): give each x once'
    ]);
  });

  it('caps series and points so a story cannot freeze a phone', () => {
    const many = Array.from({ length: MAX_SERIES + 1 }, (_, i) => ({ id: `s${i}`, label: `S${i}`, source: 'stats', points: [[0, 0]] }));
    expect(problemsOf(lineStoryJson([{ ...YEARS, series: many }]))).toEqual([
      `steps[0].graphic.series: has more than ${MAX_SERIES} series: more lines than a reader can tell apart; split the chart`
    ]);
    const long = [{ id: 'a', label: 'A', source: 'stats', points: Array.from({ length: MAX_POINTS + 1 }, (_, i) => [i, i]) }];
    expect(problemsOf(lineStoryJson([{ ...YEARS, series: long }]))).toEqual([
      `steps[0].graphic.series[0].points: has more than ${MAX_POINTS} points: more than a screen shows; give one every few hours or days instead`
    ]);
    // Ten full series stay within the limit on marks; the count is there to be summed with other graphics.
    const full = Array.from({ length: 10 }, (_, s) => ({ id: `s${s}`, label: `S${s}`, source: 'stats', points: Array.from({ length: MAX_POINTS }, (_, i) => [i, i]) }));
    const story = lineStory([{ ...YEARS, series: full }]);
    expect(story.steps).toHaveLength(1);
    expect(10 * MAX_POINTS).toBeLessThanOrEqual(LIMITS.marks);
  });

  it('warns when until is before every line’s first point', () => {
    const result = validateStory(lineStoryJson([{ ...YEARS, until: 1990 }, { type: 'line-chart', until: 2010 }]));
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual(['steps[0].graphic.until: is before the first point of every series: this step draws no line']);
  });

  it('carries fields over: until and notes until given again, null clearing them', () => {
    const story = lineStory([
      { ...YEARS, until: 2005, annotations: [{ x: 2005, y: 30, text: 'A note' }] },
      { type: 'line-chart', until: 2010 },
      { type: 'line-chart', until: null, annotations: null }
    ]);
    const states = [0, 1, 2].map((i) => lineChartStateAt(story, i)!);
    expect(states.map((s) => [s.until, s.annotations.length, s.title])).toEqual([
      [2005, 1, 'Two measures'],
      [2010, 1, 'Two measures'],
      [null, 0, 'Two measures']
    ]);
    expect(states[1]!.series).toBe(states[0]!.series);
    expect(Object.keys(states[1]!)).not.toContain('given');
  });
});

describe('the line chart’s words', () => {
  it.each(Object.keys(LINE_CHART_STRINGS))('in %s, has every English key, with the same {marks}', (lang) => {
    const table = (LINE_CHART_STRINGS as Record<string, Record<string, string>>)[lang]!;
    for (const [key, english] of Object.entries(LINE_CHART_STRINGS.en)) {
      expect(table[key], `${lang}.${key}`).toBeTypeOf('string');
      expect(templateMarks(table[key]!).sort(), `${lang}.${key}`).toEqual(templateMarks(english).sort());
    }
    expect(Object.keys(LINE_CHART_STRINGS)).toEqual(['en', 'ar', 'fr', 'es', 'de', 'he']);
  });

  it('describe each line’s first and last values shown, its peak and the notes reached', () => {
    const story = lineExample();
    expect(describeState(story, 0)).toBe(
      'Line chart. River level at two gauges (invented data). Vertical axis: Water level, metres. Horizontal axis: dates. ' +
        'Upstream gauge: from 1.2 (Mar 4, 2024, 12:00 AM UTC) to 3.1 (Mar 5, 2024, 12:00 AM UTC). ' +
        'Downstream gauge: from 0.9 (Mar 4, 2024, 12:00 AM UTC) to 1.6 (Mar 5, 2024, 12:00 AM UTC).'
    );
    const third = describeState(story, 2);
    expect(third).toContain('Upstream gauge: from 1.2 (Mar 4, 2024, 12:00 AM UTC) to 3.5 (Mar 6, 2024, 12:00 PM UTC). Highest: 4.8 (Mar 5, 2024, 6:00 PM UTC).');
    expect(third).toContain('Note: Flood gates opened (Mar 6, 2024, 6:00 AM UTC).');
    expect(describeState(lineStory([{ ...YEARS, until: 1999 }]), 0)).toContain('Rising: not drawn yet.');
  });

  it('are the story’s language’s, with numbers and dates kept whole in right-to-left text', () => {
    const fr = describeState(lineExample({ lang: 'fr' }), 1);
    expect(fr).toMatch(/^Graphique linéaire\. .* Axe horizontal : dates\. Upstream gauge : de 1,2 \(4 mars 2024, 00:00 UTC\) à 4,8 /);
    const he = describeState(lineExample({ lang: 'he', dir: 'rtl' }), 1);
    expect(he).toMatch(/^תרשים קווי\. /);
    expect(he).toContain('Upstream gauge: מ־\u20681.2\u2069 (\u2068');
  });

  it('give way to the story’s own, as line-chart.KEY', () => {
    const json = { ...lineExampleJson(), strings: { 'line-chart.chart': 'Graph.', 'line-chart.sourceLine': 'Data: {names}' } };
    const story = parseStory(json);
    expect(describeState(story, 0)).toMatch(/^Graph\. /);
    expect(problemsOf({ ...lineExampleJson(), strings: { 'line-chart.chrat': 'x' } })).toEqual([
      'strings["line-chart.chrat"]: is not a text the explainer writes (did you mean "line-chart.chart"?); the README lists every key'
    ]);
  });

  it('give each line’s last value shown as a figure per step, and the points as a table', () => {
    const { figures, tables } = dataRows(lineExample());
    expect(figures.filter((f) => f.step.id === 'rising').map((f) => [f.key, f.what, f.value, f.sources.map((s) => s.id)])).toEqual([
      ['series:upstream', 'Upstream gauge', '3.1 (Mar 5, 2024, 12:00 AM UTC)', ['example']],
      ['series:downstream', 'Downstream gauge', '1.6 (Mar 5, 2024, 12:00 AM UTC)', ['example']]
    ]);
    expect(figures).toHaveLength(8);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns).toEqual(['Date', 'Upstream gauge', 'Downstream gauge']);
    expect(tables[0]!.caption).toBe('River level at two gauges (invented data): the data');
    expect(tables[0]!.rows).toHaveLength(16);
    expect(tables[0]!.rows[7]!.cells).toEqual(['Mar 5, 2024, 6:00 PM UTC', '4.8', '3.2']);
  });
});
