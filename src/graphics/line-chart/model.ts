/**
 * The line chart's definition without its component: fields, inheritance, checks, text
 * alternative and data rows. Pure: `scrollstage/story` validates line charts with it.
 *
 * Inheritance: a step gives what changes. `title`, `x`, `y` and `series` carry over until
 * given again; `until` carries over too (null: draw every point); `annotations` carry over
 * until given again (null: none).
 */
import { defineGraphicModel, type DataRow, type DataTableSpec } from '../../core/defineGraphic.js';
import type { GraphicText } from '../../core/graphicText.js';
import { problem, type StoryProblem } from '../../schema/storyProblem.js';
import { LINE_CHART_FIELDS, LineAnnotationSchema, LineSeriesSchema, XAxisSchema, YAxisSchema } from './schema.js';
import type { LineSeries, XValue } from './schema.js';
import { LINE_CHART_STRINGS } from './strings.js';
import type { LineChartState } from './state.js';
import { hasTime, kindOf, xNumber, type XType } from './plan/xValue.js';
import { lastIndexAtOrBefore, seriesPoints } from './plan/seriesPoints.js';
import { formatDateMs, formatValue, formatX, isolate } from './plan/lineFormats.js';
import { TABLE_MAX_ROWS } from './plan/constants.js';

/**
 * The fields a step gave itself, kept on its state under a symbol (invisible to JSON and to
 * `Object.entries`): `complete` reports an x of the wrong type at the field the step wrote,
 * not at one it carried over (which was checked on its own step).
 */
const GIVEN = Symbol('line-chart fields given by the step');
type WithGiven = LineChartState & { [GIVEN]?: ReadonlySet<string> };

const EXPECTED: Record<XType, string> = {
  date: 'must be a date "YYYY-MM-DD" or a UTC time "YYYY-MM-DDTHH:MMZ"',
  number: 'must be a number'
};

/** "dates" or "numbers": what a value is, for messages. */
const plural = (kind: XType | null) => (kind === 'date' ? 'dates' : kind === 'number' ? 'numbers' : 'values of neither type');

const timed = new WeakMap<object, boolean>();

/** Whether a chart's x values give times of day: then every date it words gives its time. */
function usesTime(state: LineChartState): boolean {
  let uses = timed.get(state.series);
  if (uses === undefined) {
    uses = state.series.some((s) => s.points.some((p) => hasTime(p[0])));
    timed.set(state.series, uses);
  }
  return uses;
}

/** "8 February 2020", "8 Feb 2020, 06:00 UTC" or "1990", isolated in right-to-left text. */
function atText(text: GraphicText, state: LineChartState, x: number, written?: XValue): string {
  const words = state.x.type === 'date' ? formatDateMs(x, text.lang, usesTime(state) || hasTime(written)) : formatX(x, text.lang);
  return isolate(words, text.dir);
}

const valueText = (text: GraphicText, value: number) => isolate(formatValue(value, text.lang), text.dir);

/** A sentence from words that may already end one. */
const sentence = (words: string) => (/[.!?…。؟]$/.test(words.trim()) ? words.trim() : `${words.trim()}.`);

/** The x each line is drawn up to (Infinity: all of it). */
function revealOf(state: LineChartState): number {
  const until = state.until === null ? Number.NaN : xNumber(state.until);
  return Number.isFinite(until) ? until : Infinity;
}

/** What a series shows up to the reveal: its first, last and highest whole points, by index. */
function shown(series: LineSeries, reveal: number) {
  const { xs, ys } = seriesPoints(series);
  const last = lastIndexAtOrBefore(xs, reveal);
  let peak = 0;
  for (let i = 1; i <= last; i++) if (ys[i]! > ys[peak]!) peak = i;
  return { xs, ys, last, peak };
}

