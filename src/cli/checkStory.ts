/**
 * A story file checked, with its problems as the lines `scrollstage validate` prints:
 * `FILE:LINE:COL  JSON.PATH  message` (or `FILE:LINE:COL  invalid JSON: message`), in file
 * order; a valid story's warnings as `FILE:LINE:COL  JSON.PATH  warning: message` after its ok line
 * (an invalid one's among its problems). `validate` prints them; `preview` shows them in the page instead of the story.
 */
import { dirname, resolve } from 'node:path';
import { validateStory, type Story } from '../schema/parseStory.js';
import { JsonSyntaxError, locateOffset, scanJson, type ScannedJson } from '../schema/locateJsonPath.js';
import { formatPath } from '../schema/formatPath.js';
import { problem, type StoryProblem } from '../schema/storyProblem.js';
import { basemapProblem } from '../geo/basemap/decodeBasemap.js';
import type { BasemapFile, Box } from '../geo/basemap/basemapFile.js';
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

/** A TopoJSON file (a basemap, as `scrollstage basemap` writes), which a glob over a stories folder also matches. */
function isTopology(json: unknown): boolean {
  const j = json as { type?: unknown; objects?: unknown } | null;
  return j?.type === 'Topology' && typeof j.objects === 'object' && j.objects !== null;
}

/** The line for a file that cannot be read, from the error `readFile` rejected with. */
export function readFailureLine(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code ? `${code}: ${READ_ERRORS[code] ?? 'read failed'}` : String((error as Error)?.message ?? error);
  return `${file}: cannot read (${reason})`;
}

/** What the checker read of the story's own basemap: its box, or why it could not (a warning at `basemap`). */
export interface BasemapRead {
  box?: Box;
  problem?: StoryProblem;
}

/**
 * The box of the basemap a story names (a file relative to the story; a URL is not fetched),
 * for the warning about places outside it; a warning when the file cannot be read or is not
 * a basemap. Nothing when the story names none, or is not JSON.
 */
export async function readBasemap(storyPath: string, text: string, readText: (path: string) => Promise<string>): Promise<BasemapRead> {
  let basemap: unknown;
  try {
    basemap = (JSON.parse(text.startsWith(BOM) ? text.slice(1) : text) as { basemap?: unknown } | null)?.basemap;
  } catch {
    return {};
  }
  if (typeof basemap !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(basemap)) return {};
  const path = resolve(dirname(storyPath), decodeURIComponent(basemap));
  let json: unknown;
  try {
    json = JSON.parse(await readText(path));
  } catch (error) {
    const why = error instanceof SyntaxError ? `not JSON: ${error.message}` : readFailureLine(basemap, error).replace(/^.*: cannot read \((.*)\)$/, '$1');
    return { problem: problem(['basemap'], `cannot be read (${why}): every map draws on it (\`scrollstage basemap\` writes one)`) };
  }
  const wrong = basemapProblem(json);
  if (wrong) return { problem: problem(['basemap'], `is not a scrollstage basemap: ${wrong} (\`scrollstage basemap\` writes one)`) };
  return { box: (json as BasemapFile).scrollstage.bbox };
}

/** Checks a story's source text; `file` is the name the lines start with, as the author gave it; `basemap`, what readBasemap read. */
export function checkStorySource(file: string, text: string, graphics?: readonly GraphicModel<never>[], basemap: BasemapRead = {}): StoryCheck {
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
  if (isTopology(json)) return { lines: [`${file}: skipped (a TopoJSON basemap, not a story)`], ok: true };
  const { story, problems, warnings: own } = validateStory(json, { graphics, basemapBox: basemap.box });
  const warnings = basemap.problem ? [basemap.problem, ...own] : own;
  const located = [...problems.map((p) => locate(scanned, p)), ...duplicateKeys(scanned)];
  if (located.length || !story) {
    // In file order, as an author reads and fixes them; the warnings of the parts that are
    // well-formed among them, marked as such.
    const warned = warnings.map((w) => ({ ...locate(scanned, w), message: `warning: ${w.message}` }));
    const lines = [...located, ...warned]
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
  const path = resolve(io.cwd, file);
  try {
    source = await io.readFile(path);
  } catch (error) {
    return { lines: [readFailureLine(file, error)], ok: false };
  }
  return checkStorySource(file, source, graphics, await readBasemap(path, source, (p) => io.readFile(p)));
}
