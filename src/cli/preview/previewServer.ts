/**
 * The preview's HTTP server. It serves the preview page, the two frames (each a plain page
 * that mounts the story with the script-tag embed), the embed itself, and the story's own
 * folder, so whatever the story names relative to itself loads. It watches the story and
 * every file of that folder the frames have asked for; after each save it checks the story
 * again and tells every open page through Server-Sent Events.
 *
 * Paths: `/` the page; `/__scrollstage/…` the page's and frames' files, the event stream
 * and the embed; anything else a file of the story's folder.
 */
/// <reference types="vite/client" />
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { TRIGGER_OFFSET_NARROW, TRIGGER_OFFSET_WIDE, WIDE_LAYOUT_MIN_WIDTH } from '../../constants.js';
import { checkStorySource, readBasemap, readFailureLine, type StoryCheck } from '../checkStory.js';
import { byteRange } from './byteRange.js';
import { contentType } from './contentType.js';
import { previewMessage, type PreviewMessage } from './previewMessage.js';
import { hostAllowed } from './hostAllowed.js';
import { isInside, servedPath } from './servedPath.js';
import { watchFiles } from './watchFiles.js';
import pageHtml from './page.html?raw';
import pageCss from './page.css?raw';
import pageJs from './page.js?raw';
import frameHtml from './frame.html?raw';
import frameJs from './frame.js?raw';

/** The prefix of the preview's own paths: a story folder is unlikely to hold a folder of that name. */
export const OWN = '/__scrollstage/';

/** How soon a page reconnects after losing the event stream, ms: a restarted preview is picked up at once. */
const RECONNECT_MS = 1000;

/** The frame page with the layout values its script needs to place a step where the explainer makes it active. */
const FRAME_HTML = frameHtml
  .replace('%WIDE_LAYOUT_MIN_WIDTH%', String(WIDE_LAYOUT_MIN_WIDTH))
  .replace('%TRIGGER_OFFSET_WIDE%', String(TRIGGER_OFFSET_WIDE))
  .replace('%TRIGGER_OFFSET_NARROW%', String(TRIGGER_OFFSET_NARROW));

const OWN_FILES: Record<string, { type: string; body: string }> = {
  '/': { type: 'text/html; charset=utf-8', body: pageHtml },
  [`${OWN}page.css`]: { type: 'text/css; charset=utf-8', body: pageCss },
  [`${OWN}page.js`]: { type: 'text/javascript; charset=utf-8', body: pageJs },
  [`${OWN}frame.html`]: { type: 'text/html; charset=utf-8', body: FRAME_HTML },
  [`${OWN}frame.js`]: { type: 'text/javascript; charset=utf-8', body: frameJs }
};

/** Every response: nothing cached (the point is to see the latest save), nothing sniffed. */
const NO_CACHE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export interface PreviewServerOptions {
  /** The story file, as an absolute path. */
  story: string;
  /** The story file as the author named it: the validator's lines start with it. */
  shownName: string;
  /** The embed's files by name: embed.js, embed.css, basemap.json, ... */
  embed: ReadonlyMap<string, Buffer>;
  /** The address the server listens on: on a loopback one, requests must be addressed to this machine (see hostAllowed). */
  host: string;
  /** Told each check's lines, and folders that cannot be watched. */
  log(line: string): void;
}

export interface PreviewServer {
  /** Not listening yet: see listenOnPort. */
  server: Server;
  /** What the pages were last told. */
  current(): PreviewMessage;
  close(): Promise<void>;
}

function time(): string {
  return new Date().toTimeString().slice(0, 8);
}

