/**
 * The unit chart's step fields: the one definition of their shape, for validation, types
 * and the JSON Schema.
 */
import * as v from 'valibot';
import { LIMITS } from '../../schema/limits.js';
import { ColorSchema, Count, Finite, IdSchema, OptionalShortText, ShortText } from '../../schema/storySchema.js';

const describe = v.description;

export const UnitSchema = v.strictObject({
  value: v.pipe(Finite, v.minValue(1), v.maxValue(LIMITS.countValue), describe('What one mark counts.')),
  label: v.pipe(ShortText, describe('What one mark stands for, shown on screen: "1,000 people".'))
});

export const UnitGroupSchema = v.strictObject({
  id: IdSchema,
  label: ShortText,
  value: v.pipe(
    Count,
    describe('The number from the source; squares = value / unit.value, to a tenth: what is left after the whole squares is drawn as a part of one.')
  ),
  display: v.optional(v.pipe(OptionalShortText, describe('How the number is worded: "more than 580,000".'))),
  unit: v.optional(UnitSchema),
  color: v.optional(v.pipe(ColorSchema, describe('Colour of the group\'s squares and of the swatch before its label: a theme colour name or "#rrggbb". Default: the theme\'s "marks".'))),
  highlight: v.optional(
    v.strictObject({
      value: Count,
      label: ShortText
    })
  ),
  source: IdSchema
});

/** The unit chart's step fields (each optional: steps inherit). */
export const UNIT_CHART_FIELDS = {
  unit: v.optional(UnitSchema),
  groups: v.optional(
    v.pipe(v.array(UnitGroupSchema), v.minLength(1), v.maxLength(LIMITS.listLength))
  ),
  title: v.optional(OptionalShortText)
};

export type Unit = v.InferOutput<typeof UnitSchema>;
export type UnitGroup = v.InferOutput<typeof UnitGroupSchema>;
