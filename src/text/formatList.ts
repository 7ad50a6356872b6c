/** One list formatter per language ("A, B and C"), cached: constructing one is slow on a phone. */
const lists = new Map<string, Intl.ListFormat | null>();

/** Items joined as the story's language joins a list: "A, B and C", "A، B و C". */
export function formatList(items: readonly string[], lang: string): string {
  if (!lists.has(lang)) {
    let format: Intl.ListFormat | null = null;
    try {
      format = new Intl.ListFormat(lang, { type: 'conjunction' });
    } catch {
      // An unsupported tag: commas.
    }
    lists.set(lang, format);
  }
  const format = lists.get(lang);
  return format ? format.format(items) : items.join(', ');
}
