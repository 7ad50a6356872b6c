/**
 * `scrollstage preview FILE [--port N] [--host H]`: serves the story at phone and desktop
 * size side by side, shows every save within a second without reloading the page, and
 * shows the validator's `FILE:LINE:COL` lines instead of the story while the file is broken.
 * The parts are in `./preview/`: the server, the file watcher, the page and its frames.
 */
import { stat } from 'node:fs/promises';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { readFailureLine } from './checkStory.js';
import { EXIT, type CliIo } from './cliIo.js';
import { listenOnPort } from './preview/listenOnPort.js';
import { PreviewError } from './preview/previewError.js';
import { DEFAULT_PORT, parsePreviewArgs, type PreviewOptions } from './preview/previewOptions.js';
import { createPreviewServer } from './preview/previewServer.js';
import { previewEmbed } from './preview/previewEmbed.js';

export const previewUsage = `Usage: scrollstage preview FILE [--port N] [--host H]

Serves the story at phone (390x844) and desktop (1280x800) size side by side, with a list
of its steps to jump to. Every save of the story, or of a file beside it that it uses,
shows within a second, at the same step; while the file is broken the page shows the
problems as "scrollstage validate" prints them. The story's folder is served too, so
files it names relative to itself load.

  --port N   port to serve on (default ${DEFAULT_PORT}; when that one is taken, the next free
             one is used and named). A port given with --port must be free, or the
             command stops; --port 0 picks any free port.
  --host H   address to listen on (default 127.0.0.1: only this machine). --host 0.0.0.0
             shows the story folder to every machine that can reach this one.

Stops with Ctrl+C. Exits 1 when the file cannot be read or the port is taken, 2 on a
usage error.`;

export interface RunningPreview {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;
const EVERY_ADDRESS = new Set(['0.0.0.0', '::', '']);

/** The address to print: a browser cannot open 0.0.0.0, and an IPv6 address needs brackets. */
function pageUrl(host: string, port: number): string {
  const shown = EVERY_ADDRESS.has(host) ? 'localhost' : isIP(host) === 6 ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

/**
 * Starts the preview; resolves once it is listening. Rejects with a PreviewError, one line
 * for the author (file, embed, port), which `preview` prints.
 */
export async function startPreview(options: PreviewOptions, io: CliIo): Promise<RunningPreview> {
  const { file, host } = options;
  const path = resolve(io.cwd, file);
  const info = await stat(path).catch((error: unknown) => {
    throw new PreviewError(readFailureLine(file, error));
  });
  if (!info.isFile()) throw new PreviewError(readFailureLine(file, Object.assign(new Error(), { code: 'EISDIR' })));

  const log = (line: string) => io.stdout.write(`${line}\n`);
  const embed = await previewEmbed(log);
  const preview = await createPreviewServer({ story: path, shownName: file, embed, host, log });
  let port: number;
  try {
    port = await listenOnPort(preview.server, options.port, host, !options.portGiven);
  } catch (error) {
    await preview.close();
    throw error;
  }
  if (!options.portGiven && port !== options.port) log(`port ${options.port} is taken; using ${port}`);
  return { url: pageUrl(host, port), port, close: () => preview.close() };
}

export async function preview(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(previewUsage + '\n');
    return EXIT.ok;
  }
  const options = parsePreviewArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`scrollstage preview: ${options}\n\n${previewUsage}\n`);
    return EXIT.usage;
  }

  let running: RunningPreview;
  try {
    running = await startPreview(options, io);
  } catch (error) {
    // The author's problems (a missing file, a taken port, no embed) are one line each.
    if (error instanceof PreviewError) {
      io.stderr.write(`scrollstage preview: ${error.message}\n`);
      return EXIT.problems;
    }
    throw error;
  }

  io.stdout.write(`\nPreviewing ${options.file} at ${running.url}\n`);
  if (!LOOPBACK.test(options.host)) {
    io.stdout.write(`Listening on ${options.host}: other machines on the network can see the story's folder.\n`);
  }
  io.stdout.write('Ctrl+C to stop\n\n');

  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  io.stdout.write('preview stopped\n');
  return EXIT.ok;
}
