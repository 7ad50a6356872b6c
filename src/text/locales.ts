/**
 * The explainer's own words, one table per built-in language. English has every key and is
 * the fallback; a story in another language gets English chrome for what it does not
 * override (`strings` in the story), and `validate` warns about that.
 */
import en from './locales/en.js';
import ar from './locales/ar.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import he from './locales/he.js';

export type CoreKey = keyof typeof en;

export const CORE_STRINGS: { en: Record<CoreKey, string> } & Record<string, Partial<Record<CoreKey, string>>> = { en, ar, de, es, fr, he };

/** The languages with built-in chrome. */
export const BUILT_IN_LANGUAGES = Object.keys(CORE_STRINGS);

/** `"pt-BR"` → `"pt"`: tables are per language, not per region. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

/** Every table is here already; the embed's build loads each language's table with its story instead (src/embed/lazyLocales.ts). */
export async function loadLocale(_lang: unknown): Promise<void> {}