export async function createPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  // Real paths, so a request's file (resolved through any symbolic link) compares equal.
  const folder = await realpath(dirname(resolve(options.story)));
  const story = join(folder, basename(options.story));
  // The story's own URL path: its name in the folder, percent-encoded as a link would be.
  const storyPath = '/' + encodeURIComponent(basename(story));
  const pages = new Set<ServerResponse>();
  let version = 0;
  let assets = 1;
  let source: string | null = null;
  let message: PreviewMessage;

  async function check(): Promise<StoryCheck> {
    try {
      source = await readFile(story, 'utf8');
    } catch (error) {
      source = null;
      return { lines: [readFailureLine(options.shownName, error)], ok: false };
    }
    return checkStorySource(options.shownName, source, undefined, await readBasemap(story, source, (path) => readFile(path, 'utf8')));
  }

  function tell(page: ServerResponse): void {
    page.write(`event: story\ndata: ${JSON.stringify(message)}\n\n`);
  }

  async function refresh(changed: string[]): Promise<void> {
    const result = await check();
    version += 1;
    if (changed.some((file) => file !== story)) assets += 1;
    message = previewMessage(result, { version, assets, file: options.shownName, storyPath });
    for (const page of pages) tell(page);
    for (const line of result.lines) options.log(`${time()} ${line}`);
  }

  // One check at a time, in order: a slow read must not let an older state overwrite a newer one.
  let checking = Promise.resolve();
  const queue = (files: string[]) => {
    checking = checking.then(() => refresh(files)).catch((error: unknown) => options.log(`could not check the story: ${(error as Error)?.message ?? error}`));
  };
  const watcher = watchFiles(queue, {
    // A folder that does not exist holds no file the story could use yet: nothing to say.
    onError: (dir, error) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') options.log(`cannot watch ${dir} (${error.code ?? error.message}): saves there will not show`);
    }
  });
  watcher.add(story);
  await refresh([]);

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive', ...NO_CACHE });
    res.write(`retry: ${RECONNECT_MS}\n\n`);
    tell(res);
    pages.add(res);
    req.on('close', () => pages.delete(res));
  }

  /** Sends a file of the story's folder, honouring a byte range (video seeks by them). */
  async function sendFile(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
    const file = servedPath(folder, urlPath);
    if (!file) return void res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad path\n');
    // A file the frames asked for is one the story uses: watch it, even if it is not there yet.
    if (file !== story) watcher.add(file);
    if (file === story && source !== null) {
      // The text just checked, so the frames show exactly what the page was told is valid.
      const body = Buffer.from(source, 'utf8');
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, ...NO_CACHE });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    const real = await realpath(file).catch(() => null);
    const info = real && isInside(folder, real) ? await stat(real).catch(() => null) : null;
    if (!real || !info?.isFile()) {
      const shown = relative(folder, file).split(sep).join('/');
      return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...NO_CACHE }).end(`not found: ${shown}\n`);
    }
    const range = byteRange(req.headers.range, info.size);
    const headers = { 'content-type': contentType(real), 'accept-ranges': 'bytes', ...NO_CACHE };
    if (range === 'unsatisfiable') {
      return void res.writeHead(416, { ...headers, 'content-range': `bytes */${info.size}` }).end();
    }
    const { start, end } = range ?? { start: 0, end: info.size - 1 };
    res.writeHead(range ? 206 : 200, {
      ...headers,
      'content-length': Math.max(0, end - start + 1),
      ...(range ? { 'content-range': `bytes ${start}-${end}/${info.size}` } : {})
    });
    if (req.method === 'HEAD' || info.size === 0) return void res.end();
    createReadStream(real, { start, end })
      .on('error', () => res.destroy())
      .pipe(res);
  }

  function sendEmbed(req: IncomingMessage, res: ServerResponse, name: string): void {
    const body = options.embed.get(name);
    if (!body) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...NO_CACHE }).end(`not found: ${name}\n`);
    res.writeHead(200, { 'content-type': contentType(name), 'content-length': body.length, ...NO_CACHE });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return void res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('GET or HEAD only\n');
    }
    if (!hostAllowed(req.headers.host, options.host)) {
      const text = `scrollstage preview answers requests to this machine only (localhost or 127.0.0.1), not to ${req.headers.host ?? 'no host'}\n`;
      return void res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
    }
    const path = new URL(req.url ?? '/', 'http://preview').pathname;
    const own = OWN_FILES[path];
    if (own) {
      res.writeHead(200, { 'content-type': own.type, ...NO_CACHE });
      return void res.end(req.method === 'HEAD' ? undefined : own.body);
    }
    if (path === `${OWN}events`) return events(req, res);
    if (path.startsWith(`${OWN}embed/`)) return sendEmbed(req, res, path.slice(`${OWN}embed/`.length));
    return sendFile(req, res, path);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log(`${req.url}: ${(error as Error)?.message ?? error}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });

  return {
    server,
    current: () => message,
    async close() {
      watcher.close();
      for (const page of pages) page.end();
      pages.clear();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    }
  };
}
