/**
 * The story format as JSON Schema, generated from `StorySchema` so the published
 * `stories/story.schema.json` never drifts from validation. Editors use it for completion
 * and field docs (the valibot `description`s); `scrollstage validate` stays the authority
 * for what JSON Schema cannot say (references between ids, real calendar dates, step
 * inheritance).
 *
 * Imports `@valibot/to-json-schema`, a devDependency: only the repository's CLI loads this.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import {
  AnnotationSchema,
  ConvoySchema,
  CorridorMapSchema,
  EditionSchema,
  HeldSchema,
  PlaceSchema,
  RemainingSchema,
  RouteSchema,
  SourceSchema,
  StepSchema,
  StorySchema,
  UnitChartSchema,
  UnitGroupSchema,
  ViewSchema
} from './storySchema.js';

/** Where the published copy lives: the file the npm package ships. */
export const STORY_SCHEMA_ID = 'https://unpkg.com/scrollstage/stories/story.schema.json';

type Action = v.PipeAction<unknown, unknown, v.BaseIssue<unknown>>;

/**
 * Object types that get a name under `$defs`: they are reused (sources in several places)
 * or large, and a name makes editor hovers and the file readable.
 */
const DEFINITIONS = {
  Source: SourceSchema,
  Place: PlaceSchema,
  Route: RouteSchema,
  View: ViewSchema,
  Held: HeldSchema,
  Remaining: RemainingSchema,
  Convoy: ConvoySchema,
  Annotation: AnnotationSchema,
  CorridorMap: CorridorMapSchema,
  UnitGroup: UnitGroupSchema,
  UnitChart: UnitChartSchema,
  Edition: EditionSchema,
  Step: StepSchema
};

// The view's cross-field rule (fit, or center and zoom), which valibot states as a `check`.
const VIEW_CHECK = (ViewSchema.pipe as readonly Action[]).find((a) => a.type === 'check');
const VIEW_FORMS: JsonSchema = {
  oneOf: [
    { required: ['fit'], not: { anyOf: [{ required: ['center'] }, { required: ['zoom'] }] } },
    { required: ['center', 'zoom'], not: { required: ['fit'] } }
  ]
};

const swapCase = (s: string) => (s === s.toLowerCase() ? s.toUpperCase() : s.toLowerCase());

/**
 * A JSON Schema `pattern` for a case-insensitive RegExp: JSON Schema has no flags, so each
 * letter outside a character class becomes `[xX]`, and each inside gains its other case.
 */
export function caseInsensitivePattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      const end = source[i + 1] === '-' && source[i + 2] !== ']' ? source[i + 2] : undefined;
      const part = end === undefined ? c : `${c}-${end}`;
      if (end !== undefined) i += 2;
      const other = swapCase(part);
      out += other !== part && /^[A-Za-z](-[A-Za-z])?$/.test(part) ? part + other : part;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else {
      out += /[A-Za-z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
    }
  }
  return out;
}

/** Handles the valibot actions that have no direct JSON Schema form, each on purpose. */
function overrideAction({ valibotAction, jsonSchema }: { valibotAction: Action; jsonSchema: JsonSchema }) {
  switch (valibotAction.type) {
    // JSON cannot write NaN or Infinity, so every JSON number is already finite.
    case 'finite':
      return jsonSchema;
    case 'check':
      // The other checks (real calendar dates) are left to `scrollstage validate`.
      return valibotAction === VIEW_CHECK ? { ...jsonSchema, ...VIEW_FORMS } : jsonSchema;
    case 'regex': {
      const { source, flags } = (valibotAction as unknown as { requirement: RegExp }).requirement;
      if (flags.replace('i', '')) return undefined; // any other flag: let the converter throw
      return { ...jsonSchema, pattern: flags ? caseInsensitivePattern(source) : source };
    }
    default:
      return undefined;
  }
}

/** The JSON Schema of a story file. */
export function storyJsonSchema(): JsonSchema {
  // errorMode 'throw': a new schema feature without a JSON Schema form must be handled
  // above, not silently dropped from the published file.
  const generated = toJsonSchema(StorySchema, {
    errorMode: 'throw',
    definitions: DEFINITIONS,
    overrideAction
  });
  const { $schema, $defs, properties, ...rest } = generated;
  return {
    $schema,
    $id: STORY_SCHEMA_ID,
    title: 'scrollstage story',
    description:
      'A scroll-driven explainer: text steps, each with its sources and the state of a graphic. ' +
      'Check a file with `npx scrollstage validate FILE` (it also checks references between ids).',
    ...rest,
    properties: {
      ...properties,
      $schema: {
        type: 'string',
        description: 'Path or URL of this JSON Schema, for editor completion: "./story.schema.json".'
      }
    },
    $defs
  };
}

/** The schema as the committed file holds it: two-space indents and a final newline. */
export function storyJsonSchemaText(): string {
  return JSON.stringify(storyJsonSchema(), null, 2) + '\n';
}
