/**
 * What a command may touch of the outside world. `bin/scrollstage.js` passes the process's
 * streams and the file system; tests pass arrays and an in-memory map, and call commands
 * in-process.
 */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Directory that relative file arguments are resolved against. */
  cwd: string;
  /** Reads a file as UTF-8; rejects with a Node-style error (`code: 'ENOENT'`) when it cannot. */
  readFile(path: string): Promise<string>;
}

/** A command: takes its own arguments (after the command name) and returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Exit codes: 0 all good, 1 the input has problems, 2 the command was used wrongly or failed. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
