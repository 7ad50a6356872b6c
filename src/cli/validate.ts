/**
 * `scrollstage validate FILE...`: checks story files and prints every problem as
 * `FILE:LINE:COL  JSON.PATH  message`, which editors and terminals turn into links.
 * Results go to stdout (one line per problem, or `FILE: ok (N steps)`), so they can be
 * piped and grepped; only usage errors go to stderr.
 */
import { resolve } from 'node:path';
import { validateStory } from '../schema/parseStory.js';
import { JsonSyntaxError, locateOffset, scanJson, type ScannedJson } from '../schema/locateJsonPath.js';
import { formatPath } from '../schema/formatPath.js';
import type { StoryProblem } from '../schema/storyProblem.js';
import { EXIT, type CliIo } from './cliIo.js';

export const validateUsage = `Usage: scrollstage validate FILE...

Checks story files. Prints "FILE: ok (N steps)" for each valid file, otherwise every
problem as "FILE:LINE:COL  JSON.PATH  message". Exits 0 when all files are valid, 1 when
any has a problem, 2 on a usage error.`;

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

/** Checks one file; returns the lines to print and whether it is valid. */
async function validateFile(file: string, io: CliIo): Promise<{ lines: string[]; ok: boolean }> {
  let source: string;
  try {
    source = await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const reason = code ? `${code}: ${READ_ERRORS[code] ?? 'read failed'}` : String((error as Error)?.message ?? error);
    return { lines: [`${file}: cannot read (${reason})`], ok: false };
  }
  if (source.startsWith(BOM)) source = source.slice(1);

  let scanned: ScannedJson;
  try {
    scanned = scanJson(source);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { lines: [`${file}:${error.line}:${error.column}  invalid JSON: ${error.message}`], ok: false };
  }

  const json: unknown = JSON.parse(source);
  if (isJsonSchema(json)) return { lines: [`${file}: skipped (a JSON Schema, not a story)`], ok: true };
  const { story, problems } = validateStory(json);
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
  return { lines: [`${file}: ok (${count} ${count === 1 ? 'step' : 'steps'})`], ok: true };
}

export async function validate(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(validateUsage + '\n');
    return EXIT.ok;
  }
  const options = args.filter((a) => a.startsWith('-') && a !== '-');
  if (options.length) {
    io.stderr.write(`scrollstage validate: unknown option ${options[0]}\n\n${validateUsage}\n`);
    return EXIT.usage;
  }
  if (args.length === 0) {
    io.stderr.write(`scrollstage validate: no files given\n\n${validateUsage}\n`);
    return EXIT.usage;
  }
  let allOk = true;
  for (const file of args) {
    const { lines, ok } = await validateFile(file, io);
    io.stdout.write(lines.join('\n') + '\n');
    allOk &&= ok;
  }
  return allOk ? EXIT.ok : EXIT.problems;
}
