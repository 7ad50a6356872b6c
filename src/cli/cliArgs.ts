/**
 * A command's arguments split into files and option values: `--name value` and
 * `--name=value` for the options that take one, anything else starting with "-" refused
 * ("-" alone is a file, standard input). The one-line reason when they are wrong, for the
 * command to print above its usage.
 */
export interface SplitArgs {
  files: string[];
  /** Each valued option's last value, by name without its dashes (`out`, `seconds-per-step`). */
  values: Record<string, string>;
}

/** `valued`: the options that take a value (`--out`; `aliases` maps a short form such as `-o` to it). */
export function splitArgs(args: readonly string[], valued: readonly string[], aliases: Readonly<Record<string, string>> = {}): SplitArgs | string {
  const files: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [given, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    const name = aliases[given] ?? given;
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return `${given} needs a value`;
      values[name.slice(2)] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  return { files, values };
}

/** The one file a command takes, or why not ("what" names it: "story file", "ArchieML file"). */
export function oneFile(files: readonly string[], what: string): string | { file: string } {
  if (files.length === 1) return { file: files[0]! };
  return files.length ? `takes one ${what} (got ${files.length})` : `no ${what} given`;
}
