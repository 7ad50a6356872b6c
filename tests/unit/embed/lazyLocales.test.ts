/**
 * The embed's stand-in for the locale tables (src/embed/lazyLocales.ts) answers as the
 * module it replaces does once a story's language is loaded: the same languages, the same
 * words.
 */
import { describe, expect, it } from 'vitest';
import * as all from '../../../src/text/locales.js';
import * as lazy from '../../../src/embed/lazyLocales.js';

describe('lazyLocales', () => {
  it('knows the same built-in languages, with English loaded from the start', () => {
    expect([...lazy.BUILT_IN_LANGUAGES].sort()).toEqual([...all.BUILT_IN_LANGUAGES].sort());
    expect(Object.keys(lazy.CORE_STRINGS)).toEqual(['en']);
    expect(lazy.CORE_STRINGS.en).toEqual(all.CORE_STRINGS.en);
  });

  it('loads a story’s language, region and all, once; an unknown language or none leaves English alone', async () => {
    await lazy.loadLocale('he-IL');
    expect(lazy.CORE_STRINGS.he).toEqual(all.CORE_STRINGS.he);
    const table = lazy.CORE_STRINGS.he;
    await lazy.loadLocale('he');
    expect(lazy.CORE_STRINGS.he).toBe(table);
    await lazy.loadLocale('pt-BR');
    await lazy.loadLocale(undefined);
    expect(Object.keys(lazy.CORE_STRINGS).sort()).toEqual(['en', 'he']);
    for (const lang of ['ar', 'de', 'es', 'fr']) {
      await lazy.loadLocale(lang);
      expect(lazy.CORE_STRINGS[lang], lang).toEqual(all.CORE_STRINGS[lang]);
    }
  });
});
