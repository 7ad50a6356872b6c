/**
 * The `scrollstage` command: a table of commands and a dispatcher. Each command lives in
 * its own file and is loaded only when run, so one command's dependencies (the JSON Schema
 * converter, later Svelte for snapshots) never slow down or break another.
 *
 * To add a command: write `src/cli/NAME.ts` exporting `(args, io) => Promise<exitCode>`
 * and add a line to COMMANDS.
 */
import { EXIT, type CliIo, type Command } from './cliIo.js';

export type { CliIo, Command };

interface CommandEntry {
  /** One line for the usage list. */
  summary: string;
  /** Argument synopsis after the command name. */
  args: string;
  load(): Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  validate: {
    summary: 'check story files; print each problem as FILE:LINE:COL  JSON.PATH  message',
    args: 'FILE...',
    load: async () => (await import('./validate.js')).validate
  },
  snapshot: {
    summary: 'write one standalone SVG per step and an index.html telling the story without JavaScript',
    args: 'FILE --out DIR',
    load: async () => (await import('./snapshot.js')).snapshot
  },
  export: {
    summary: 'write the story as a printable PDF handout and/or a vertical video with its text cards (needs Chromium; ffmpeg for video)',
    args: 'FILE --pdf OUT.pdf | --video OUT.mp4',
    load: async () => (await import('./export.js')).exportStory
  },
  import: {
    summary: 'turn a story written in ArchieML (a Google Doc as plain text) into a story file, validated',
    args: 'FILE.aml --out FILE.json',
    load: async () => (await import('./import.js')).importStory
  },
  preview: {
    summary: 'serve the story at phone and desktop size side by side; every save shows, problems as validate prints them',
    args: 'FILE [--port N] [--host H]',
    load: async () => (await import('./preview.js')).preview
  },
  basemap: {
    summary: 'write a TopoJSON basemap of any part of the world (Natural Earth countries, borders, land, your layers)',
    args: '--bbox W,S,E,N --out FILE',
    load: async () => (await import('./basemap.js')).basemap
  },
  schema: {
    summary: 'print the JSON Schema of story files (npm run schema writes stories/story.schema.json)',
    args: '',
    load: async () => (await import('./schema.js')).schema
  }
};

export function usage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => `${n} ${COMMANDS[n]!.args}`.trim().length));
  const lines = names.map((n) => `  scrollstage ${`${n} ${COMMANDS[n]!.args}`.trim().padEnd(width)}  ${COMMANDS[n]!.summary}`);
  return `Usage:\n${lines.join('\n')}\n  scrollstage COMMAND --help${' '.repeat(Math.max(0, width - 'COMMAND --help'.length))}  more about one command\n`;
}

function closest(name: string): string | undefined {
  return Object.keys(COMMANDS).find((c) => c.startsWith(name.slice(0, 3)) || name.startsWith(c.slice(0, 3)));
}

/** The line of an error message that says what happened (Vite's start with a header line). */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Vite colours its messages; a one-line report should be plain text.
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim());
  const first = lines[0] ?? 'unknown error';
  return first.endsWith(':') && lines[1] ? `${first} ${lines[1].trim()}` : first;
}

/**
 * Runs `scrollstage ARGS...` and returns the exit code. Never throws: an unexpected error
 * is one line on stderr and exit 2, never a stack trace (set SCROLLSTAGE_DEBUG=1 for one).
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    const guess = closest(name);
    io.stderr.write(`scrollstage: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    return await (await entry.load())(args, io);
  } catch (error) {
    io.stderr.write(`scrollstage ${name}: internal error: ${firstLine(error)} (please report it)\n`);
    if (process.env.SCROLLSTAGE_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT.usage;
  }
}
