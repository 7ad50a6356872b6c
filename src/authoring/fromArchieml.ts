/**
 * `fromArchieml(source, { file, readFile })`: a story written in ArchieML (a Google Doc
 * exported as plain text) as story JSON, validated, with every problem placed at the line
 * of the document (or of a JSON file it names) where the value was written.
 *
 * The document is read by the `archieml` package; `archieLines` walks it with the same
 * grammar to know where each value is; `coerceToSchema` reads each value as the story's
 * JSON Schema expects it; `validateStory` checks the result. No story field is named here
 * except for the importer's own `graphics` key (step graphics kept in a file: steps are
 * matched by `id`, and the schema of `steps[].graphic` is looked up), so fields the schema
 * gains later import without a change.
 */
import archieml from 'archieml';
import { dirname, isAbsolute, join } from 'node:path';
import storySchema from '../../stories/story.schema.json';
import { validateStory } from '../schema/parseStory.js';
import { archieLines, ArchieLineError, type ArchieLines } from './archieLines.js';
import { coerceToSchema, FILE_REFERENCE, type CoerceContext, type JsonFile } from './coerceToSchema.js';
import { importProblem, type ImportProblem } from './importProblem.js';
import { alternatives, itemSchema, kindsOf, propertySchema, type JsonSchema } from './schemaNode.js';
import { locate, type LocationNode } from './sourceLocations.js';

export interface ImportOptions {
  /** The document's name as problems show it; JSON files it names are found beside it. */
  file: string;
  /** Reads a file named in the document (its path joined to the document's folder). */
  readFile?: (path: string) => Promise<string>;
  /** The story's JSON Schema; `stories/story.schema.json` unless a test gives another. */
  schema?: JsonSchema;
}

export interface ImportResult {
  /** The story JSON, or `null` when there are problems. */
  story: Record<string, unknown> | null;
  /** Every problem, in file and line order. */
  problems: ImportProblem[];
  /** Things to look at that do not stop the import. */
  notes: ImportProblem[];
}

/** The document's own key for step graphics kept apart: `graphics: FILE.json`, step id → graphic. */
const GRAPHICS_KEY = 'graphics';

// The validator's words for a field the schema does not know, and for its suggestion.
const UNKNOWN_FIELD = 'is not a known field';
const SUGGESTION = '(did you mean';
const REQUIRED = 'is required';

/** Where a file the document names is, as problems show it. */
function beside(document: string, name: string): string {
  return isAbsolute(name) ? name : join(dirname(document), name);
}

/** The string values of the data that could name a JSON file, to read them before reading values. */
function fileReferences(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (FILE_REFERENCE.test(trimmed)) out.add(trimmed.replace(/#.*$/, ''));
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) fileReferences(item, out);
  }
  return out;
}

/** A location node with one child replaced. */
function withChild(node: LocationNode, segment: string | number, child: LocationNode): LocationNode {
  return { at: node.at, ...(node.key ? { key: node.key } : {}), child: (s) => (s === segment ? child : node.child(s)) };
}

/** The schema of a step's `graphic`, found by walking the story schema. */
function stepGraphicSchema(schema: JsonSchema): JsonSchema | undefined {
  for (const story of alternatives(schema, schema)) {
    for (const steps of alternatives(propertySchema(story, 'steps'), schema)) {
      if (!kindsOf(steps).has('array')) continue;
      for (const step of alternatives(itemSchema(steps, 0), schema)) {
        const graphic = propertySchema(step, 'graphic');
        if (graphic !== undefined) return graphic;
      }
    }
  }
  return undefined;
}

const sameKey = (a: string, b: string) => a.toLowerCase().replace(/[-_]/g, '') === b.toLowerCase().replace(/[-_]/g, '');

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