export const lineChartModel = defineGraphicModel<LineChartState>({
  type: 'line-chart',
  description: 'Lines over dates or numbers: several series labelled at their ends, drawn up to an x that later steps extend (or the scroll draws), with notes.',
  fields: LINE_CHART_FIELDS,
  strings: LINE_CHART_STRINGS,
  jsonSchema: { definitions: { LineSeries: LineSeriesSchema, LineAnnotation: LineAnnotationSchema, LineXAxis: XAxisSchema, LineYAxis: YAxisSchema } },

  inherit(given, previous) {
    const state = {
      title: given.title ?? previous?.title,
      x: given.x ?? previous?.x,
      y: given.y ?? previous?.y,
      series: given.series ?? previous?.series,
      until: given.until === undefined ? (previous?.until ?? null) : given.until,
      annotations: given.annotations === undefined ? (previous?.annotations ?? []) : (given.annotations ?? []),
      [GIVEN]: new Set(Object.keys(given).filter((key) => given[key] !== undefined))
    };
    return state as unknown as Record<string, unknown>;
  },

  complete(state, at) {
    const problems: StoryProblem[] = [];
    for (const key of ['title', 'x', 'y', 'series'] as const) {
      if (!state[key]) problems.push(problem([...at, key], 'is required: the first line-chart step (or the first after another graphic) must give it'));
    }
    if (problems.length) return problems;
    const type = state.x.type;
    const given = (state as WithGiven)[GIVEN] ?? new Set<string>();
    const note = given.has('x') ? '' : ' (x.type, from an earlier step)';
    /** What this step carried over that disagrees with its own x.type. */
    const carried: string[] = [];
    state.series.forEach((series, i) => {
      const wrong = series.points.map((p, j) => [j, kindOf(p[0])] as const).filter(([, kind]) => kind !== type);
      if (!wrong.length) return;
      if (!given.has('series')) {
        carried.push(`the series carried over have ${plural(wrong[0]![1])} on x`);
        return;
      }
      const more = wrong.length > 1 ? ` (and ${wrong.length - 1} more points of this series)` : '';
      problems.push(problem([...at, 'series', i, 'points', wrong[0]![0], 0], `${EXPECTED[type]}, as x.type is "${type}"${note}${more}`));
    });
    if (state.until !== null && kindOf(state.until) !== type) {
      if (given.has('until')) problems.push(problem([...at, 'until'], `${EXPECTED[type]}, as x.type is "${type}"${note}`));
      else carried.push('"until" carried over is not');
    }
    state.annotations.forEach((a, i) => {
      if (kindOf(a.x) === type) return;
      if (given.has('annotations')) problems.push(problem([...at, 'annotations', i, 'x'], `${EXPECTED[type]}, as x.type is "${type}"${note}`));
      else carried.push('the annotations carried over are not');
    });
    if (carried.length) {
      problems.push(problem([...at, 'x', 'type'], `is "${type}", but ${[...new Set(carried)].join('; ')}: give them again in this step, or keep the earlier x.type`));
    }
    return problems;
  },

  check(g, { at, expect, once, problem: report }) {
    const series = g.series as LineSeries[] | undefined;
    series?.forEach((s, i) => {
      expect('source', s.source, [...at, 'series', i, 'source']);
      // Each x once: two values at one x would draw a vertical jump no source gave.
      const seen = new Map<number, number>();
      for (let j = 0; j < s.points.length; j++) {
        const x = xNumber(s.points[j]![0]);
        if (Number.isNaN(x)) continue;
        const first = seen.get(x);
        if (first !== undefined) {
          report([...at, 'series', i, 'points', j, 0], `${JSON.stringify(s.points[j]![0])} is given twice in this series (also at points[${first}]): give each x once`);
          break;
        }
        seen.set(x, j);
      }
    });
    once(series?.map((s) => s.id), [...at, 'series']);
  },

  warn(steps, { at, warn }) {
    let before: XValue | null | undefined;
    for (const { state, index } of steps) {
      if (state.until !== null && state.until !== before) {
        const until = xNumber(state.until);
        const first = Math.min(...state.series.map((s) => seriesPoints(s).xs[0] ?? Infinity));
        if (until < first) warn([...at(index), 'until'], 'is before the first point of every series: this step draws no line');
      }
      before = state.until;
    }
  },

  marks: (state) => state.series.reduce((sum, s) => sum + s.points.length, 0) + state.annotations.length,
  marksAdvice: 'fewer points per series (one every few hours or days instead of every reading)',

  describe(state, text) {
    const parts = [text.t('chart'), sentence(state.title), text.t('axisY', { label: state.y.label })];
    if (state.x.label) parts.push(text.t('axisX', { label: state.x.label }));
    else if (state.x.type === 'date') parts.push(text.t('axisDates'));
    const reveal = revealOf(state);
    for (const series of state.series) {
      const { xs, ys, last, peak } = shown(series, reveal);
      const at = (i: number) => atText(text, state, xs[i]!);
      if (last < 0) {
        parts.push(text.t('seriesNone', { label: series.label }));
      } else if (last === 0) {
        parts.push(text.t('seriesOne', { label: series.label, value: valueText(text, ys[0]!), at: at(0) }));
      } else {
        parts.push(text.t('series', { label: series.label, first: valueText(text, ys[0]!), firstAt: at(0), last: valueText(text, ys[last]!), lastAt: at(last) }));
        if (ys[peak]! > ys[0]! && ys[peak]! > ys[last]!) parts.push(text.t('peak', { value: valueText(text, ys[peak]!), at: at(peak) }));
      }
    }
    for (const note of state.annotations) {
      const x = xNumber(note.x);
      if (!(x <= reveal)) continue;
      parts.push(text.t('note', { text: note.text.trim().replace(/[.!?…。؟]+$/, ''), at: atText(text, state, x, note.x) }));
    }
    return parts.join(' ');
  },

  rows(state, text) {
    const reveal = revealOf(state);
    const rows: DataRow[] = [];
    for (const series of state.series) {
      const { xs, ys, last } = shown(series, reveal);
      if (last < 0) continue;
      rows.push({
        key: `series:${series.id}`,
        what: series.label,
        value: text.t('rowValue', { value: valueText(text, ys[last]!), at: atText(text, state, xs[last]!) }),
        sources: [series.source]
      });
    }
    return rows;
  },

  tables(states, text) {
    const tables: DataTableSpec[] = [];
    const seen = new Set<unknown>();
    for (const { state, index } of states) {
      if (seen.has(state.series)) continue;
      seen.add(state.series);
      const xs = [...new Set(state.series.flatMap((s) => [...seriesPoints(s).xs]))].sort((a, b) => a - b);
      if (xs.length === 0 || xs.length > TABLE_MAX_ROWS) continue;
      const byX = state.series.map((s) => {
        const p = seriesPoints(s);
        return new Map(Array.from(p.xs, (x, i) => [x, p.ys[i]!]));
      });
      tables.push({
        id: `line-chart-${index}`,
        caption: text.t('tableCaption', { title: state.title }),
        columns: [state.x.label || text.t(state.x.type === 'date' ? 'date' : 'xValue'), ...state.series.map((s) => s.label)],
        rows: xs.map((x) => ({
          key: String(x),
          cells: [atText(text, state, x), ...byX.map((values) => (values.has(x) ? valueText(text, values.get(x)!) : ''))]
        }))
      });
    }
    return tables;
  }
});
