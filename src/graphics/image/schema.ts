/**
 * The image graphic's step fields: the one definition of their shape, for validation,
 * types and the JSON Schema. (`alt`, every graphic's field, is the picture's description
 * here, and required.)
 */
import * as v from 'valibot';
import { Finite, ShortText } from '../../schema/storySchema.js';
import { FocusSchema, mediaUrl } from '../media/schema.js';

const describe = v.description;

/** Wider or taller than any picture a page shows, px. */
export const MAX_PIXELS = 20000;
/** Widths of one picture: a handful covers phones to 2x desktop screens. */
export const MAX_SRCSET = 12;

const Pixels = v.pipe(Finite, v.integer(), v.minValue(1), v.maxValue(MAX_PIXELS));

export const SrcsetEntrySchema = v.strictObject({
  src: mediaUrl('media/harbour-800.jpg', 'The picture at this width'),
  width: v.pipe(Pixels, describe('Its width, px: the "w" of an <img srcset>.'))
});

/** The image's step fields (each optional: steps inherit). */
export const IMAGE_FIELDS = {
  src: v.optional(mediaUrl('media/harbour.jpg', 'The picture (JPEG, PNG, WebP or AVIF); with `alt` describing it (required) and `credit`')),
  srcset: v.optional(
    v.nullable(
      v.pipe(
        v.array(SrcsetEntrySchema),
        v.minLength(1),
        v.maxLength(MAX_SRCSET),
        describe(
          'The same picture at other widths, each { "src", "width" } in px: the browser loads the smallest that covers the panel at the screen\'s density (an <img srcset> with "w" widths). `src` is the fallback.'
        )
      )
    )
  ),
  width: v.optional(
    v.nullable(v.pipe(Pixels, describe('Width of `src`, px. With `height` (give both or neither) the page and its snapshots crop around `focus` before the picture has loaded, and the browser picks from `srcset` exactly.')))
  ),
  height: v.optional(v.nullable(v.pipe(Pixels, describe('Height of `src`, px: see `width`.')))),
  credit: v.optional(
    v.pipe(ShortText, describe('Who made the picture, shown on it after "Photo:" in the story\'s language: "Jane Doe / Agency". Required.'))
  ),
  caption: v.optional(v.nullable(v.pipe(ShortText, describe('A line shown with the picture, above its credit.')))),
  focus: v.optional(v.nullable(FocusSchema))
};

export type SrcsetEntry = v.InferOutput<typeof SrcsetEntrySchema>;
