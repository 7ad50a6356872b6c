/**
 * The line chart's step fields: the one definition of their shape, for validation, types
 * and the JSON Schema. Values on x are numbers or dates; which one a chart uses is its
 * `x.type`, checked across fields (and across steps) by the model once steps inherit.
 */
import * as v from 'valibot';
import { ColorSchema, Finite, IdSchema, OptionalShortText, ShortText } from '../../schema/storySchema.js';
import { DATE_PATTERN, isDateText } from './plan/xValue.js';
import { MAX_ANNOTATIONS, MAX_POINTS, MAX_SERIES } from './plan/constants.js';

const describe = v.description;

/** A date ("2020-02-08") or a UTC date-time to the minute ("2005-08-29T12:00Z"). */
export const DateText = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD, or a UTC time YYYY-MM-DDTHH:MMZ'),
  // Only for text of the right form: the regex has said what is wrong with the rest.
  v.check((text: string) => !DATE_PATTERN.test(text) || isDateText(text), 'must be a real calendar date (and time of day)'),
  describe('A date, "YYYY-MM-DD", or a UTC date and time to the minute, "YYYY-MM-DDTHH:MMZ" (six-hourly data such as a storm\'s track).')
);

/** A value on the x axis: a number, or a date when `x.type` is "date". */
export const XValueSchema = v.pipe(
  v.union([Finite, DateText]),
  describe('A value on the x axis: a number, or (when x.type is "date") a date "YYYY-MM-DD" or UTC time "YYYY-MM-DDTHH:MMZ".')
);

export const XAxisSchema = v.strictObject({
  type: v.pipe(v.picklist(['date', 'number']), describe('What x is: "date" (dates or UTC date-times) or "number".')),
  label: v.optional(v.pipe(OptionalShortText, describe('What x measures, under the axis: "Year", "Hours since landfall". Dates need none.')))
});

export const YAxisSchema = v.strictObject({
  label: v.pipe(ShortText, describe('What y measures, with its unit, above the chart: "Wind speed, knots".')),
  zero: v.optional(v.pipe(v.boolean(), describe('Include 0 on the y axis (default true). false fits the axis to the data, for values far from 0.')))
});

export const LineSeriesSchema = v.strictObject({
  id: IdSchema,
  label: v.pipe(ShortText, describe('Shown at the end of the line.')),
  source: IdSchema,
  color: v.optional(ColorSchema),
  points: v.pipe(
    v.array(v.strictTuple([XValueSchema, Finite])),
    v.minLength(1, 'needs at least one point'),
    v.maxLength(MAX_POINTS, `has more than ${MAX_POINTS} points: more than a screen shows; give one every few hours or days instead`),
    describe('[x, y] pairs, in any order (they are sorted by x); each x once.')
  )
});

export const LineAnnotationSchema = v.strictObject({
  x: XValueSchema,
  y: v.optional(v.pipe(Finite, describe('With y, the note points at (x, y); without, at the whole moment x, drawn as a line across the chart.'))),
  text: ShortText
});

/** The line chart's step fields (each optional: steps inherit). */
export const LINE_CHART_FIELDS = {
  title: v.optional(v.pipe(ShortText, describe('The chart\'s heading.'))),
  x: v.optional(XAxisSchema),
  y: v.optional(YAxisSchema),
  series: v.optional(
    v.pipe(
      v.array(LineSeriesSchema),
      v.minLength(1, 'needs at least one series'),
      v.maxLength(MAX_SERIES, `has more than ${MAX_SERIES} series: more lines than a reader can tell apart; split the chart`),
      describe('The lines, each labelled at its end.')
    )
  ),
  until: v.optional(
    v.nullable(
      v.pipe(
        XValueSchema,
        describe('Draw each line up to this x (cut between two points where it falls). A later step extends it; null draws every point.')
      )
    )
  ),
  annotations: v.optional(
    v.nullable(v.pipe(v.array(LineAnnotationSchema), v.maxLength(MAX_ANNOTATIONS), describe('Notes, shown once the lines reach their x.')))
  )
};

export type XValue = v.InferOutput<typeof XValueSchema>;
export type XAxis = v.InferOutput<typeof XAxisSchema>;
export type YAxis = v.InferOutput<typeof YAxisSchema>;
export type LineSeries = v.InferOutput<typeof LineSeriesSchema>;
export type LineAnnotation = v.InferOutput<typeof LineAnnotationSchema>;