export async function fromArchieml(source: string, options: ImportOptions): Promise<ImportResult> {
  const { file } = options;
  const schema = options.schema ?? (storySchema as JsonSchema);
  const fail = (line: number, column: number, message: string): ImportResult => ({
    story: null,
    problems: [importProblem({ file, line, column }, [], message)],
    notes: []
  });

  let lines: ArchieLines;
  let data: Record<string, unknown>;
  try {
    lines = archieLines(source);
    data = archieml.load(lines.text);
  } catch (error) {
    if (error instanceof ArchieLineError) return fail(error.line, error.column, error.message);
    return fail(1, 1, `the archieml parser cannot read this document (${(error as Error)?.message ?? error})`);
  }

  // The graphics key is the importer's own, unless the schema ever gains a field of that name.
  const storyForms = alternatives(schema, schema);
  const schemaHasGraphics = storyForms.some((f) => Object.keys(f.properties ?? {}).some((k) => sameKey(k, GRAPHICS_KEY)));
  const graphicsKey = schemaHasGraphics ? undefined : Object.keys(data).find((k) => sameKey(k, GRAPHICS_KEY));
  const storyData = { ...data };
  const graphicsValue = graphicsKey ? storyData[graphicsKey] : undefined;
  if (graphicsKey) delete storyData[graphicsKey];

  // Read every file the document may name first, so values are read without waiting.
  const files = new Map<string, JsonFile>();
  const readFile = options.readFile;
  await Promise.all(
    [...fileReferences(data)].map(async (name) => {
      const path = beside(file, name);
      if (!readFile) return files.set(name, { file: path, error: 'files cannot be read here' });
      try {
        files.set(name, { file: path, text: await readFile(path) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String((error as Error)?.message ?? error));
        files.set(name, { file: path, error: reason });
      }
    })
  );

  const ctx: CoerceContext = {
    root: schema,
    file,
    problems: [],
    notes: [],
    unread: [],
    jsonFile: (name) => files.get(name) ?? { file: beside(file, name), error: 'not read' }
  };
  const coerced = coerceToSchema(storyData, lines.root, schema, [], ctx);
  const story = (coerced.value ?? {}) as Record<string, unknown>;
  let loc = coerced.loc;

  if (graphicsKey) {
    const node = lines.root.children?.get(graphicsKey);
    const graphicSchema = stepGraphicSchema(schema);
    const byStep = coerceToSchema(graphicsValue, node, { type: 'object', additionalProperties: graphicSchema ?? true }, [GRAPHICS_KEY], ctx);
    const steps = Array.isArray(story.steps) ? (story.steps as Record<string, unknown>[]) : [];
    const ids = steps.map((s) => (s && typeof s === 'object' ? s.id : undefined));
    for (const [id, graphic] of Object.entries((byStep.value ?? {}) as Record<string, unknown>)) {
      const entry = byStep.loc.child(id);
      const where = entry?.key ?? entry?.at ?? byStep.loc.at;
      const index = ids.indexOf(id);
      if (index < 0) {
        const known = ids.filter((s): s is string => typeof s === 'string').map((s) => JSON.stringify(s));
        ctx.problems.push(importProblem(where, [GRAPHICS_KEY, id], `no step has the id "${id}"${known.length ? ` (the steps are ${known.join(', ')})` : ''}`));
        continue;
      }
      const step = steps[index]!;
      const stepsLoc = loc.child('steps');
      const stepLoc = stepsLoc?.child(index);
      if (step.graphic !== undefined) {
        const inDocument = stepLoc?.child('graphic')?.at;
        ctx.problems.push(
          importProblem(where, ['steps', index, 'graphic'], `is given twice: here and in the step${inDocument ? ` (${inDocument.file}:${inDocument.line})` : ''}: keep one`)
        );
        continue;
      }
      steps[index] = { ...step, graphic };
      if (stepsLoc && stepLoc && entry) loc = withChild(loc, 'steps', withChild(stepsLoc, index, withChild(stepLoc, 'graphic', entry)));
    }
  }

  const problems = [...ctx.problems];
  const { problems: invalid } = validateStory(story);
  for (const p of invalid) {
    // A value that could not be read (bad JSON, a missing file) is missing from the story: its
    // problem is said once, and "required" problems, which may follow from it, wait for the fix.
    if (ctx.unread.some((r) => startsWith(p.segments, r))) continue;
    if (ctx.unread.length && p.message.startsWith(REQUIRED)) continue;
    const unknown = p.message.startsWith(UNKNOWN_FIELD);
    const at = locate(loc, p.segments, { key: unknown });
    let message = p.message;
    if (unknown && at.file === file) {
      // ArchieML reads any line that starts with "word:" as a key, prose included.
      message += message.includes(SUGGESTION) ? '; if this line is text, begin it with a backslash' : ' (if this line is text, begin it with a backslash)';
    }
    problems.push(importProblem(at, p.segments, message));
  }
  const order = (a: ImportProblem, b: ImportProblem) =>
    Number(a.at.file !== file) - Number(b.at.file !== file) ||
    a.at.file.localeCompare(b.at.file) ||
    a.at.line - b.at.line ||
    a.at.column - b.at.column;
  problems.sort(order);
  ctx.notes.sort(order);
  return { story: problems.length ? null : story, problems, notes: ctx.notes };
}
