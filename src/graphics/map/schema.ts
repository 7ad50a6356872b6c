/**
 * The map's step fields: the one definition of their shape, for validation, types and the
 * JSON Schema.
 */
import * as v from 'valibot';
import { LIMITS } from '../../schema/limits.js';
import { Count, Finite, IdSchema, LonLatSchema, OptionalShortText, ShortText, StopSchema } from '../../schema/storySchema.js';

const describe = v.description;

/** What the camera shows: places and routes to fit, or a centre and zoom. */
export const ViewSchema = v.pipe(
  v.strictObject({
    fit: v.optional(
      v.pipe(
        v.array(IdSchema),
        v.minLength(1, 'needs at least one place or route id'),
        v.maxLength(LIMITS.listLength),
        describe('Place or route ids that must all be in view.')
      )
    ),
    padding: v.optional(
      v.pipe(Finite, v.minValue(0), v.maxValue(200), describe('Margin around the fitted places, px.'))
    ),
    center: v.optional(LonLatSchema),
    zoom: v.optional(
      v.pipe(Finite, v.minValue(0), v.maxValue(12), describe('0 shows the whole basemap region; each +1 doubles the scale.'))
    )
  }),
  v.check(
    (view) => (view.fit !== undefined) !== (view.center !== undefined || view.zoom !== undefined) &&
      (view.fit !== undefined || (view.center !== undefined && view.zoom !== undefined)),
    'must be either { "fit": [ids], "padding"?: px } or { "center": [lon, lat], "zoom": n }'
  ),
  describe('Either { "fit": [place or route ids], "padding"?: px } or { "center": [lon, lat], "zoom": n }.')
);

const IdList = v.pipe(v.array(IdSchema), v.maxLength(LIMITS.listLength));

export const HeldSchema = v.strictObject({
  route: IdSchema,
  from: v.optional(StopSchema),
  to: StopSchema,
  label: v.optional(OptionalShortText),
  source: v.optional(IdSchema)
});

export const RemainingSchema = v.strictObject({
  km: v.pipe(Finite, v.minValue(0), v.maxValue(LIMITS.routeKm)),
  label: v.optional(OptionalShortText),
  source: IdSchema
});

export const ConvoySchema = v.strictObject({
  id: IdSchema,
  count: v.pipe(Count, v.minValue(1), v.maxValue(LIMITS.marks), describe('Number of marks: one per vehicle.')),
  label: ShortText,
  source: IdSchema,
  path: v.pipe(
    v.array(IdSchema),
    v.minLength(2, 'needs a start and an end place'),
    v.maxLength(LIMITS.listLength),
    describe('Place ids the marks travel through, from the crossing to the destination.')
  ),
  tone: v.optional(
    v.pipe(v.picklist(['earlier', 'latest']), describe('Colour: earlier arrivals are muted, the latest vivid.'))
  )
});

export const AnnotationSchema = v.strictObject({
  place: IdSchema,
  text: ShortText
});

export const REGIONS = ['idleb', 'aleppo'] as const;

/** The map's step fields (each optional: steps inherit). */
export const MAP_FIELDS = {
  view: v.optional(ViewSchema),
  routes: v.optional(v.nullable(v.pipe(IdList, describe('Routes drawn.')))),
  places: v.optional(v.nullable(v.pipe(IdList, describe('Places drawn and labelled (observation posts included).')))),
  highlight: v.optional(v.nullable(v.pipe(IdList, describe('Places emphasised in this step.')))),
  encircled: v.optional(v.nullable(v.pipe(IdList, describe('Observation posts marked as encircled.')))),
  regions: v.optional(
    v.nullable(v.pipe(v.array(v.picklist(REGIONS)), describe('Governorate outlines drawn and named.')))
  ),
  held: v.optional(v.nullable(HeldSchema)),
  remaining: v.optional(v.nullable(RemainingSchema)),
  convoys: v.optional(v.nullable(v.pipe(v.array(ConvoySchema), v.maxLength(LIMITS.listLength)))),
  annotations: v.optional(v.nullable(v.pipe(v.array(AnnotationSchema), v.maxLength(LIMITS.listLength)))),
};

export type View = v.InferOutput<typeof ViewSchema>;
export type Held = v.InferOutput<typeof HeldSchema>;
export type Remaining = v.InferOutput<typeof RemainingSchema>;
export type Convoy = v.InferOutput<typeof ConvoySchema>;
export type Annotation = v.InferOutput<typeof AnnotationSchema>;
export type Region = (typeof REGIONS)[number];
