/** One date formatter per language: each step's source line formats dates, and constructing a formatter is the slow part. */
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

function dateFormat(lang: string): Intl.DateTimeFormat | null {
  if (!dateFormats.has(lang)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    } catch {
      // An invalid tag: the ISO date is shown as it is.
    }
    dateFormats.set(lang, format);
  }
  return dateFormats.get(lang)!;
}

/** A YYYY-MM-DD date in the story's language, read as a calendar date (no time zone shift). */
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const format = dateFormat(lang);
  if (!format) return iso;
  try {
    return format.format(new Date(Date.UTC(y!, m! - 1, d!)));
  } catch {
    return iso;
  }
}
