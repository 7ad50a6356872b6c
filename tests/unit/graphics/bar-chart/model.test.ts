import { describe, expect, it } from 'vitest';
import { parseStory, validateStory, storyRegistry, StoryError } from '../../../../src/schema/parseStory.js';
import { describeState } from '../../../../src/story/describeState.js';
import { dataRows } from '../../../../src/story/dataRows.js';
import { MAX_BARS } from '../../../../src/graphics/bar-chart/plan/constants.js';
import type { BarChartState } from '../../../../src/graphics/bar-chart/state.js';
import { BAR_CHART_STRINGS } from '../../../../src/graphics/bar-chart/strings.js';
import { BUILT_IN_LANGUAGES } from '../../../../src/text/locales.js';
import { templateMarks } from '../../../../src/text/fillTemplate.js';
import { barExample, barExampleJson, barStoryJson, hebrewBarJson } from '../../../helpers/barChartStories.js';

/** Every problem as "path: message". */
function problemsOf(json: unknown): string[] {
  try {
    parseStory(json);
    return [];
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
}

const state = (story: ReturnType<typeof parseStory>, i: number) => story.steps[i]!.state as unknown as BarChartState;

describe('bar-chart: the example story', () => {
  it('is valid, with no warnings', () => {
    const result = validateStory(barExampleJson());
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(validateStory(hebrewBarJson()).warnings).toEqual([]);
  });

  it('inherits: a step giving only a highlight keeps the bars, title and unit; null clears highlight and unit', () => {
    const story = barExample();
    expect(state(story, 1).unit).toEqual({ label: 'gold medals won' });
    expect(state(story, 1).highlight).toEqual(['france']);
    expect(state(story, 2).highlight).toEqual([]);
    const last = state(story, 3);
    expect(last.bars).toBe(state(story, 2).bars);
    expect(last.title).toBe('Change in gold medals, Tokyo 2020 to Paris 2024');
    expect(last.highlight).toEqual(['japan', 'gbr']);
    const json = barExampleJson();
    json.steps[3].graphic.unit = null;
    expect(state(parseStory(json), 3).unit).toBeNull();
  });
});

describe('bar-chart: checks', () => {
  it('names each unknown source, repeated id, unknown highlight and missing bars with its path', () => {
    const json = barStoryJson([
      [
        { id: 'a', value: 1 },
        { id: 'b', value: 2 },
        { id: 'a', value: 3 }
      ],
      { highlight: ['b', 'zz', 'b'] }
    ]);
    json.steps[0].graphic.bars[1].source = 'nobody';
    expect(problemsOf(json)).toEqual([
      'steps[0].graphic.bars[1].source: "nobody" is not a source id in "sources"',
      'steps[0].graphic.bars[2].id: "a" is already the id of bars[0]: each bar needs an id of its own',
      'steps[1].graphic.highlight[2]: "b" is listed twice',
      'steps[1].graphic.highlight[1]: "zz" is not a bar of this step (its bars: "a", "b"); a step keeps the previous step\'s highlight unless it gives its own ([] for none)'
    ]);
  });

  it('catches a highlight kept from an earlier step whose bar is gone', () => {
    const json = barStoryJson([{ bars: [{ id: 'a', value: 1 }, { id: 'b', value: 2 }], highlight: ['a'] }, [{ id: 'b', value: 3 }]]);
    expect(problemsOf(json)).toEqual([
      'steps[1].graphic.highlight[0]: "a" is not a bar of this step (its bars: "b"); a step keeps the previous step\'s highlight unless it gives its own ([] for none)'
    ]);
  });

  it('needs bars on the first bar-chart step', () => {
    const json = barStoryJson([[{ id: 'a', value: 1 }]]);
    delete json.steps[0].graphic.bars;
    expect(problemsOf(json)).toEqual(['steps[0].graphic.bars: is required: the first bar-chart step (or the first after another graphic) must give it']);
  });

  it(`limits a chart to ${MAX_BARS} bars, values to ±1e15 and display wording to 60 characters`, () => {
    const many = barStoryJson([Array.from({ length: MAX_BARS + 1 }, (_, i) => ({ id: `b${i}`, value: i }))]);
    expect(problemsOf(many).join('\n')).toMatch(/^steps\[0\]\.graphic\.bars: must have at most 200 bars/);
    const big = barStoryJson([[{ id: 'a', value: 2e15 }, { id: 'b', value: 1, display: 'x'.repeat(61) }]]);
    expect(problemsOf(big)).toEqual([
      'steps[0].graphic.bars[0].value: must be at most 1000000000000000 (got 2000000000000000)',
      'steps[0].graphic.bars[1].display: must be at most 60 characters: it is written beside the bar (say more in the step text)'
    ]);
    const nan = barStoryJson([[{ id: 'a', value: 1 }]]);
    nan.steps[0].graphic.bars[0].value = '12';
    expect(problemsOf(nan)[0]).toMatch(/^steps\[0\]\.graphic\.bars\[0\]\.value: /);
  });

  it('counts its bars for the marks limit', () => {
    const story = parseStory(barStoryJson([[{ id: 'a', value: 1 }, { id: 'b', value: 2 }]]));
    expect(storyRegistry().get('bar-chart')!.marks!(story.steps[0]!.state)).toBe(2);
  });
});

describe('bar-chart: warnings', () => {
  it('warns, once, when a highlight names every bar, when bars are many, and when a display is long', () => {
    const bars = Array.from({ length: 31 }, (_, i) => ({ id: `b${i}`, value: i }));
    bars[2] = { ...bars[2]!, display: 'roughly two, give or take one' } as never;
    const json = barStoryJson([
      bars,
      { highlight: bars.map((b) => b.id) },
      { title: 'Same highlight, kept' }
    ]);
    const { problems, warnings } = validateStory(json);
    expect(problems).toEqual([]);
    expect(warnings.map((w) => w.path)).toEqual(['steps[0].graphic.bars', 'steps[0].graphic.bars[2].display', 'steps[1].graphic.highlight']);
    expect(warnings[0]!.message).toMatch(/^draws 31 bars: on a phone more than about 30 get thin/);
    expect(warnings[2]!.message).toBe('names every bar: none stands out (name fewer, or leave highlight out)');
  });
});

describe('bar-chart: its words', () => {
  it.each(BUILT_IN_LANGUAGES)('in %s, has every English key, with the same {marks}', (lang) => {
    const table = (BAR_CHART_STRINGS as Record<string, Record<string, string>>)[lang]!;
    for (const [key, english] of Object.entries(BAR_CHART_STRINGS.en)) {
      expect(table[key], `${lang}.${key}`).toBeTypeOf('string');
      expect(templateMarks(table[key]!).sort(), `${lang}.${key}`).toEqual(templateMarks(english).sort());
    }
  });
});

describe('bar-chart: text alternative and data', () => {
  it('says the title, the unit, every bar with its value, and what is highlighted', () => {
    const story = barExample();
    expect(describeState(story, 3)).toBe(
      'Change in gold medals, Tokyo 2020 to Paris 2024. Values: gold medals, Paris minus Tokyo. France: +6. Netherlands: +5. China: +2. Italy: +2. Germany: +2. United States: +1. Australia: +1. Japan: −7. Great Britain: −8. Highlighted: Japan and Great Britain.'
    );
  });

  it('speaks the story’s language, and a story’s own words win', () => {
    const he = parseStory(hebrewBarJson());
    expect(describeState(he, 3)).toMatch(/^השינוי במדליות הזהב, מטוקיו 2020 לפריז 2024\. ערכים: .* הפסים המודגשים: יפן ובריטניה הגדולה\.$/);
    const json = barExampleJson();
    json.strings = { 'bar-chart.altHighlight': 'Look at {bars}.' };
    expect(describeState(parseStory(json), 3)).toMatch(/ Look at Japan and Great Britain\.$/);
    const plain = parseStory(barStoryJson([[{ id: 'a', value: 2.5 }]], { title: '' }));
    expect(describeState(plain, 0)).toBe('Bar chart. a: 2.5.');
  });

  it('gives a row per bar, with its source, the number beside a display wording, and the unit', () => {
    const story = barExample();
    const rows = dataRows(story).figures;
    const france = rows.filter((r) => r.key.endsWith('\nfrance'));
    expect(france.map((r) => [r.what, r.value, r.step.index, r.sources.map((s) => s.id)])).toEqual([
      ['Gold medals, Tokyo 2020: France (gold medals won)', '10', 0, ['tokyo']],
      ['Gold medals, Paris 2024: France (gold medals won)', '16', 1, ['paris']],
      ['Change in gold medals, Tokyo 2020 to Paris 2024: France (gold medals, Paris minus Tokyo)', '+6', 2, ['paris']]
    ]);
    expect(rows.find((r) => r.key.endsWith('\ngbr') && r.step.index === 2)!.value).toBe('−8');
    const worded = dataRows(parseStory(barStoryJson([[{ id: 'a', value: 1500000, display: 'about 1.5 million' }]]))).figures;
    expect(worded[0]!.value).toBe('about 1.5 million (1,500,000)');
  });
});
