/**
 * A place's uncertainty in km as the data table writes it, in the story's language: whole
 * km from 10 km, one decimal below ("0.3 km", not "0 km"), two significant digits under
 * 100 m ("0.05 km").
 */
const formats = new Map<string, Intl.NumberFormat[]>();

export function uncertaintyText(km: number, lang: string): string {
  let cached = formats.get(lang);
  if (!cached) {
    const make = (options: Intl.NumberFormatOptions) => {
      try {
        return new Intl.NumberFormat(lang, options);
      } catch {
        return new Intl.NumberFormat('en', options);
      }
    };
    cached = [make({ maximumFractionDigits: 0 }), make({ maximumFractionDigits: 1 }), make({ maximumSignificantDigits: 2 })];
    formats.set(lang, cached);
  }
  const [whole, tenth, small] = cached as [Intl.NumberFormat, Intl.NumberFormat, Intl.NumberFormat];
  if (km >= 10) return whole.format(km);
  if (km >= 0.1) return tenth.format(km);
  return small.format(km);
}
