/**
 * The story file format: the one definition of its shape. TypeScript types are inferred
 * from it, `parseStory` validates with it, and `stories/story.schema.json` is generated
 * from it (`npm run schema`). Nothing else restates these fields.
 *
 * Graphic fields are optional here because a step may give only what changes from the
 * previous step (see `src/story/resolveSteps.ts`); completeness is checked after that.
 */
import * as v from 'valibot';
import { LIMITS } from './limits.js';

const describe = v.description;

/** Lower-case identifier used for cross-references inside the story. */
export const IdSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes (like "saraqeb" or "op-morek")'),
  describe('An identifier: lower-case letters, digits and dashes.')
);

const ShortText = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(LIMITS.shortText));
const OptionalShortText = v.pipe(v.string(), v.maxLength(LIMITS.shortText));
const LongText = v.pipe(v.string(), v.maxLength(LIMITS.longText));
/** Step text: plain text with `*emphasis*`, `**strong**` and `[label](https://…)` links. */
const MarkupText = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.longText),
  describe('Text with a small inline markup: *emphasis*, **strong** and [label](https://example.org) links.')
);

const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a real calendar date')
);

/** Only web and mail links are allowed anywhere in a story. */
export const SAFE_URL = /^(https?:\/\/|mailto:)[^\s<>"]+$/i;
const Url = v.pipe(
  v.string(),
  v.maxLength(LIMITS.urlLength),
  v.regex(SAFE_URL, 'must be an https:, http: or mailto: URL'),
  describe('An absolute https:, http: or mailto: URL.')
);

const Finite = v.pipe(v.number(), v.finite());
const Lon = v.pipe(Finite, v.minValue(-180), v.maxValue(180), describe('Longitude, WGS84 degrees.'));
const Lat = v.pipe(Finite, v.minValue(-90), v.maxValue(90), describe('Latitude, WGS84 degrees.'));
export const LonLatSchema = v.pipe(v.tuple([Lon, Lat]), describe('[longitude, latitude] in WGS84 degrees.'));
const Count = v.pipe(Finite, v.integer(), v.minValue(0), v.maxValue(LIMITS.countValue));

export const PrecisionSchema = v.pipe(
  v.picklist(['exact', 'approximate']),
  describe('"exact": copied from a named gazetteer; "approximate": estimated, drawn as approximate.')
);

export const SourceSchema = v.strictObject({
  id: IdSchema,
  name: v.pipe(ShortText, describe('Who: "AFP", "Syrian Observatory for Human Rights".')),
  title: v.optional(v.pipe(OptionalShortText, describe('The article, dataset or page title.'))),
  url: v.optional(Url),
  date: v.optional(v.pipe(IsoDate, describe('Publication date, YYYY-MM-DD.'))),
  licence: v.optional(v.pipe(OptionalShortText, describe('Licence of the data, e.g. "CC BY 4.0".'))),
  attribution: v.optional(
    v.pipe(OptionalShortText, describe('Credit text the licence asks for, shown on screen.'))
  ),
  note: v.optional(LongText)
});

export const PLACE_KINDS = [
  'capital',
  'city',
  'town',
  'village',
  'crossing',
  'airbase',
  'base',
  'observation-post',
  'area'
] as const;

export const PlaceSchema = v.strictObject({
  id: IdSchema,
  name: ShortText,
  kind: v.picklist(PLACE_KINDS),
  lon: Lon,
  lat: Lat,
  precision: PrecisionSchema,
  uncertaintyKm: v.optional(
    v.pipe(Finite, v.minValue(0), v.maxValue(100), describe('Radius of the uncertainty, km.'))
  ),
  rank: v.optional(
    v.pipe(
      Finite,
      v.integer(),
      v.minValue(1),
      v.maxValue(9),
      describe('Label priority: 1 is labelled first; lower ranks are hidden first when labels collide.')
    )
  ),
  source: IdSchema,
  note: v.optional(LongText)
});

export const RouteSchema = v.strictObject({
  id: IdSchema,
  name: ShortText,
  precision: PrecisionSchema,
  source: IdSchema,
  note: v.optional(LongText),
  coordinates: v.pipe(
    v.array(LonLatSchema),
    v.minLength(2, 'needs at least 2 points'),
    v.maxLength(LIMITS.routePoints),
    describe('The line, south to north (or start to end), as [lon, lat] points.')
  )
});

/** A position along a route: the point nearest to a place, or a distance from its start. */
export const StopSchema = v.union([
  v.pipe(IdSchema, describe('A place id: the point of the route nearest that place.')),
  v.strictObject({
    km: v.pipe(Finite, v.minValue(0), v.maxValue(LIMITS.routeKm), describe('Kilometres from the route start.'))
  })
]);

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

export const CorridorMapSchema = v.strictObject({
  type: v.literal('corridor-map'),
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
  scrub: v.optional(
    v.pipe(
      v.boolean(),
      describe(
        'When true, what changes from the previous step (held extent, arriving convoys) follows the reader’s scroll through this step instead of animating on entry.'
      )
    )
  )
});

export const UnitSchema = v.strictObject({
  value: v.pipe(Finite, v.minValue(1), v.maxValue(LIMITS.countValue), describe('What one mark counts.')),
  label: v.pipe(ShortText, describe('What one mark stands for, shown on screen: "1,000 people".'))
});

export const UnitGroupSchema = v.strictObject({
  id: IdSchema,
  label: ShortText,
  value: v.pipe(Count, describe('The number from the source; marks = value / unit.value, rounded.')),
  display: v.optional(v.pipe(OptionalShortText, describe('How the number is worded: "more than 580,000".'))),
  unit: v.optional(UnitSchema),
  highlight: v.optional(
    v.strictObject({
      value: Count,
      label: ShortText
    })
  ),
  source: IdSchema
});

export const UnitChartSchema = v.strictObject({
  type: v.literal('unit-chart'),
  unit: v.optional(UnitSchema),
  groups: v.optional(
    v.pipe(v.array(UnitGroupSchema), v.minLength(1), v.maxLength(LIMITS.listLength))
  ),
  title: v.optional(OptionalShortText)
});

export const GraphicSchema = v.variant('type', [CorridorMapSchema, UnitChartSchema]);

export const StepSchema = v.strictObject({
  id: IdSchema,
  kicker: v.optional(v.pipe(OptionalShortText, describe('A short line above the text, such as a date.'))),
  text: MarkupText,
  sources: v.pipe(
    v.array(IdSchema),
    v.minLength(1, 'every step names at least one source'),
    v.maxLength(LIMITS.listLength)
  ),
  alt: v.optional(v.pipe(LongText, describe('Text alternative for the graphic; generated from the state if absent.'))),
  graphic: v.optional(
    v.pipe(
      GraphicSchema,
      describe('The graphic state. Omitted: same as the previous step. Same type as the previous step: only the fields given change; null clears one.')
    )
  )
});

/** True when the browser's `Intl` accepts the tag: dates and numbers are formatted with it. */
function isKnownTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const LanguageTag = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en" or "ar"'),
  v.check(isKnownTag, 'must be a well-formed language tag (like "en", "ar" or "pt-BR"), each part once')
);

