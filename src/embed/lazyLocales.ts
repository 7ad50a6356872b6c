/**
 * Stands in for `src/text/locales.ts` in the embed build: English (every key, the fallback)
 * is in the core; each other built-in language is a small file of its own, loaded with the
 * story that is written in it (`loadLocale`, awaited with the story's graphic types), so no
 * reader downloads five languages to read one. The same exports as the module it replaces.
 */
import en from '../text/locales/en.js';

export type CoreKey = keyof typeof en;

/** The tables loaded so far; `loadLocale` adds a story's language before it is drawn. */
export const CORE_STRINGS: { en: Record<CoreKey, string> } & Record<string, Partial<Record<CoreKey, string>>> = { en };

const LOADERS: Record<string, () => Promise<{ default: Partial<Record<CoreKey, string>> }>> = {
  ar: () => import('../text/locales/ar.js'),
  de: () => import('../text/locales/de.js'),
  es: () => import('../text/locales/es.js'),
  fr: () => import('../text/locales/fr.js'),
  he: () => import('../text/locales/he.js')
};

/** The languages with built-in chrome (loaded or not). */
export const BUILT_IN_LANGUAGES = ['en', ...Object.keys(LOADERS)];

/** `"pt-BR"` → `"pt"`: tables are per language, not per region. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

/** Loads the built-in table of `lang` if there is one and it is not loaded yet. A failed load leaves English. */
export async function loadLocale(lang: unknown): Promise<void> {
  if (typeof lang !== 'string') return;
  const base = baseLanguage(lang);
  if (CORE_STRINGS[base] || !LOADERS[base]) return;
  try {
    CORE_STRINGS[base] = (await LOADERS[base]()).default;
  } catch {
    // English words rather than no explainer.
  }
}
