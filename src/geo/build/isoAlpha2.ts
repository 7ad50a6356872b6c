/**
 * ISO 3166-1 alpha-2 code of a world-atlas country id (ISO 3166-1 numeric, "250" → "FR"), so
 * the map can name a country in the reader's language with Intl.DisplayNames. The table,
 * iso3166Alpha2.json, was written from Debian's iso-codes package (the ISO 3166 Maintenance
 * Agency's list) with:
 *   node -e "const l=require('/usr/share/iso-codes/json/iso_3166-1.json')['3166-1'];
 *     console.log(JSON.stringify(Object.fromEntries(l.map(e=>[e.numeric,e.alpha_2]))))"
 * Every id in world-atlas 2.0.2 (10m, 50m, 110m) is in it; features without an id (Kosovo,
 * Somaliland, N. Cyprus...) have no ISO code.
 */
import table from './iso3166Alpha2.json';

const codes: Record<string, string | undefined> = table.codes;

export function isoAlpha2(numeric: string | number | undefined): string | undefined {
  if (numeric === undefined) return undefined;
  return codes[String(numeric).padStart(3, '0')];
}
