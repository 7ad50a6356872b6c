/**
 * What a graphic's text alternative, data rows and labels are worded with: its own words
 * (the definition's `strings` in the story's language, under the story's `"TYPE.KEY"`
 * overrides), the explainer's core words, and formatters for the story's language. Cached per
 * story and type, since a chart words its labels on every render.
 */
import type { Story } from '../schema/parseStory.js';
import type { Place, Route, Source } from '../schema/storySchema.js';
import { CORE_STRINGS } from '../text/locales.js';
import { wordsFrom, type Words } from '../text/textTable.js';
import { numberFormat } from '../text/numberFormat.js';
import { formatList } from '../text/formatList.js';
import { formatDate } from '../text/formatDate.js';
import type { TextValues } from '../text/fillTemplate.js';
import type { GraphicStrings } from './defineGraphic.js';

export interface GraphicText {
  story: Story;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The graphic's own word for `key`, else the explainer's core word, with `{name}` marks filled. */
  t(key: string, values?: TextValues): string;
  /** A whole number in the story's language. */
  number(value: number): string;
  /** "A, B and C" in the story's language. */
  list(items: readonly string[]): string;
  /** A YYYY-MM-DD date in the story's language. */
  date(iso: string): string;
  source(id: string): Source | undefined;
  place(id: string): Place | undefined;
  route(id: string): Route | undefined;
}

const cache = new WeakMap<Story, Map<string, GraphicText>>();

export function graphicText(story: Story, model: { type: string; strings?: GraphicStrings | undefined }): GraphicText {
  let byType = cache.get(story);
  if (!byType) cache.set(story, (byType = new Map()));
  let text = byType.get(model.type);
  if (text) return text;
  const own: Words | null = model.strings ? wordsFrom(model.strings, story.lang, story.strings, `${model.type}.`) : null;
  const core = wordsFrom(CORE_STRINGS, story.lang, story.strings);
  const ownKeys = new Set(Object.keys(model.strings?.en ?? {}));
  const index = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const sources = index(story.sources);
  const places = index(story.places);
  const routes = index(story.routes);
  const nf = numberFormat(story.lang);
  text = {
    story,
    lang: story.lang,
    dir: story.dir,
    t: (key, values) => (own && ownKeys.has(key) ? own(key, values) : core(key, values)),
    number: (value) => nf.format(value),
    list: (items) => formatList(items, story.lang),
    date: (iso) => formatDate(iso, story.lang),
    source: (id) => sources.get(id),
    place: (id) => places.get(id),
    route: (id) => routes.get(id)
  };
  byType.set(model.type, text);
  return text;
}
