/**
 * The map's step fields: the one definition of their shape, for validation, types and the
 * JSON Schema.
 */
import * as v from 'valibot';
import { LIMITS } from '../../schema/limits.js';
import { ColorSchema, Count, Finite, IdSchema, LonLatSchema, OptionalShortText, ShortText, StopSchema } from '../../schema/storySchema.js';

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
      v.pipe(Finite, v.minValue(0), v.maxValue(12), describe('0 shows all the story\'s places and routes; each +1 doubles the scale.'))
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

/** Progress along a route: from its start (or `from`) to `to` (version 1's `held`). */
export const ProgressSchema = v.strictObject({
  route: IdSchema,
  from: v.optional(StopSchema),
  to: StopSchema,
  label: v.optional(v.pipe(OptionalShortText, describe('What the line is, in the legend: "Built so far", "Course run so far".'))),
  source: v.optional(IdSchema),
  color: v.optional(ColorSchema)
});

/** A stretch beyond the progress, drawn as approximate: what is still to go. */
export const RemainingSchema = v.strictObject({
  km: v.pipe(Finite, v.minValue(0), v.maxValue(LIMITS.routeKm)),
  label: v.optional(OptionalShortText),
  source: IdSchema
});

/** Marks that travel along a path of places and settle at its end. */
export const MoverSchema = v.strictObject({
  id: IdSchema,
  count: v.pipe(Count, v.minValue(1), v.maxValue(LIMITS.marks), describe('Number of marks: one per thing that moves (vehicle, boat, runner).')),
  label: ShortText,
  source: IdSchema,
  path: v.pipe(
    v.array(IdSchema),
    v.minLength(2, 'needs a start and an end place'),
    v.maxLength(LIMITS.listLength),
    describe('Place ids the marks travel through, from where they start to where they settle.')
  ),
  color: v.optional(ColorSchema),
  tone: v.optional(
    v.pipe(v.picklist(['earlier', 'latest']), describe('Without a colour: earlier arrivals are muted, the latest vivid.'))
  )
});

export const AnnotationSchema = v.strictObject({
  place: IdSchema,
  text: ShortText
});

/** A feature of the basemap named by id (its layers' areas, or a country), with the words to label it, if not its own name. */
export const NamedFeatureSchema = v.union([
  v.pipe(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.idLength)), describe('The feature\'s id in the basemap.')),
  v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.idLength)),
    label: v.optional(OptionalShortText)
  })
]);

const FeatureList = v.pipe(v.array(NamedFeatureSchema), v.maxLength(LIMITS.listLength));

/** The map's step fields (each optional: steps inherit). */
export const MAP_FIELDS = {
  view: v.optional(ViewSchema),
  routes: v.optional(v.nullable(v.pipe(IdList, describe('Routes drawn.')))),
  places: v.optional(v.nullable(v.pipe(IdList, describe('Places drawn and labelled.')))),
  highlight: v.optional(v.nullable(v.pipe(IdList, describe('Places emphasised in this step.')))),
  ringed: v.optional(v.nullable(v.pipe(IdList, describe('Places marked with a ring (version 1: "encircled").')))),
  areas: v.optional(
    v.nullable(v.pipe(FeatureList, describe('Areas of the basemap\'s layers drawn and named, by id (version 1: "regions").')))
  ),
  progress: v.optional(v.nullable(ProgressSchema)),
  remaining: v.optional(v.nullable(RemainingSchema)),
  movers: v.optional(v.nullable(v.pipe(v.array(MoverSchema), v.maxLength(LIMITS.listLength)))),
  annotations: v.optional(v.nullable(v.pipe(v.array(AnnotationSchema), v.maxLength(LIMITS.listLength)))),
  focus: v.optional(
    v.nullable(v.pipe(FeatureList, describe('Countries shaded as the story\'s own, by ISO code ("SY"), id or name; the locator inset shows them.')))
  ),
  countries: v.optional(
    v.nullable(v.pipe(FeatureList, describe('Countries named on the map (ISO code, id or name, with a label if not the language\'s own name). Omitted: every country that has room.')))
  ),
  locator: v.optional(v.pipe(v.boolean(), describe('Show the locator inset when zoomed in (default true).')))
};

/**
 * Version 1's names of map fields, read as the current ones. Version 1's field for moving
 * marks is not among them: it was named for the flagship story's subject, and the library
 * knows no story (DESIGN principle 7); a version 1 story renames it `movers`.
 */
export const MAP_FIELD_ALIASES = { held: 'progress', encircled: 'ringed', regions: 'areas' } as const;

export type View = v.InferOutput<typeof ViewSchema>;
export type Progress = v.InferOutput<typeof ProgressSchema>;
export type Remaining = v.InferOutput<typeof RemainingSchema>;
export type Mover = v.InferOutput<typeof MoverSchema>;
export type Annotation = v.InferOutput<typeof AnnotationSchema>;
export type NamedFeature = v.InferOutput<typeof NamedFeatureSchema>;
