/**
 * Limits that protect a reader's device from a story file that is too big to render well.
 * They are part of the schema and reported like any other error.
 */
export const LIMITS = {
  /** Long enough for a book-length explainer; beyond this, split the story. */
  steps: 1000,
  /** Step text: a few paragraphs at most; a step is read in one screen. */
  longText: 4000,
  /** Titles, labels, names. */
  shortText: 300,
  idLength: 64,
  urlLength: 2048,
  sources: 200,
  places: 1000,
  routes: 100,
  /** A surveyed road over a few hundred km fits well within this. */
  routePoints: 20000,
  /** Longer than any road in the region the basemap covers. */
  routeKm: 5000,
  /** Ids in one list (fit, places, highlights, groups, movers). */
  listLength: 1000,
  /** Marks drawn in one graphic: canvas keeps this many smooth (see UNIT_CANVAS_THRESHOLD). */
  marks: 100000,
  /** Largest number a group or mover may count. */
  countValue: 1e12,
  /** Text in the whole story, characters: far beyond any explainer a reader finishes. */
  textTotal: 1_000_000,
  /** Values (numbers, strings, objects...) in the whole story: a long surveyed route of points is a few 10,000s. */
  values: 1_000_000,
  /** Items in any one list: the longest list a story has is a route's points. */
  listItems: 20000,
  /** Levels of nesting: the deepest story field is 6 levels down; more is never a story. */
  depth: 16
} as const;
