/**
 * The story file format: the one definition of its shape. TypeScript types are inferred
 * from it, `parseStory` validates with it, and `stories/story.schema.json` is generated
 * from it (`npm run schema`). Nothing else restates these fields.
 *
 * This file holds the parts every story has (sources, places, routes, steps, the story's
 * own settings); each graphic type's fields come from its definition (src/graphics/*),
 * and `storySchema(registry)` puts the two together. Graphic fields are optional because a
 * step may give only what changes from the previous step (see `src/story/resolveSteps.ts`);
 * completeness is checked after that.
 */
import * as v from 'valibot';
import { LIMITS } from './limits.js';
import type { GraphicModel } from '../core/defineGraphic.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';

const describe = v.description;

/** Lower-case identifier used for cross-references inside the story. */
export const IdSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes (like "paris" or "stage-3")'),
  describe('An identifier: lower-case letters, digits and dashes.')
);

export const ShortText = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(LIMITS.shortText));
export const OptionalShortText = v.pipe(v.string(), v.maxLength(LIMITS.shortText));
export const LongText = v.pipe(v.string(), v.maxLength(LIMITS.longText));
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

export const Finite = v.pipe(v.number(), v.finite());
const Lon = v.pipe(Finite, v.minValue(-180), v.maxValue(180), describe('Longitude, WGS84 degrees.'));
const Lat = v.pipe(Finite, v.minValue(-90), v.maxValue(90), describe('Latitude, WGS84 degrees.'));
export const LonLatSchema = v.pipe(v.tuple([Lon, Lat]), describe('[longitude, latitude] in WGS84 degrees.'));
export const Count = v.pipe(Finite, v.integer(), v.minValue(0), v.maxValue(LIMITS.countValue));

/** A colour: a name from the story's theme ("accent", "river") or a hex colour. */
export const ColorSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength),
  v.regex(/^(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}|[a-z][a-z0-9-]*)$/, 'must be a theme colour name (like "accent") or a hex colour (like "#c0392b")'),
  describe('A colour: a name from the story\'s theme, or a hex colour "#rrggbb".')
);

export const PrecisionSchema = v.pipe(
  v.picklist(['exact', 'approximate']),
  describe('"exact": copied from a named gazetteer; "approximate": estimated, drawn as approximate.')
);

export const SourceSchema = v.strictObject({
  id: IdSchema,
  name: v.pipe(ShortText, describe('Who: "AFP", "US National Hurricane Center".')),
  title: v.optional(v.pipe(OptionalShortText, describe('The article, dataset or page title.'))),
  url: v.optional(Url),
  date: v.optional(v.pipe(IsoDate, describe('Publication date, YYYY-MM-DD.'))),
  licence: v.optional(v.pipe(OptionalShortText, describe('Licence of the data, e.g. "CC BY 4.0".'))),
  attribution: v.optional(
    v.pipe(OptionalShortText, describe('Credit text the licence asks for, shown on screen.'))
  ),
  note: v.optional(LongText)
});

/** A place's category, shown in the data table: any short lower-case word ("city", "stadium", "landfall"). */
export const KindSchema = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^[a-z][a-z0-9-]*$/, 'must be a short lower-case word, like "city" or "stadium"'),
  describe('The place\'s category: any short lower-case word. Known ones ("capital", "city", "town", "village", "crossing", "airport", "base", "port", "station", "landmark", "area"...) have a default symbol and a word in every built-in language.')
);

/** How a place is drawn on a map. */
export const SYMBOLS = ['circle', 'dot', 'ring', 'square', 'diamond', 'triangle', 'star', 'cross', 'none'] as const;
export const SymbolSchema = v.pipe(
  v.picklist(SYMBOLS),
  describe('How the place is drawn: "circle" (hollow), "dot" (filled), "ring" (circle round a dot, as for capitals), "square", "diamond", "triangle", "star", "cross", or "none" (the name alone).')
);

