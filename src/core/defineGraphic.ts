/**
 * A graphic type, built-in or a developer's own, is one definition: the schema of a step's
 * graphic fields, how a step inherits from the previous one of the same type, its reference
 * and consistency checks, its text alternative, its "view the data" rows, the words it
 * writes, and its Svelte component (which also renders on the server and draws snapshots).
 * The story schema, the JSON Schema, `parseStory`, the stage, the static story, snapshots and
 * the data tables are all built from a registry of definitions; nothing outside a graphic's
 * folder names its type.
 *
 * The pure part (`GraphicModel`) is what validation needs and imports no Svelte, so the
 * Svelte-free `scrollstage/story` entry can validate every built-in type. `defineGraphic`
 * adds the component.
 */
import type { Component } from 'svelte';
import type * as v from 'valibot';
import type { GraphicProps } from './graphicProps.js';
import type { GraphicText } from './graphicText.js';
import type { Segments, StoryProblem } from '../schema/storyProblem.js';
import type { Place, Route, Source } from '../schema/storySchema.js';
import type { Story } from '../schema/parseStoryWith.js';
import type { PrepareEnv } from './prepareStory.js';
import type { Box } from '../geo/basemap/basemapFile.js';

/** What every resolved graphic state has; each type adds its own fields. */
export interface GraphicStateBase {
  /** The type's own name (an alias in the story is read as this). */
  type: string;
  /** Not inherited: whether this step's changes follow the reader's scroll through it. */
  scrub: boolean;
  /** The graphic's own text alternative, when the story gives one. Not inherited. */
  alt?: string;
}

/** A resolved state of a type this module knows nothing about: its fields by name. */
export type AnyGraphicState = GraphicStateBase & Record<string, unknown>;

/** Valibot schemas of a step's graphic fields, by name. All are optional in a story: steps inherit. */
export type FieldSchemas = Record<string, v.GenericSchema>;

/** The words a graphic writes, per language (`en` required), by key; `{name}` marks a value filled in. */
export type GraphicStrings = { en: Record<string, string> } & Record<string, Record<string, string>>;

/** What reference checks can look up: the ids the story defines. */
export interface StoryIds {
  sources: ReadonlyMap<string, Source>;
  places: ReadonlyMap<string, Place>;
  routes: ReadonlyMap<string, Route>;
}

/** Tools for reference checks: report a problem at a path, or test an id against a list. */
export interface CheckTools extends StoryIds {
  /** `steps[i].graphic`, where the checked fields are. */
  at: Segments;
  problem(path: Segments, message: string): void;
  /** Reports `path` unless `id` is one of `kind` ("source", "place" or "route"). */
  expect(kind: 'source' | 'place' | 'route', id: unknown, path: Segments): void;
  /** Reports every id listed twice in `list` (each is drawn, and keyed, once). */
  once(list: unknown, path: Segments): void;
}

/** What `warn` reports with. */
export interface WarnTools {
  /** `steps[index].graphic` of a step. */
  at(index: number): Segments;
  warn(path: Segments, message: string): void;
  /** The story checked. */
  story: Story;
  /** The box [west, south, east, north] of the story's own basemap, when the checker read it (`scrollstage validate` does). */
  basemapBox?: Box | undefined;
}

/** A row of the "figures at each step" table: what the graphic shows, worded, with its sources. */
export interface DataRow {
  /** One measure across steps: a row repeats only when its value changes. */
  key: string;
  what: string;
  value: string;
  /** Source ids. */
  sources: string[];
}

/** A table of its own (the map's places, say), after the figures. */
export interface DataTableSpec {
  id: string;
  caption: string;
  columns: string[];
  /** The first cell is a row heading. `key` and `mark` (a word saying what is special about the row, as "approximate") become the row's `data-key` and `data-mark`. */
  rows: { key: string; cells: string[]; mark?: string }[];
}

