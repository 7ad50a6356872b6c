/**
 * A story file checked, with its problems as the lines `scrollstage validate` prints:
 * `FILE:LINE:COL  JSON.PATH  message` (or `FILE:LINE:COL  invalid JSON: message`), in file
 * order; a valid story's warnings as `FILE:LINE:COL  JSON.PATH  warning: message` after its ok line. `validate` prints them; `preview` shows them in the page instead of the story.
 */
import { resolve } from 'node:path';
import { validateStory, type Story } from '../schema/parseStory.js';
import { JsonSyntaxError, locateOffset, scanJson, type ScannedJson } from '../schema/locateJsonPath.js';
import { formatPath } from '../schema/formatPath.js';
import type { StoryProblem } from '../schema/storyProblem.js';
import type { CliIo } from './cliIo.js';
import type { GraphicModel } from '../core/defineGraphic.js';

export interface StoryCheck {
  /** What to print, one line each: every problem, or one line saying the file is fine. */
  lines: string[];
  /** False when the file cannot be read, is not JSON or is not a valid story. */
  ok: boolean;
  /** The parsed story, when the file is one and it is valid. */
  story?: Story;
  /** A valid story's warnings, as printed (also in `lines`). */
  warnings?: string[];
}

// Editors put a byte-order mark at the start of some UTF-8 files; JSON.parse rejects it and
// editors do not count it as a column.
const BOM = '\uFEFF';

/** Words for the read errors an author can fix; anything else shows its code. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory'
};

// parseStory's message for a field the schema does not know. Those problems point at the
// key rather than its value: the key is what the author has to change.
const UNKNOWN_FIELD = 'is not a known field';

/** A problem placed in the source: where its line:column points. */
interface Located {
  offset: number;
  path: string;
  message: string;
}

function locate(scanned: ScannedJson, p: StoryProblem): Located {
  const key = p.message.startsWith(UNKNOWN_FIELD);
  return { offset: locateOffset(scanned, p.segments, { key }), path: p.path, message: p.message };
}

/** JSON.parse keeps the last of two equal keys without a word; in a story that hides an edit. */
function duplicateKeys(scanned: ScannedJson): Located[] {
  return scanned.duplicates.map((d) => ({
    offset: d.offset,
    path: formatPath(d.segments),
    message: `is given twice in this object (first on line ${scanned.position(d.firstOffset).line}); only the last one counts: remove one`
  }));
}

/**
 * `scrollstage validate stories/*.json` also matches `stories/story.schema.json`; a schema
 * names a json-schema.org draft as its `$schema`, which no story does.
 */
function isJsonSchema(json: unknown): boolean {
  const declared = (json as { $schema?: unknown } | null)?.$schema;
  return typeof declared === 'string' && /^https?:\/\/json-schema\.org\//.test(declared);
}

/** The line for a file that cannot be read, from the error `readFile` rejected with. */
export function readFailureLine(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code ? `${code}: ${READ_ERRORS[code] ?? 'read failed'}` : String((error as Error)?.message ?? error);
  return `${file}: cannot read (${reason})`;
}

/** Checks a story's source text; `file` is the name the lines start with, as the author gave it. */
export function checkStorySource(file: string, text: string, graphics?: readonly GraphicModel<never>[]): StoryCheck {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  let scanned: ScannedJson;
  try {
    scanned = scanJson(source);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { lines: [`${file}:${error.line}:${error.column}  invalid JSON: ${error.message}`], ok: false };
  }

  const json: unknown = JSON.parse(source);
  if (isJsonSchema(json)) return { lines: [`${file}: skipped (a JSON Schema, not a story)`], ok: true };
  const { story, problems, warnings } = validateStory(json, { graphics });
  const located = [...problems.map((p) => locate(scanned, p)), ...duplicateKeys(scanned)];
  if (located.length || !story) {
    // In file order, as an author reads and fixes them.
    const lines = located
      .sort((x, y) => x.offset - y.offset)
      .map(({ offset, path, message }) => {
        const { line, column } = scanned.position(offset);
        return `${file}:${line}:${column}  ${path}  ${message}`;
      });
    return { lines, ok: false };
  }
  const count = story.steps.length;
  const steps = `${count} ${count === 1 ? 'step' : 'steps'}`;
  const warned = warnings.length ? `, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : '';
  // Warnings (allowed, probably not meant) after the verdict, located like problems.
  const warningLines = warnings
    .map((w) => locate(scanned, w))
    .sort((x, y) => x.offset - y.offset)
    .map(({ offset, path, message }) => {
      const { line, column } = scanned.position(offset);
      return `${file}:${line}:${column}  ${path}  warning: ${message}`;
    });
  return { lines: [`${file}: ok (${steps}${warned})`, ...warningLines], ok: true, story, warnings: warningLines };
}

/** Reads and checks one story file, resolved against `io.cwd`. */
export async function checkStoryFile(file: string, io: Pick<CliIo, 'cwd' | 'readFile'>, graphics?: readonly GraphicModel<never>[]): Promise<StoryCheck> {
  let source: string;
  try {
    source = await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    return { lines: [readFailureLine(file, error)], ok: false };
  }
  return checkStorySource(file, source, graphics);
}