export const PlaceSchema = v.strictObject({
  id: IdSchema,
  name: ShortText,
  kind: KindSchema,
  symbol: v.optional(SymbolSchema),
  color: v.optional(ColorSchema),
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
  kind: v.optional(
    v.pipe(
      KindSchema,
      describe('What the route is: "road", "river", "rail", "track", "trail", "front", "course", "boundary" (how it is drawn), or any word.')
    )
  ),
  legend: v.optional(v.pipe(OptionalShortText, describe('How the legend names it ("Motorway (line approximate)"); default the word for its kind.'))),
  color: v.optional(ColorSchema),
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

/** A position along a route: the point nearest to a place, or a distance from its start. */
export const StopSchema = v.union([
  v.pipe(IdSchema, describe('A place id: the point of the route nearest that place.')),
  v.strictObject({
    km: v.pipe(Finite, v.minValue(0), v.maxValue(LIMITS.routeKm), describe('Kilometres from the route start.'))
  })
]);

const HexColor = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour like "#c0392b"'));

/** The story's look: named colours any graphic's `color` may use, and the page's own. */
export const ThemeSchema = v.strictObject({
  colors: v.optional(
    v.pipe(
      v.record(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case name like "river" or "party-a"'), v.maxLength(LIMITS.idLength)), HexColor),
      describe('Colours by name, used as `color` anywhere in a graphic. Names the explainer uses itself (accent, progress, ring, highlight, marks, marks-light, mover, mover-light, water, land, focus-land, border, area, road, minor-road, paper, ink, muted) override its own.')
    )
  ),
  font: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.shortText), v.regex(/^[^;{}<>]*$/, 'must be a CSS font family list, like "Georgia, serif"'), describe('CSS font family for the explainer\'s text.'))),
  accent: v.optional(v.pipe(HexColor, describe('Kickers and emphasis.'))),
  paper: v.optional(v.pipe(HexColor, describe('Background.'))),
  ink: v.optional(v.pipe(HexColor, describe('Text.')))
});

/** Per category of place: its word, its legend entry, and how it is drawn. */
export const KindInfoSchema = v.strictObject({
  label: v.optional(v.pipe(OptionalShortText, describe('The word for the kind in the data table ("Polling station").'))),
  legend: v.optional(v.pipe(OptionalShortText, describe('When given, places of this kind get a legend row with these words.'))),
  symbol: v.optional(SymbolSchema),
  color: v.optional(ColorSchema)
});

export const ProjectionSchema = v.strictObject({
  type: v.picklist(['conic-conformal', 'mercator', 'transverse-mercator', 'albers', 'orthographic']),
  parallels: v.optional(v.pipe(v.tuple([Lat, Lat]), describe('Standard parallels of a conic, degrees.'))),
  rotate: v.optional(
    v.pipe(
      v.union([v.tuple([Finite, Finite]), v.tuple([Finite, Finite, Finite])]),
      describe('d3\'s rotate, degrees: [-longitude, 0] puts that meridian in the middle, north up.')
    )
  )
});

