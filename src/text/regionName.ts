/**
 * A country's name in a language, from its ISO 3166-1 alpha-2 code (`Intl.DisplayNames`, in
 * every browser and Node 20): a map names countries in the story's language without carrying
 * a table of names. Cached per language; undefined when the language or code is unknown.
 */
const names = new Map<string, Intl.DisplayNames | null>();

export function regionName(iso: string | undefined, lang: string): string | undefined {
  if (!iso) return undefined;
  if (!names.has(lang)) {
    let format: Intl.DisplayNames | null = null;
    try {
      format = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      // An unsupported language: the basemap's own (English) name.
    }
    names.set(lang, format);
  }
  try {
    return names.get(lang)?.of(iso.toUpperCase()) ?? undefined;
  } catch {
    return undefined;
  }
}
