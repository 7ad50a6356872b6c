/**
 * The explainer's own words for a story (headings, "Source", "View the data", the skip
 * link...): the core table of its language under its `strings` overrides. Cached per story.
 */
import { CORE_STRINGS, type CoreKey } from './locales.js';
import { wordsFrom } from './textTable.js';
import type { TextValues } from './fillTemplate.js';

export type CoreWords = (key: CoreKey, values?: TextValues) => string;

interface WordsSource {
  lang: string;
  strings?: Readonly<Record<string, string>> | undefined;
}

const cache = new WeakMap<object, CoreWords>();

export function storyWords(story: WordsSource): CoreWords {
  let words = cache.get(story);
  if (!words) {
    words = wordsFrom(CORE_STRINGS, story.lang, story.strings) as CoreWords;
    cache.set(story, words);
  }
  return words;
}