export const EditionSchema = v.strictObject({
  lang: LanguageTag,
  label: ShortText,
  href: v.pipe(
    v.string(),
    v.maxLength(LIMITS.urlLength),
    v.regex(/^(https?:\/\/[^\s<>"]+|[A-Za-z0-9._~\/-]+)$/, 'must be a relative path or an http(s) URL')
  )
});

export const StorySchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.pipe(v.literal(1), describe('Story format version.')),
  id: IdSchema,
  lang: v.pipe(LanguageTag, describe('BCP 47 language tag of the text.')),
  dir: v.optional(v.picklist(['ltr', 'rtl']), 'ltr'),
  title: ShortText,
  dek: v.optional(LongText),
  byline: v.optional(OptionalShortText),
  date: v.pipe(IsoDate, describe('Publication date of the story, YYYY-MM-DD.')),
  asOf: v.optional(v.pipe(IsoDate, describe('The date the graphic reflects.'))),
  canonical: v.optional(Url),
  layout: v.optional(
    v.strictObject({
      graphic: v.optional(
        v.pipe(v.picklist(['start', 'end']), describe('Side of the graphic on wide screens, in reading direction.')),
        'end'
      )
    })
  ),
  editions: v.optional(v.pipe(v.array(EditionSchema), v.maxLength(LIMITS.listLength))),
  method: v.optional(
    v.pipe(v.array(MarkupText), v.maxLength(LIMITS.listLength), describe('Paragraphs of the sources-and-method note.'))
  ),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(LIMITS.sources)),
  places: v.optional(v.pipe(v.array(PlaceSchema), v.maxLength(LIMITS.places)), []),
  routes: v.optional(v.pipe(v.array(RouteSchema), v.maxLength(LIMITS.routes)), []),
  steps: v.pipe(
    v.array(StepSchema),
    v.minLength(1, 'needs at least one step'),
    v.maxLength(LIMITS.steps, `may have at most ${LIMITS.steps} steps`)
  )
});

/** A story as written in the file (after defaults), before steps are resolved. */
export type StoryInput = v.InferOutput<typeof StorySchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Route = v.InferOutput<typeof RouteSchema>;
export type Stop = v.InferOutput<typeof StopSchema>;
export type View = v.InferOutput<typeof ViewSchema>;
export type Held = v.InferOutput<typeof HeldSchema>;
export type Remaining = v.InferOutput<typeof RemainingSchema>;
export type Convoy = v.InferOutput<typeof ConvoySchema>;
export type Annotation = v.InferOutput<typeof AnnotationSchema>;
export type Region = (typeof REGIONS)[number];
export type Unit = v.InferOutput<typeof UnitSchema>;
export type UnitGroup = v.InferOutput<typeof UnitGroupSchema>;
export type CorridorMapInput = v.InferOutput<typeof CorridorMapSchema>;
export type UnitChartInput = v.InferOutput<typeof UnitChartSchema>;
export type GraphicInput = v.InferOutput<typeof GraphicSchema>;
export type StepInput = v.InferOutput<typeof StepSchema>;
export type Edition = v.InferOutput<typeof EditionSchema>;
export type GraphicType = GraphicInput['type'];
export const GRAPHIC_TYPES = ['corridor-map', 'unit-chart'] as const satisfies readonly GraphicType[];
