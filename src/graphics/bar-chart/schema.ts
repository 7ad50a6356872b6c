/**
 * The bar chart's step fields: the one definition of their shape, for validation, types
 * and the JSON Schema.
 */
import * as v from 'valibot';
import { ColorSchema, Finite, IdSchema, OptionalShortText, ShortText } from '../../schema/storySchema.js';
import { MAX_ABS_VALUE, MAX_BARS, MAX_DISPLAY } from './plan/constants.js';

const describe = v.description;

/** A few characters written with every number: "$", "%", " km". */
const Affix = v.pipe(v.string(), v.maxLength(12, 'must be at most 12 characters: a symbol or a short word written with each number'));

export const BarSchema = v.strictObject({
  id: v.pipe(IdSchema, describe('Names the bar across steps: a bar with the same id moves to its new value and place.')),
  label: v.pipe(ShortText, describe('What the bar stands for, shown beside it: "France".')),
  value: v.pipe(
    Finite,
    v.minValue(-MAX_ABS_VALUE),
    v.maxValue(MAX_ABS_VALUE),
    describe('The number from the source, within ±1e15 (beyond, use a larger unit). A negative value draws its bar to the other side of the zero line.')
  ),
  display: v.optional(
    v.pipe(
      OptionalShortText,
      v.maxLength(MAX_DISPLAY, `must be at most ${MAX_DISPLAY} characters: it is written beside the bar (say more in the step text)`),
      describe('How the value is written instead of the formatted number: "+2", "about 1.5 million". The bar still has the length of `value`.')
    )
  ),
  source: v.pipe(IdSchema, describe('The source of this value: an id from `sources`.')),
  color: v.optional(ColorSchema)
});

export const BarUnitSchema = v.pipe(
  v.strictObject({
    label: v.pipe(ShortText, describe('What the values are, shown under the title and read with the text alternative: "gold medals", "share of the vote, %", "millions of euros".')),
    prefix: v.optional(v.pipe(Affix, describe('Written before each formatted number: "$".'))),
    suffix: v.optional(
      v.pipe(Affix, describe('Written after each formatted number: "%", " km" (with the space your language puts there: " %" in French).'))
    )
  }),
  describe('What the values are, as the unit chart\'s `unit` says what a square is: its `label` is shown under the title; `prefix` and `suffix` are written with every formatted number (not with `display`).')
);

/** The bar chart's step fields (each optional: steps inherit; `null` clears `highlight` and `unit`). */
export const BAR_CHART_FIELDS = {
  title: v.optional(v.pipe(OptionalShortText, describe('The chart\'s title, shown above the bars.'))),
  bars: v.optional(
    v.pipe(
      v.array(BarSchema),
      v.minLength(1, 'needs at least one bar'),
      v.maxLength(MAX_BARS, `must have at most ${MAX_BARS} bars: more is a table, and would slow a reader's phone (split them over steps)`),
      describe('The bars, in the order they are drawn, from the top. A later step gives the whole list again: bars move to their new values and places by id.')
    )
  ),
  highlight: v.optional(
    v.nullable(
      v.pipe(
        v.array(IdSchema),
        v.maxLength(MAX_BARS),
        describe('Ids of bars stressed in this step: the other bars are muted. Kept by later steps until one gives another list, or [] (or null) for none.')
      )
    )
  ),
  unit: v.optional(v.nullable(BarUnitSchema))
};

export type Bar = v.InferOutput<typeof BarSchema>;
export type BarUnit = v.InferOutput<typeof BarUnitSchema>;
