/**
 * How a line chart words its numbers and dates in the story's language, with `Intl`: data
 * values as written (decimals kept, unlike the whole numbers of `graphicText.number`), tick
 * labels at the precision of their step (compact for millions), dates and UTC times for
 * the text alternative and the table, and tick dates at the grain of their interval.
 * Formatters are cached per language and options: a scrubbed chart words its ticks every
 * frame. An invalid tag falls back to English instead of throwing in front of a reader.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * Grouping only from five digits: ES2023's `useGrouping: "min2"` (Node 20, every browser
 * since 2023; older ones group as usual). TypeScript's lib types it as a boolean.
 */
const MIN2 = 'min2' as unknown as boolean;

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (lang: string) => T, lang: string): T {
  let format = cache.get(`${lang}|${key}`) as T | undefined;
  if (!format) {
    try {
      format = make(lang);
    } catch {
      format = make('en');
    }
    cache.set(`${lang}|${key}`, format);
  }
  return format;
}

/** Most decimals a data value is worded with: beyond this, a source's figure is noise. */
const MAX_DECIMALS = 6;

/** A data value as the source gave it, in the story's language: 4.25 → "4,25" (fr). */
export function formatValue(value: number, lang: string): string {
  return cached('value', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: MAX_DECIMALS }), lang).format(value);
}

/**
 * A number on the x axis, grouped only from five digits ("1990", "12,000"): numbers on x are
 * most often years, which no language writes "1,990".
 */
export function formatX(value: number, lang: string): string {
  return cached('x', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: MAX_DECIMALS, useGrouping: MIN2 }), lang).format(value);
}

/** Decimals that show every tick exactly (ticks are multiples of 1, 2 or 5 × 10^k). */
export function tickDecimals(ticks: readonly number[]): number {
  for (let d = 0; d < 12; d++) {
    const scale = 10 ** d;
    if (ticks.every((t) => Math.abs(Math.round(t * scale) - t * scale) < 1e-6 * Math.max(1, Math.abs(t * scale)))) return d;
  }
  return 12;
}

/** From this size on, tick numbers are compact ("2M", "2 Mio."): seven digits do not fit a phone's axis. */
const COMPACT_FROM = 1e6;

/** Tick labels for numbers: the decimals their step needs, compact from a million; on x, grouped from five digits (see formatX). */
export function numberTickLabels(ticks: readonly number[], lang: string, axis: 'x' | 'y' = 'y'): string[] {
  const largest = Math.max(0, ...ticks.map(Math.abs));
  if (largest >= COMPACT_FROM) return compactTickLabels(ticks, largest, lang);
  const digits = Math.min(MAX_DECIMALS, tickDecimals(ticks));
  const grouping = axis === 'x' ? MIN2 : true;
  const format = cached(`fixed${digits}${axis}`, (l) => new Intl.NumberFormat(l, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping }), lang);
  return ticks.map((t) => format.format(t === 0 ? 0 : t));
}

/**
 * Ticks in millions (or billions...) all in the largest tick's unit, as the language words
 * that unit ("0.5M", "1M"; "0,5 Mio.", "1 Mio."): Intl's compact notation picks a unit per
 * number, and German, say, would write "500.000" beside "1 Mio.".
 */
function compactTickLabels(ticks: readonly number[], largest: number, lang: string): string[] {
  const compact = cached('compact', (l) => new Intl.NumberFormat(l, { notation: 'compact', maximumFractionDigits: 0 }), lang);
  const power = 10 ** Math.floor(Math.log10(largest));
  const parts = compact.formatToParts(power);
  // What the words stand for: "1 Mio." is a million, but "100万" is a hundred times 10,000.
  const shown = Number(readDigits(parts.filter((p) => p.type === 'integer').map((p) => p.value).join(''), lang));
  if (!parts.some((p) => p.type === 'compact') || !(shown > 0)) return ticks.map((t) => compact.format(t));
  const unit = power / shown;
  const digits = Math.min(MAX_DECIMALS, tickDecimals(ticks.map((t) => t / unit)));
  const number = cached(`fixed${digits}y`, (l) => new Intl.NumberFormat(l, { minimumFractionDigits: digits, maximumFractionDigits: digits }), lang);
  const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);
  return ticks.map((t) => {
    if (t === 0) return number.format(0).replace(/[.,٫]0+$/, '');
    // The unit's words around this tick's number, in the language's order.
    let placed = false;
    return parts
      .map((part) => {
        if (!NUMBER_PARTS.has(part.type)) return part.value;
        if (placed) return '';
        placed = true;
        return number.format(t / unit);
      })
      .join('');
  });
}

