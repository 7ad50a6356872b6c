// A static file server on 127.0.0.1 for the bench that gzips text responses (as any CDN
// would), so transfer sizes compare the way readers pay for them. `mounts` maps URL
// prefixes to folders; `pages` serves generated HTML at fixed paths.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.geojson', '.svg']);
/** gzip level 6: what nginx and most CDNs use by default; cached so repeated runs pay it once. */
const GZIP_LEVEL = 6;

/**
 * @param {Record<string, string>} mounts URL prefix ('/demo/') -> folder
 * @param {Map<string, string>} pages URL path -> HTML
 */
export async function startBenchServer(mounts, pages = new Map()) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let body;
      let ext;
      if (pages.has(path)) {
        body = Buffer.from(pages.get(path));
        ext = '.html';
      } else {
        const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
        if (!prefix) throw new Error('no mount');
        const base = resolve(mounts[prefix]);
        let file = normalize(join(base, path.slice(prefix.length)));
        if (!file.startsWith(base)) throw new Error('outside');
        if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
        ext = extname(file);
        body = await readFile(file);
      }
      const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        const key = `${path}:${body.length}`;
        if (!cache.has(key)) cache.set(key, gzipSync(body, { level: GZIP_LEVEL }));
        body = cache.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      })
  };
}
