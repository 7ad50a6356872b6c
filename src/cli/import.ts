/**
 * `scrollstage import FILE.aml --out FILE.json`: a story written in ArchieML (a Google Doc
 * exported as plain text) to a story file. The story is validated first; problems are
 * printed as `FILE:LINE:COL  JSON.PATH  message` at the line of the document (or of a JSON
 * file it names) where the value was written, and then nothing is written. Results go to
 * stdout, as `validate`'s do; usage errors to stderr.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fromArchieml } from '../authoring/fromArchieml.js';
import { formatImportProblem } from '../authoring/importProblem.js';
import { rebaseFiles } from '../authoring/rebaseFiles.js';
import { oneFile, splitArgs } from './cliArgs.js';
import { EXIT, type CliIo } from './cliIo.js';

export const importUsage = `Usage: scrollstage import FILE.aml --out FILE.json

Reads a story written in ArchieML (a Google Doc exported as plain text, File > Download >
Plain text) and writes it as a story file. JSON files the document names (graphics: FILE.json,
places: FILE.json, FILE.json#/pointer) are read from the document's folder. The story is
validated: each problem is printed as "FILE:LINE:COL  JSON.PATH  message", nothing is written
and the command exits 1. A valid story is written as JSON with two-space indents (with
"$schema": "./story.schema.json" when that file is in the output's folder) and it exits 0.
Exits 2 on a usage or write error.`;

/** Words for the read errors an author can fix; anything else shows its code. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory'
};

/** The schema's file name, and how a story beside it names it (as `npm run schema` writes it). */
const SCHEMA_FILE = 'story.schema.json';

/** The options, or the one-line reason they are wrong. */
function parseArgs(args: string[]): { file: string; out: string } | string {
  const split = splitArgs(args, ['--out'], { '-o': '--out' });
  if (typeof split === 'string') return split.endsWith('needs a value') ? `${split}, the story file to write` : split;
  const out = split.values.out;
  if (out !== undefined && out.startsWith('-')) return `${args.includes('-o') ? '-o' : '--out'} needs a value, the story file to write`;
  const one = oneFile(split.files, 'ArchieML file');
  if (typeof one === 'string') return one;
  if (out === undefined) return 'needs --out FILE.json, the story file to write';
  return { file: one.file, out };
}

export async function importStory(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(importUsage + '\n');
    return EXIT.ok;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`scrollstage import: ${options}\n\n${importUsage}\n`);
    return EXIT.usage;
  }
  const { file, out } = options;
  const target = resolve(io.cwd, out);
  if (target === resolve(io.cwd, file)) {
    io.stderr.write(`scrollstage import: --out ${out} is the ArchieML file itself; write the story to a .json file\n`);
    return EXIT.usage;
  }

  let source: string;
  try {
    source = await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const reason = code ? `${code}: ${READ_ERRORS[code] ?? 'read failed'}` : String((error as Error)?.message ?? error);
    io.stdout.write(`${file}: cannot read (${reason}); nothing written\n`);
    return EXIT.problems;
  }

  const { story, problems, notes } = await fromArchieml(source, {
    file,
    readFile: (path) => io.readFile(resolve(io.cwd, path))
  });
  const lines = [...problems, ...notes].map(formatImportProblem);
  if (!story) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    io.stdout.write([...lines, `${file}: ${count}; nothing written`].join('\n') + '\n');
    return EXIT.problems;
  }

  // Editors complete a story that names its schema; name it when the schema is right there.
  let schemaBeside = false;
  try {
    await access(join(dirname(target), SCHEMA_FILE));
    schemaBeside = true;
  } catch {
    // No schema beside the output: the story is complete without it.
  }
  // What the story names relative to itself was written from the ArchieML file's folder.
  const toPosix = (path: string) => path.split(sep).join('/');
  const placed = rebaseFiles(story, toPosix(dirname(resolve(io.cwd, file))), toPosix(dirname(target)));
  const json = schemaBeside && !('$schema' in placed) ? { $schema: `./${SCHEMA_FILE}`, ...placed } : placed;
  const text = JSON.stringify(json, null, 2) + '\n';
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? 'write failed';
    io.stderr.write(`scrollstage import: cannot write ${out} (${code}: ${READ_ERRORS[code] ?? 'write failed'})\n`);
    return EXIT.usage;
  }
  const steps = Array.isArray(story.steps) ? story.steps.length : 0;
  const noted = notes.length ? `, ${notes.length} ${notes.length === 1 ? 'note' : 'notes'} above` : '';
  io.stdout.write([...lines, `wrote ${out} (${steps} ${steps === 1 ? 'step' : 'steps'}) from ${file}${noted}`].join('\n') + '\n');
  return EXIT.ok;
}
