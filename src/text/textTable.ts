/**
 * The words for one language from a set of tables: the story's own overrides first, then the
 * table of the story's language, then English. Pure; the caller caches.
 */
import { baseLanguage } from './locales.js';
import { fillTemplate, type TextValues } from './fillTemplate.js';

export type TextTables = { en: Record<string, string> } & Record<string, Partial<Record<string, string>> | undefined>;

/** Looks a key up and fills its `{name}` marks. An unknown key comes back as itself. */
export type Words = (key: string, values?: TextValues) => string;

/**
 * @param overrides the story's `strings`, keyed with `prefix` (`"map.scale"` for key `scale` of prefix `"map."`)
 */
export function wordsFrom(tables: TextTables, lang: string, overrides: Readonly<Record<string, string>> | undefined, prefix = ''): Words {
  const own = tables[baseLanguage(lang)];
  const merged: Record<string, string> = { ...tables.en };
  if (own && own !== tables.en) for (const [key, value] of Object.entries(own)) if (typeof value === 'string') merged[key] = value;
  if (overrides) {
    for (const key of Object.keys(tables.en)) {
      const given = overrides[prefix + key];
      if (typeof given === 'string') merged[key] = given;
    }
  }
  return (key, values) => fillTemplate(Object.hasOwn(merged, key) ? merged[key]! : key, values);
}

/** True when the tables have words in `lang` (not only English): the story's chrome will not be English. */
export function hasLanguage(tables: TextTables, lang: string): boolean {
  return tables[baseLanguage(lang)] !== undefined;
}