/** A file path relative to the story (like a link), or an http(s) URL. */
export const RelativeUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.urlLength),
  v.regex(/^(https?:\/\/[^\s<>"]+|[A-Za-z0-9._~%\/-]+)$/, 'must be a path relative to the story file (like "stories/map.json") or an http(s) URL')
);

/** Keys of `strings`: a core word ("viewData") or a graphic's ("map.scale", "unit-chart.eachUnit"). */
export const STRING_KEY = /^[a-z][a-z0-9-]*(\.[A-Za-z][\w-]*)*$/i;

/** A step's graphic as any registry parses it: its type and the fields that type defines. */
export type GraphicInput = { type: string; scrub?: boolean; alt?: string } & Record<string, unknown>;

const GRAPHIC_FIELD_NOTE =
  'The graphic state. Omitted: same as the previous step. Same type as the previous step: only the fields given change; null clears one.';

/** The story schema around a given schema of a step's graphic. */
function storySchemaAround(graphic: v.GenericSchema<unknown, GraphicInput>) {
  const StepSchema = v.strictObject({
    id: IdSchema,
    kicker: v.optional(v.pipe(OptionalShortText, describe('A short line above the text, such as a date.'))),
    text: MarkupText,
    sources: v.pipe(
      v.array(IdSchema),
      v.minLength(1, 'every step names at least one source'),
      v.maxLength(LIMITS.listLength)
    ),
    alt: v.optional(v.pipe(LongText, describe('Text alternative for the graphic; generated from the state if absent.'))),
    graphic: v.optional(v.pipe(graphic, describe(GRAPHIC_FIELD_NOTE)))
  });
  const StorySchema = v.strictObject({
    $schema: v.optional(v.string()),
    version: v.pipe(v.picklist([1, 2]), describe('Story format version: 2 (version 1 files are read too).')),
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
    basemap: v.optional(
      v.pipe(RelativeUrl, describe('The TopoJSON basemap every map draws on (`scrollstage basemap` writes one), relative to the story file. Omitted: the built-in world basemap.'))
    ),
    projection: v.optional(v.pipe(ProjectionSchema, describe('The maps\' projection. Omitted: chosen from the extent of the places and routes, north up.'))),
    theme: v.optional(ThemeSchema),
    kinds: v.optional(
      v.pipe(
        v.record(KindSchema, KindInfoSchema),
        describe('Per kind of place: its word, legend entry, symbol and colour.')
      )
    ),
    strings: v.optional(
      v.pipe(
        v.record(
          v.pipe(v.string(), v.maxLength(LIMITS.idLength), v.regex(STRING_KEY, 'must be a text key like "viewData" or "map.scale"')),
          v.pipe(v.string(), v.maxLength(LIMITS.shortText))
        ),
        describe('The explainer’s own words, overridden key by key: "viewData", "source", "map.scale"... (see the README for every key).')
      )
    ),
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
  return { StepSchema, StorySchema };
}

/** The fields of a step's graphic of one type: its own, with their older names, and those every type has. */
export function graphicObjectSchema(model: GraphicModel): v.GenericSchema<unknown, GraphicInput> {
  const names = [model.type, ...(model.aliases ?? [])];
  const entries: Record<string, v.GenericSchema> = {
    type: names.length === 1 ? v.literal(model.type) : v.picklist(names),
    ...model.fields
  };
  for (const [old, current] of Object.entries(model.fieldAliases ?? {})) {
    const schema = model.fields[current];
    if (schema) entries[old] = schema;
  }
  entries.scrub = v.optional(
    v.pipe(
      v.boolean(),
      describe('When true, what changes from the previous step follows the reader’s scroll through this step instead of animating on entry.')
    )
  );
  entries.alt = v.optional(v.pipe(LongText, describe('Text alternative for this graphic; generated from its state if absent.')));
  const object = model.openFields ? v.looseObject(entries) : v.strictObject(entries);
  return (model.description ? v.pipe(object, describe(model.description)) : object) as unknown as v.GenericSchema<unknown, GraphicInput>;
}

const schemas = new WeakMap<GraphicRegistry, ReturnType<typeof storySchemaAround>>();

/** The whole story schema for the graphic types of a registry (cached per registry). */
export function storySchemas(registry: GraphicRegistry): ReturnType<typeof storySchemaAround> {
  let built = schemas.get(registry);
  if (!built) {
    const options = registry.models.map(graphicObjectSchema);
    const graphic = v.variant('type', options as never) as unknown as v.GenericSchema<unknown, GraphicInput>;
    built = storySchemaAround(graphic);
    schemas.set(registry, built);
  }
  return built;
}

/** The story schema's TypeScript shape, with a graphic of any type (types only: nothing is built). */
type Shapes = ReturnType<typeof storySchemaAround>;

/** A story as written in the file (after defaults), before steps are resolved. */
export type StoryInput = v.InferOutput<Shapes['StorySchema']>;
export type StepInput = v.InferOutput<Shapes['StepSchema']>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Route = v.InferOutput<typeof RouteSchema>;
export type Stop = v.InferOutput<typeof StopSchema>;
export type Edition = v.InferOutput<typeof EditionSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type KindInfo = v.InferOutput<typeof KindInfoSchema>;
export type PlaceSymbol = (typeof SYMBOLS)[number];
