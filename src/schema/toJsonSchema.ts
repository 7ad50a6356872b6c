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
import { EditionSchema, PlaceSchema, RouteSchema, SourceSchema, graphicObjectSchema, storySchemas } from './storySchema.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import { storyRegistry } from './parseStory.js';

/** Where the published copy lives: the file the npm package ships. */
export const STORY_SCHEMA_ID = 'https://unpkg.com/scrollstage/stories/story.schema.json';

type Action = v.PipeAction<unknown, unknown, v.BaseIssue<unknown>>;

/** A type name as a `$defs` name: "unit-chart" → "UnitChart". */
const pascal = (type: string) => type.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * Object types that get a name under `$defs`: they are reused (sources in several places)
 * or large, and a name makes editor hovers and the file readable. Each graphic type is
 * named, with the parts its definition names.
 */
function definitionsOf(registry: GraphicRegistry) {
  const schemas = storySchemas(registry);
  const definitions: Record<string, v.GenericSchema> = {
    Source: SourceSchema,
    Place: PlaceSchema,
    Route: RouteSchema,
    Edition: EditionSchema,
    Step: schemas.StepSchema
  };
  const checks = new Map<unknown, Record<string, unknown>>();
  for (const model of registry.models) {
    Object.assign(definitions, model.jsonSchema?.definitions ?? {});
    definitions[pascal(model.type)] = graphicObjectSchema(model);
    for (const { schema, keywords } of model.jsonSchema?.checks ?? []) {
      const check = ((schema as { pipe?: readonly Action[] }).pipe ?? []).find((a) => a.type === 'check');
      if (check) checks.set(check, keywords);
    }
  }
  return { definitions, checks };
}

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
const overrideActionWith = (checks: Map<unknown, Record<string, unknown>>) => ({ valibotAction, jsonSchema }: { valibotAction: Action; jsonSchema: JsonSchema }) => {
  switch (valibotAction.type) {
    // JSON cannot write NaN or Infinity, so every JSON number is already finite.
    case 'finite':
      return jsonSchema;
    case 'check':
      // Checks a definition states in JSON Schema terms are written so; the others (real
      // calendar dates) are left to `scrollstage validate`.
      return { ...jsonSchema, ...(checks.get(valibotAction) ?? {}) } as JsonSchema;
    case 'regex': {
      const { source, flags } = (valibotAction as unknown as { requirement: RegExp }).requirement;
      if (flags.replace('i', '')) return undefined; // any other flag: let the converter throw
      return { ...jsonSchema, pattern: flags ? caseInsensitivePattern(source) : source };
    }
    default:
      return undefined;
  }
};

/** The JSON Schema of a story file, for the built-in graphic types (or a registry's). */
export function storyJsonSchema(registry: GraphicRegistry = storyRegistry()): JsonSchema {
  const { definitions, checks } = definitionsOf(registry);
  // errorMode 'throw': a new schema feature without a JSON Schema form must be handled
  // above, not silently dropped from the published file.
  const generated = toJsonSchema(storySchemas(registry).StorySchema, {
    errorMode: 'throw',
    definitions,
    overrideAction: overrideActionWith(checks)
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
