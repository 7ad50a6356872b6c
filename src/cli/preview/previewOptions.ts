/**
 * `scrollstage preview FILE [--port N] [--host H]`: its arguments read into options, or the
 * one-line reason they are wrong.
 */

/** The port `vite preview` uses: free on most machines, and clear of the dev servers' 3000, 5173 and 8080. */
export const DEFAULT_PORT = 4173;

/** Only this machine can see a draft unless the author says otherwise. */
export const DEFAULT_HOST = '127.0.0.1';

export interface PreviewOptions {
  file: string;
  port: number;
  host: string;
  /** True when the author chose the port: a taken one is then an error, not a reason to try the next. */
  portGiven: boolean;
}

const VALUE_OPTIONS = ['--port', '--host'] as const;

export function parsePreviewArgs(args: readonly string[]): PreviewOptions | string {
  const files: string[] = [];
  const values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    const option = VALUE_OPTIONS.find((o) => o === name);
    if (option) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return `${option} needs a value`;
      if (values[option] !== undefined) return `${option} is given twice`;
      values[option] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return files.length ? `takes one story file (got ${files.length})` : 'no story file given';

  let port = DEFAULT_PORT;
  if (values['--port'] !== undefined) {
    port = Number(values['--port']);
    if (!/^\d+$/.test(values['--port']) || port > 65535) {
      return `--port must be a whole number from 0 to 65535 (got ${values['--port']}); 0 picks any free port`;
    }
  }
  const host = values['--host'] ?? DEFAULT_HOST;
  if (/[\s/]/.test(host)) return `--host must be a host name or an IP address, like 127.0.0.1 or 0.0.0.0 (got ${host})`;
  return { file: files[0]!, port, host, portGiven: values['--port'] !== undefined };
}