export interface GraphicModel<S extends GraphicStateBase = AnyGraphicState> {
  /** Lower-case letters, digits and dashes: the `type` a story writes. */
  type: string;
  /** Other names a story may write for this type (older ones), read as `type`. */
  aliases?: readonly string[];
  /** One line for the JSON Schema and the docs. */
  description?: string;
  /** The step's graphic fields (besides `type`, `scrub` and `alt`, which every type has). */
  fields: FieldSchemas;
  /** Accepts fields it does not declare (a plain-JavaScript graphic checks its own, in `check`). */
  openFields?: boolean;
  /** Older names of fields, read as the current ones: `{ held: 'progress' }`. */
  fieldAliases?: Readonly<Record<string, string>>;
  /**
   * This step's state from its own fields (aliases already renamed; `null` clears a field)
   * and the previous state of the same type, or null when the step before showed another
   * type or is the first. Default: the previous state with the given fields over it.
   * `last` is the latest earlier state of this type even across other types, for settings
   * that belong to the whole story's graphic rather than to a run of steps.
   */
  inherit?(given: Record<string, unknown>, previous: S | null, last: S | null): Record<string, unknown>;
  /** Problems of a state once inherited, at `at` (`steps[i].graphic`): a field still missing, a rule across fields. */
  complete?(state: S, at: Segments): StoryProblem[];
  /** Checks the step's own fields (as written, aliases renamed) against the story's ids. */
  check?(given: Record<string, unknown>, tools: CheckTools): void;
  /**
   * Things that are allowed but probably not meant (a highlight larger than its group):
   * `validate` shows them and still passes. `steps` are this type's steps, in order.
   */
  warn?(steps: readonly { state: S; index: number }[], tools: WarnTools): void;
  /** Marks it draws in this state, for the limit that keeps a reader's device responsive. */
  marks?(state: S): number;
  /** What a fix for too many marks is, for the limit's message. */
  marksAdvice?: string;
  /** The text alternative of a state: what a screen reader hears on a step change. */
  describe(state: S, text: GraphicText): string;
  /** Rows for the "figures at each step" table. */
  rows?(state: S, text: GraphicText): DataRow[];
  /** Tables of its own, from all the steps of this type. */
  tables?(states: readonly { state: S; index: number }[], text: GraphicText): DataTableSpec[];
  /**
   * Fetches what the type needs before it can draw a story (the map's basemap): plain data,
   * handed to its component through context (usePrepared). Called once per story.
   */
  prepare?(story: Story, env: Required<Pick<PrepareEnv, 'fetchJson'>> & PrepareEnv): Promise<unknown>;
  /** The words it writes. A story overrides them as `strings["TYPE.KEY"]`. */
  strings?: GraphicStrings;
  /** For the published JSON Schema: parts to name under `$defs`, and the JSON Schema form of each cross-field `check` in them. */
  jsonSchema?: {
    definitions?: Record<string, v.GenericSchema>;
    /** A schema whose pipe has a `check`, and the JSON Schema keywords that say the same. */
    checks?: readonly { schema: v.GenericSchema; keywords: Record<string, unknown> }[];
  };
  /** Stays mounted while another type is shown, keeping its last state (costly to rebuild, like a map). */
  keepMounted?: boolean;
  /**
   * Its `alt` is one of its own fields (a photo's description): handed to `check` and
   * `inherit` with the others, so it carries over like them, and worded by `describe`
   * (which the state's common `alt` would otherwise replace). The state keeps it under a
   * name of the type's choosing.
   */
  ownAlt?: boolean;
}

export interface GraphicDefinition<S extends GraphicStateBase = AnyGraphicState> extends GraphicModel<S> {
  /** Draws `story.steps[index].state`. Renders on the server too (the end state, no motion). */
  component: Component<GraphicProps>;
  /**
   * A standalone SVG drawing of a state, for snapshots and the static story: SVG content
   * for inside an `<svg>` of the given size, styled by attributes or by `snapshotCss`.
   * Default: `component`, when it draws SVG.
   */
  snapshot?: Component<GraphicProps>;
  /** CSS a standalone snapshot needs (scoped component styles are not in a server render), as [selector, declarations] rules. */
  snapshotRules?: SnapshotRules;
  /**
   * The files a state's snapshot shows (a photo, a video's poster), as the story writes
   * them. An SVG behind an `<img>` loads nothing outside itself, so the static story draws
   * such a step inline; `scrollstage snapshot` copies the files beside its SVGs.
   */
  snapshotFiles?(state: S): string[];
}

/** CSS rules as [selector, declarations]: a snapshot scopes each selector under its own class. */
export type SnapshotRules = readonly (readonly [string, string])[];

/** Allowed type and field names: what a story can write. */
export const TYPE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Names every type has; a definition cannot take them for its own fields. */
export const COMMON_FIELDS = ['type', 'scrub', 'alt'] as const;

/** Throws a clear error when a definition is malformed: caught where it is written, not in a reader's browser. */
export function checkModel(model: GraphicModel<never>): void {
  const where = `scrollstage: graphic definition${typeof model?.type === 'string' ? ` "${model.type}"` : ''}`;
  if (!model || typeof model !== 'object') throw new TypeError(`${where} must be an object`);
  if (typeof model.type !== 'string' || !TYPE_NAME.test(model.type)) {
    throw new TypeError(`${where}: type must be lower-case letters, digits and dashes, like "my-chart" (got ${JSON.stringify(model.type)})`);
  }
  for (const alias of model.aliases ?? []) {
    if (typeof alias !== 'string' || !TYPE_NAME.test(alias)) throw new TypeError(`${where}: alias ${JSON.stringify(alias)} must be lower-case letters, digits and dashes`);
  }
  if (!model.fields || typeof model.fields !== 'object') throw new TypeError(`${where}: fields must be an object of valibot schemas (use {} for none)`);
  for (const name of COMMON_FIELDS) {
    if (Object.hasOwn(model.fields, name)) throw new TypeError(`${where}: "${name}" is common to every graphic: leave it out of fields`);
  }
  if (typeof model.describe !== 'function') throw new TypeError(`${where}: describe(state, text) must be a function returning the text alternative`);
  if (!model.strings?.en && model.strings !== undefined) throw new TypeError(`${where}: strings must have an "en" table`);
}

/** Declares a graphic type. Throws at once when the definition is malformed. */
export function defineGraphic<S extends GraphicStateBase = AnyGraphicState>(definition: GraphicDefinition<S>): GraphicDefinition<S> {
  checkModel(definition as unknown as GraphicModel<never>);
  if (typeof definition.component !== 'function') {
    throw new TypeError(`scrollstage: graphic definition "${definition.type}": component must be a Svelte component`);
  }
  return definition;
}

/** Declares the pure part of a graphic type (no component): what validation needs. */
export function defineGraphicModel<S extends GraphicStateBase = AnyGraphicState>(model: GraphicModel<S>): GraphicModel<S> {
  checkModel(model as unknown as GraphicModel<never>);
  return model;
}
