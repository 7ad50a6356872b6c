/**
 * An `Intl.NumberFormat` for the story's language, cached per language: a chart formats
 * a ticking count every frame, and constructing a formatter is the slow part. An invalid
 * or unsupported tag falls back to English instead of throwing in front of a reader.
 */
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(lang: string): Intl.NumberFormat {
  let format = cache.get(lang);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    }
    cache.set(lang, format);
  }
  return format;
}

/** A whole number in the story's language: 580000 → "580,000" (en), "٥٨٠٬٠٠٠" (ar). */
export function formatCount(value: number, lang: string): string {
  return numberFormat(lang).format(Math.round(value));
}