/** A number written in the language's digits, read back: "١٠٠" → "100". */
function readDigits(text: string, lang: string): string {
  const plain = cached('digits', (l) => new Intl.NumberFormat(l, { useGrouping: false }), lang);
  const value = new Map(Array.from({ length: 10 }, (_, d) => [plain.format(d), String(d)]));
  return [...text].map((c) => value.get(c) ?? c).join('');
}

const DAY = 86_400_000;

/** A date in full ("8 February 2020"), with its UTC time when `time` ("8 Feb 2020, 06:00 UTC"). */
export function formatDateMs(ms: number, lang: string, time: boolean): string {
  if (!Number.isFinite(ms)) return '';
  const format = time
    ? cached('datetime', (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }), lang)
    : cached('date', (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }), lang);
  try {
    return format.format(ms);
  } catch {
    // Beyond what Date represents (±275,760 years): the ISO text is clearer than nothing.
    return new Date(ms).toISOString();
  }
}

type Grain = 'year' | 'month' | 'day' | 'time';

/** The coarsest calendar unit every tick falls on: what their labels need to say. */
export function dateGrain(ticks: readonly number[]): Grain {
  const dates = ticks.map((t) => new Date(t));
  if (dates.some((d) => d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0)) return 'time';
  if (dates.some((d) => d.getUTCDate() !== 1)) return 'day';
  if (dates.some((d) => d.getUTCMonth() !== 0)) return 'month';
  return 'year';
}

const DATE_OPTIONS: Record<string, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' }
};

function dateFormat(kind: keyof typeof DATE_OPTIONS, lang: string): Intl.DateTimeFormat {
  return cached(`tick-${kind}`, (l) => new Intl.DateTimeFormat(l, { ...DATE_OPTIONS[kind], timeZone: 'UTC' }), lang);
}

/**
 * Tick labels for dates, at the grain of their interval: years ("2019"); months, with the
 * year on the first tick and on each January ("Jan 2020", "Feb", ...); days ("8 Feb", with
 * the year on the first tick when the ticks span two years); times of day ("06:00"), with
 * the date at each midnight and on the first tick.
 */
export function dateTickLabels(ticks: readonly number[], lang: string): string[] {
  const grain = dateGrain(ticks);
  const years = new Set(ticks.map((t) => new Date(t).getUTCFullYear()));
  return ticks.map((t, i) => {
    const d = new Date(t);
    let kind: keyof typeof DATE_OPTIONS;
    switch (grain) {
      case 'year':
        kind = 'year';
        break;
      case 'month':
        kind = i === 0 || d.getUTCMonth() === 0 ? 'monthYear' : 'month';
        break;
      case 'day':
        kind = i === 0 && years.size > 1 ? 'dayYear' : 'day';
        break;
      default:
        if (t % DAY === 0) kind = 'day';
        else kind = 'time';
    }
    const text = dateFormat(kind, lang).format(t);
    // A first tick inside a day says which day it is on.
    if (grain === 'time' && i === 0 && kind === 'time' && !ticks.some((u) => u % DAY === 0)) return `${dateFormat('day', lang).format(t)} ${text}`;
    return text;
  });
}

/** First strong isolate … pop directional isolate: a number or date kept whole inside right-to-left text. */
export function isolate(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' ? `\u2068${text}\u2069` : text;
}
