/**
 * Bar-chart stories for tests in any environment: the example story (Olympic gold medals,
 * tests/fixtures/stories/bar-chart-example.json), its Hebrew edition made from it here, and
 * small stories built to a recipe. All go through `parseStory` like real ones.
 */
import example from '../fixtures/stories/bar-chart-example.json';
import { parseStory, type Story } from '../../src/schema/parseStory.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A fresh deep copy of the example's JSON, safe to mutate. */
export function barExampleJson(): Json {
  return structuredClone(example);
}

export function barExample(): Story {
  return parseStory(barExampleJson());
}

const HEBREW: Record<string, string> = {
  usa: 'ארצות הברית',
  china: 'סין',
  japan: 'יפן',
  gbr: 'בריטניה הגדולה',
  australia: 'אוסטרליה',
  netherlands: 'הולנד',
  france: 'צרפת',
  germany: 'גרמניה',
  italy: 'איטליה'
};

const HEBREW_STEPS: Record<string, { text: string; title?: string; unit?: string }> = {
  tokyo: { text: 'בטוקיו זכתה ארצות הברית ב־39 מדליות זהב, אחת יותר מסין.', title: 'מדליות זהב, טוקיו 2020', unit: 'מדליות זהב' },
  paris: { text: 'בפריז זכתה המארחת, צרפת, ב־16 מדליות זהב.', title: 'מדליות זהב, פריז 2024' },
  change: { text: 'שבע מתוך תשע זכו ביותר זהב בפריז.', title: 'השינוי במדליות הזהב, מטוקיו 2020 לפריז 2024', unit: 'מדליות זהב, פריז פחות טוקיו' },
  fell: { text: 'רק שתיים זכו בפחות: יפן ובריטניה.' }
};

/** The example in Hebrew, right to left: the same data, labels and titles translated. */
export function hebrewBarJson(): Json {
  const json = barExampleJson();
  json.id = 'olympic-golds-he';
  json.lang = 'he';
  json.dir = 'rtl';
  json.title = 'מטוקיו לפריז: מי זכה ביותר זהב';
  delete json.dek;
  json.sources[0].name = 'הוועד האולימפי הבינלאומי';
  json.sources[1].name = 'טבלת המדליות של פריז 2024';
  for (const step of json.steps) {
    const words = HEBREW_STEPS[step.id]!;
    step.text = words.text;
    delete step.kicker;
    if (words.title) step.graphic.title = words.title;
    if (words.unit) step.graphic.unit = { label: words.unit };
    for (const bar of step.graphic.bars ?? []) bar.label = HEBREW[bar.id];
  }
  return json;
}

export interface RecipeBar {
  id: string;
  value: number;
  label?: string;
  display?: string;
  color?: string;
}

/** A story of one bar-chart step per list of bars, in `lang` and `dir`. */
export function barStoryJson(steps: readonly (readonly RecipeBar[] | { bars?: readonly RecipeBar[]; highlight?: string[] | null; scrub?: boolean; title?: string; unit?: Json })[], options: { lang?: string; dir?: 'ltr' | 'rtl'; title?: string; unit?: Json } = {}): Json {
  return {
    version: 2,
    id: 'bars',
    lang: options.lang ?? 'en',
    dir: options.dir ?? 'ltr',
    title: 'Bars',
    date: '2024-01-01',
    sources: [{ id: 'synthetic', name: 'Synthetic test data' }],
    steps: steps.map((step, i) => {
      const given = Array.isArray(step) ? { bars: step } : (step as Json);
      const graphic: Json = { type: 'bar-chart' };
      if (i === 0) graphic.title = options.title ?? 'Test bars';
      if (i === 0 && options.unit) graphic.unit = options.unit;
      for (const key of ['title', 'unit', 'highlight', 'scrub']) if (given[key] !== undefined) graphic[key] = given[key];
      if (given.bars) graphic.bars = given.bars.map((b: RecipeBar) => ({ label: b.id, source: 'synthetic', ...b }));
      return { id: `s${i}`, text: `Step ${i}.`, sources: ['synthetic'], graphic };
    })
  };
}

export function barStory(...args: Parameters<typeof barStoryJson>): Story {
  return parseStory(barStoryJson(...args));
}
